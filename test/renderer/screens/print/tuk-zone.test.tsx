import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { formSignatures } from '../../../../electron/core/assessment/form-signatures';
import type { Minutes } from '../../../../electron/shared/exam-day';
import { id } from '../../../../electron/shared/i18n/id';
import type { TukZone } from '../../../../electron/shared/time-zones';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { PrintView } from '../../../../renderer/src/screens/print/PrintView';
import { SessionProvider } from '../../../../renderer/src/session/SessionProvider';
import { inTimeZone } from '../../../support/time-zone';
import { fakeTransport, ok } from '../../fake-transport';
import { principal, TOKEN } from '../../fixtures';
import { sessionSheet } from './session-sheet-fixture';
import { ALL_RECORDED, ws } from './workspace-fixture';

/**
 * A Makassar TUK's (WITA) forms printed at the LSP office in Jakarta (WIB): a candidate who agreed at 09.00 WITA
 * printed as 08.00, beside a plan of 08.00, without a zone. Each form now states the exam's instants on the TUK's
 * clock, the zone named; a TUK an old bundle brought (no zone) prints on this computer's clock, as before.
 */
const AGREED = '2026-11-21T01:00:00.000Z'; // 09.00 WITA, 08.00 WIB

const minutes: Minutes = {
  sessionId: 's1',
  sessionCode: 'JWP-DEMO-01',
  date: '2026-11-21',
  startedAt: '2026-11-21T00:05:00.000Z', // 08.05 WITA
  endedAt: '2026-11-21T02:05:00.000Z',
  registered: 1,
  present: 1,
  absent: 0,
  notRecorded: 0,
  proctorActions: [],
  submitted: 1,
  proctorNames: ['Agus Setiawan'],
  assessorNames: ['Asesor'],
  incidents: [],
  notes: '',
  auditHead: null,
};

function openPrint(form: 'ak01' | 'minutes', zone: TukZone | null) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const header = { ...ws.header, tukZone: zone };
  const workspace = {
    ...ws,
    header,
    attempt: { ...ws.attempt, agreedAt: AGREED },
    formSignatures: formSignatures({ agreedAt: AGREED, signedAt: null, acknowledgedAt: null, feedbackByCandidateAt: null, recorded: ALL_RECORDED }),
  };
  const transport = fakeTransport({
    'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
    'assessment/workspace': () => ok(workspace),
    'print/sessionSheet': () => ok(sessionSheet([], { tukZone: zone, date: '2026-11-21', startTime: '08:00' })),
    'exam/minutes': () => ok(minutes),
  }).transport;
  render(
    <I18nextProvider i18n={createI18n('id')}>
      <SessionProvider transport={transport}>
        <PrintView sessionId="s1" form={form} candidateId="c1" onClose={() => {}} backLabel="Kembali" />
      </SessionProvider>
    </I18nextProvider>,
  );
}

describe("printed forms state the exam's instants on the TUK's clock", () => {
  inTimeZone('Asia/Jakarta');
  afterEach(() => {
    cleanup();
    sessionStorage.clear();
  });

  it("FR.AK.01 of a WITA session printed on a WIB computer: the agreed time and the plan's in WITA, named", async () => {
    openPrint('ak01', 'WITA');
    const form = await screen.findByTestId('print-ak01');
    expect(within(form).getByTestId('signature-candidate').textContent).toContain('09.00 WITA');
    expect(form.textContent).toContain('08.00 WITA');
    expect(form.textContent).not.toMatch(/08\.00(?! WITA)/);
  });

  it('the header row naming the TUK names its zone, as the times below it do; without one, none', async () => {
    // The header table's row headed by the TUK's label, as the form reads.
    const tukRow = async () => within(await screen.findByTestId('print-ak01')).getAllByRole('rowheader', { name: id.forms.tuk })[0].closest('tr')?.querySelector('td')?.textContent;
    openPrint('ak01', 'WITA');
    expect(await tukRow()).toBe('Sewaktu — TUK Uji (WITA)');
    cleanup();
    openPrint('ak01', null);
    expect(await tukRow()).toBe('Sewaktu — TUK Uji');
  });

  it('the berita acara of a WITA session printed on a WIB computer: started and ended in WITA', async () => {
    openPrint('minutes', 'WITA');
    const form = await screen.findByTestId('print-minutes');
    expect(form.textContent).toContain('08.05 WITA');
    expect(form.textContent).toContain('10.05 WITA');
  });

  it("a TUK an old bundle brought, with no zone: this computer's clock, unnamed, as before", async () => {
    openPrint('ak01', null);
    const form = await screen.findByTestId('print-ak01');
    expect(within(form).getByTestId('signature-candidate').textContent).toContain('08.00');
    expect(form.textContent).not.toMatch(/WIB|WITA|WIT\b/);
  });
});
