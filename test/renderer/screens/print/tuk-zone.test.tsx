import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { formSignatures } from '../../../../electron/core/assessment/form-signatures';
import type { AssessmentReport } from '../../../../electron/shared/assessment';
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

/**
 * Every instant a candidate's forms and FR.AK.05 can state besides the plan's 08.00 and FR.AK.01's 09.00, each at another
 * minute (WITA): the FR.AK.02 signature
 * 11.10 and its acknowledgement 11.20, FR.AK.03 entered by the candidate 11.30 on a decision since signed again,
 * a key correction 10.40 on FR.IA.05, FR.AK.05 signed 12.00.
 */
const SIGNED = '2026-11-21T03:10:00.000Z';
const ACKNOWLEDGED = '2026-11-21T03:20:00.000Z';
const FEEDBACK = '2026-11-21T03:30:00.000Z';
const CORRECTED = '2026-11-21T02:40:00.000Z';
const REPORT_SIGNED = '2026-11-21T04:00:00.000Z';

function openPrint(form: 'ak01' | 'minutes' | 'candidateAll' | 'ak05', zone: TukZone | null) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const header = { ...ws.header, tukZone: zone };
  const everyMark = form === 'candidateAll';
  const workspace = {
    ...ws,
    header,
    attempt: { ...ws.attempt, agreedAt: AGREED },
    multipleChoice: everyMark
      ? { ...ws.multipleChoice, corrections: [{ itemId: 'm1', ref: 'm1', number: 2, action: 'annul' as const, option: null, reason: 'Dua jawaban benar', by: 'Rina Kartikasari', at: CORRECTED }] }
      : ws.multipleChoice,
    signature: everyMark ? { signedAt: SIGNED, signedByName: 'Asesor' } : null,
    acknowledgement: everyMark ? { acknowledgedAt: ACKNOWLEDGED } : null,
    feedback: everyMark ? { answers: [], comment: null, enteredBy: 'candidate' as const, seq: 1, savedAt: FEEDBACK, onEarlierDecision: true } : null,
    formSignatures: formSignatures({
      agreedAt: AGREED,
      signedAt: everyMark ? SIGNED : null,
      acknowledgedAt: everyMark ? ACKNOWLEDGED : null,
      feedbackByCandidateAt: everyMark ? FEEDBACK : null,
      recorded: ALL_RECORDED,
    }),
  };
  const report: AssessmentReport = {
    header,
    rows: [{ candidate: ws.candidate, recommendation: 'K', signed: true, attempt: 'submitted', missed: false, bkUnits: [] }],
    report: null,
    signature: { signedAt: REPORT_SIGNED, signedByName: 'Asesor' },
  };
  const transport = fakeTransport({
    'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')),
    'assessment/workspace': () => ok(workspace),
    'assessment/report': () => ok(report),
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

  it("FR.AK.01's body row of the TUK names the place; its zone is stated where a time is, in the Waktu row above it", async () => {
    openPrint('ak01', 'WITA');
    const form = await screen.findByTestId('print-ak01');
    // The body's rows after the evidence list, by their heads: Hari/Tanggal, Waktu, TUK.
    const body = [...form.querySelectorAll('[data-testid="ak01-evidence"] + table tr')].map((r) => [r.querySelector('th')?.textContent, r.querySelector('td')?.textContent]);
    expect(body).toEqual([
      [id.forms.ak01.day, 'Sabtu, 21 November 2026'],
      [id.forms.ak01.time, '08.00 WITA'],
      [id.forms.tuk, 'TUK Uji'],
    ]);
  });

  it.each([
    { form: 'candidateAll' as const, testId: 'print-bundle', times: ['08.00', '09.00', '10.40', '11.10', '11.20', '11.30'] },
    { form: 'ak05' as const, testId: 'print-ak05', times: ['12.00'] },
  ])('FR.AK.01 to FR.AK.05 and the FR.IA forms ($form) name the TUK\'s zone beside every time they print', async ({ form, testId, times }) => {
    openPrint(form, 'WITA');
    // The bundle's frame stands before its forms load: read it once the last of them is there.
    await screen.findByTestId(form === 'candidateAll' ? 'print-ak04' : 'print-ak05');
    const printed = screen.getByTestId(testId).textContent ?? '';
    // A clock time: two digits, a point, two digits, not part of a longer number (unit codes, MET numbers).
    const clock = [...printed.matchAll(/(?<![\d.])\d{2}\.\d{2}(?![\d.])/g)];
    expect(new Set(clock.map((m) => m[0]))).toEqual(new Set(times));
    for (const m of clock) expect(printed.slice(m.index, m.index + m[0].length + 5), printed.slice(Math.max(0, m.index - 60), m.index + 10)).toBe(`${m[0]} WITA`);
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
