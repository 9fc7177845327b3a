import { cleanup, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { issuedCount, rememberIssued, withIssuedPasswords } from '../../../../renderer/src/screens/print/issued-passwords';
import { CardPrint } from '../../../../renderer/src/screens/print/SessionForms';
import { sessionSheet, sheetRow } from './session-sheet-fixture';

const sheet = (sessionId: string) => sessionSheet([sheetRow(1), sheetRow(2), sheetRow(3)], { sessionId });

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

describe("the demo's cards after the passwords are issued again", () => {
  it("print the password this window just issued, not the demo's own, which the issue replaced", () => {
    const demo = sessionSheet([{ ...sheetRow(1), cardPassword: 'kopi7483' }, { ...sheetRow(2), cardPassword: 'nasi5926' }], { sessionId: 's-demo' });
    rememberIssued({ sessionId: 's-demo', issuedAt: '2026-11-20T02:00:00.000Z', passwords: [{ candidateId: 'c1', participantNo: 'P-1', name: 'Asesi 1', password: 'AAAA-BBBB-CCCD' }] });
    expect(withIssuedPasswords(demo, 's-demo').rows.map((r) => r.cardPassword)).toEqual(['AAAA-BBBB-CCCD', 'nasi5926']);
  });
});
