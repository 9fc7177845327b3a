import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSheet } from '../../../../electron/shared/assessment';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { issuedCount, rememberIssued, withIssuedPasswords } from '../../../../renderer/src/screens/print/issued-passwords';
import { CardPrint } from '../../../../renderer/src/screens/print/SessionForms';

const row = (n: number) => ({
  candidateId: `c${n}`,
  participantNo: `P-${n}`,
  name: `Asesi ${n}`,
  seat: null,
  nik: '3276010000000000',
  institution: null,
  assessorName: 'Asesor',
  attendance: 'not_recorded' as const,
  cardPassword: null,
});

const sheet = (sessionId: string): SessionSheet => ({
  header: {
    lspName: 'LSP Uji',
    schemeCode: 'SKM-01',
    schemeTitle: { id: 'Skema', en: 'Scheme' },
    sessionId,
    sessionCode: 'JDW-20261201-001',
    sessionTitle: { id: 'Sesi', en: 'Session' },
    tukName: 'TUK Uji',
    tukType: 'mandiri',
    date: '2026-12-01',
    startTime: '08:00',
    assessorNames: ['Asesor'],
    assessors: [{ name: 'Asesor', metNumber: 'MET.000.001' }],
  },
  attendance: { registered: 3, present: 0, absent: 0, notRecorded: 3 },
  rows: [row(1), row(2), row(3)],
});

afterEach(cleanup);

describe('issued passwords on the candidate cards', () => {
  it("fill the cards from this window's memory only; a re-issue replaces the named candidates' and keeps the others'", () => {
    expect(withIssuedPasswords(sheet('s-handover'), 's-handover').rows.map((r) => r.cardPassword)).toEqual([null, null, null]);
    rememberIssued({ sessionId: 's-handover', issuedAt: '2026-11-20T02:00:00.000Z', passwords: [1, 2].map((n) => ({ candidateId: `c${n}`, participantNo: `P-${n}`, name: `Asesi ${n}`, password: `AAAA-BBBB-CCC${n + 1}` })) });
    rememberIssued({ sessionId: 's-handover', issuedAt: '2026-11-20T02:05:00.000Z', passwords: [{ candidateId: 'c2', participantNo: 'P-2', name: 'Asesi 2', password: 'XXXX-YYYY-ZZZ9' }] });
    expect(issuedCount('s-handover')).toBe(2);
    const filled = withIssuedPasswords(sheet('s-handover'), 's-handover');
    expect(filled.rows.map((r) => r.cardPassword)).toEqual(['AAAA-BBBB-CCC2', 'XXXX-YYYY-ZZZ9', null]);
    // Another session's cards get none of them.
    expect(withIssuedPasswords(sheet('s-other'), 's-other').rows.every((r) => r.cardPassword === null)).toBe(true);

    const { container } = render(
      <I18nextProvider i18n={createI18n('id')}>
        <CardPrint sheet={filled} />
      </I18nextProvider>,
    );
    const card = (p: string) => container.querySelector(`[data-participant="${p}"]`)?.textContent ?? '';
    expect(card('P-1')).toContain('AAAA-BBBB-CCC2');
    expect(card('P-2')).toContain('XXXX-YYYY-ZZZ9');
    expect(card('P-3')).toContain(createI18n('id').t('forms.card.passwordSeparately'));
  });
});
