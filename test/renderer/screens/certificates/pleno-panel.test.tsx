import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodName } from '../../../../electron/shared/contract';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { PlenoDetail, PlenoSession, PlenoStatus } from '../../../../electron/shared/pleno';
import type { TransportReply } from '../../../../renderer/src/api/transport';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { PlenoCertificatesPanel } from '../../../../renderer/src/screens/certificates/PlenoCertificatesPanel';
import { PlenoPrintScreen } from '../../../../renderer/src/screens/pleno/print/PlenoPrintScreen';
import { SessionProvider } from '../../../../renderer/src/session/SessionProvider';
import { fakeTransport, fail, ok } from '../../fake-transport';
import { TOKEN, principal } from '../../fixtures';
import { argsOf } from '../registry/support';
import { printed, printOf, stubFiles } from './support';

let requests: string[] = [];
beforeEach(() => {
  requests = stubFiles();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
  window.location.hash = '';
});

const session = (sessionId: string, code: string): PlenoSession => ({
  sessionId,
  code,
  title: { id: 'Uji', en: 'Test' },
  date: '2026-02-20',
  startTime: '08:00',
  scheme: { schemeId: `sch-${sessionId}`, code: 'SKM-01', title: { id: 'Operator', en: 'Operator' }, kind: 'occupation', skkni: 'SKKNI 2020' },
  tuk: { tukId: 'tuk-1', code: 'TUK-1', name: 'TUK Satu', type: 'sewaktu', address: null },
  assessors: [],
  candidates: 3,
});

// Only what the panel reads of a pleno; the rest of PlenoDetail is the pleno page's.
const pleno = (status: PlenoStatus) =>
  ({ plenoId: 'pl-1', status, heldOn: '2026-03-01', skDate: status === 'signed' ? '2026-03-02' : null, sessions: [session('ses-1', 'JDW-001'), session('ses-2', 'JDW-002')] }) satisfies Partial<PlenoDetail>;

type Handler = (args: unknown) => TransportReply;

/** The panel alone, as the pleno page places it, signed in as the LSP admin. */
function openPanel(handlers: Partial<Record<MethodName, Handler>>, language: 'id' | 'en' = 'id') {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const fake = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')), 'certificates/sessionCodes': () => ok({ scheduleCode: null, fundingCode: null, ministryCode: null }), ...handlers });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <SessionProvider transport={fake.transport}>
        <PlenoCertificatesPanel plenoId="pl-1" />
      </SessionProvider>
    </I18nextProvider>,
  );
  return fake;
}

/** The pleno's certificates print as its address opens it (`#/pleno/pl-1/certificates`). */
function openPrint(handlers: Partial<Record<MethodName, Handler>>, language: 'id' | 'en' = 'id') {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const fake = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')), ...handlers });
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <SessionProvider transport={fake.transport}>
        <PlenoPrintScreen plenoId="pl-1" print="certificates" />
      </SessionProvider>
    </I18nextProvider>,
  );
  return fake;
}

describe('PlenoCertificatesPanel', () => {
  it('of a signed pleno a signed correction replaced: no issue and no BNSP sheet, the way to the correction, in both languages', async () => {
    openPanel({ 'pleno/get': () => ok({ ...pleno('signed'), supersededBy: 'pl-2' }) });
    const notice = await screen.findByTestId('issue-superseded');
    expect(notice.textContent).toContain(id.certificateScreens.issue.superseded);
    expect(within(notice).getByRole('link').getAttribute('href')).toBe('#/pleno/pl-2');
    expect(screen.queryByTestId('issue-panel')).toBeNull();
    expect(screen.queryByTestId('session-codes')).toBeNull();
    cleanup();
    openPanel({ 'pleno/get': () => ok({ ...pleno('signed'), supersededBy: 'pl-2' }) }, 'en');
    expect((await screen.findByTestId('issue-superseded')).textContent).toContain(en.certificateScreens.issue.openCorrection);
  });

  it('before signing: no issue, no BNSP sheet while in draft, the sessions’ codes editable', async () => {
    const fake = openPanel({ 'pleno/get': () => ok(pleno('draft')), 'certificates/setSessionCodes': (args) => ok((args as { codes: unknown }).codes) });
    expect((await screen.findByTestId('issue-not-signed')).textContent).toBe(id.certificateScreens.issue.notSigned);
    expect(screen.getByTestId('bnsp-not-decided').textContent).toBe(id.certificateScreens.bnsp.notDecided);
    const forms = await screen.findAllByTestId('session-codes');
    expect(forms.map((f) => f.getAttribute('data-session'))).toEqual(['JDW-001', 'JDW-002']);
    fireEvent.change(within(forms[1]).getByTestId('field-scheduleCode'), { target: { value: ' J-77 ' } });
    fireEvent.change(within(forms[1]).getByTestId('field-fundingCode'), { target: { value: 'APBN' } });
    fireEvent.click(within(forms[1]).getByTestId('codes-save'));
    await within(forms[1]).findByTestId('codes-saved');
    expect(argsOf(fake.calls, 'certificates/setSessionCodes')).toEqual([{ sessionId: 'ses-2', codes: { scheduleCode: 'J-77', fundingCode: 'APBN', ministryCode: null } }]);
  });

  it('in English, the summary counts one certificate in the singular and more in the plural', async () => {
    const issued = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ certificateId: `cert-${i}`, candidateId: `c${i}`, sessionId: 'ses-1', name: `Asesi ${i}`, number: `N-${i}`, registrationNumber: `R-${i}` }));
    let count = 1;
    openPanel({ 'pleno/get': () => ok(pleno('signed')), 'certificates/issue': () => ok({ issued: issued(count), skipped: [] }) }, 'en');
    fireEvent.click(await screen.findByTestId('issue-certificates'));
    fireEvent.click(screen.getByTestId('issue-confirm-yes'));
    expect((await screen.findByTestId('issue-summary')).textContent).toContain('1 certificate issued, 0 skipped.');
    count = 2;
    fireEvent.click(screen.getByTestId('issue-certificates'));
    fireEvent.click(screen.getByTestId('issue-confirm-yes'));
    await waitFor(() => expect(screen.getByTestId('issue-summary').textContent).toContain('2 certificates issued, 0 skipped.'));
  });

  it('asks before issuing, naming the issue date that cannot be changed afterwards; its cancel issues nothing', async () => {
    // Helper Q's walk: one press numbered every certificate under a mistyped date, which only revoking undoes.
    const fake = openPanel({ 'pleno/get': () => ok(pleno('signed')), 'certificates/issue': () => ok({ issued: [], skipped: [] }) }, 'en');
    fireEvent.change(await screen.findByTestId('issue-date'), { target: { value: '05/03/2026' } });
    fireEvent.click(screen.getByTestId('issue-certificates'));
    expect(screen.getByTestId('issue-confirm').textContent).toContain('Issue the certificates dated 5 Mar 2026?');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('issue-confirm-no')));
    fireEvent.click(screen.getByTestId('issue-confirm-no'));
    expect(fake.calls.some((c) => c.method === 'certificates/issue')).toBe(false);
    fireEvent.click(screen.getByTestId('issue-certificates'));
    fireEvent.click(screen.getByTestId('issue-confirm-yes'));
    await waitFor(() => expect(argsOf(fake.calls, 'certificates/issue')).toEqual([{ plenoId: 'pl-1', issuedOn: '2026-03-05' }]));
  });

  it('signed: issues on the SK date and lists who was issued and who was skipped, with the reason in words', async () => {
    const fake = openPanel({
      'pleno/get': () => ok(pleno('signed')),
      'certificates/registerSheet': () => ok({ fileName: 'register.xlsx', rows: 1 }),
      'certificates/issue': () =>
        ok({
          issued: [{ certificateId: 'cert-1', candidateId: 'c1', sessionId: 'ses-1', name: 'Dewi Lestari', number: '85499 0000001 2026', registrationNumber: 'REG.1' }],
          skipped: [
            { candidateId: 'c2', sessionId: 'ses-1', name: 'Budi', reason: 'held_by_appeal', number: null, reassessment: null },
            { candidateId: 'c3', sessionId: 'ses-2', name: 'Sari', reason: 'already_issued', number: '85499 0000009 2026', reassessment: null },
            { candidateId: 'c4', sessionId: 'ses-2', name: 'Tono', reason: 'kbli_missing', number: null, reassessment: null },
            { candidateId: 'c5', sessionId: 'ses-2', name: 'Wati', reason: 'level_missing', number: null, reassessment: null },
          ],
        }),
    });
    const date = (await screen.findByTestId('issue-date')) as HTMLInputElement;
    // Shown day first, whatever the browser's locale; handed on as ISO.
    expect(date.value).toBe('02/03/2026');
    fireEvent.click(screen.getByTestId('issue-certificates'));
    fireEvent.click(screen.getByTestId('issue-confirm-yes'));
    expect((await screen.findByTestId('issue-summary')).textContent).toContain('1 sertifikat diterbitkan, 4 dilewati.');
    expect(argsOf(fake.calls, 'certificates/issue')).toEqual([{ plenoId: 'pl-1', issuedOn: '2026-03-02' }]);
    expect(within(screen.getByTestId('issued-row')).getByRole('link', { name: 'Dewi Lestari' }).getAttribute('href')).toBe('#/certificates/cert-1');
    const skipped = screen.getAllByTestId('skipped-row');
    expect(skipped.map((r) => r.children[1].textContent)).toEqual([
      id.certificates.skip.held_by_appeal,
      id.certificates.skip.already_issued,
      `${id.certificates.skip.kbli_missing} ${id.certificateScreens.issue.setKbli}`,
      `${id.certificates.skip.level_missing} ${id.certificateScreens.issue.setLevel}`,
    ]);
    // What the scheme lacks is fixed on its page (the KBLI code in its settings there): each such skip links to the session's scheme.
    expect(within(skipped[2]).getByRole('link', { name: id.certificateScreens.issue.setKbli }).getAttribute('href')).toBe('#/schemes/sch-ses-2/kbli');
    expect(within(skipped[3]).getByRole('link', { name: id.certificateScreens.issue.setLevel }).getAttribute('href')).toBe('#/schemes/sch-ses-2');
    expect(within(skipped[0]).queryByRole('link')).toBeNull();
    // The register, with the new numbers, is a download from here too.
    fireEvent.click(screen.getByTestId('register-download'));
    await waitFor(() => expect(requests).toContain('/files/exports/register.xlsx'));
  });

  it('a skip for an accepted appeal names the re-assessment session that decides instead, and says a certificate issued before it is left to revoke', async () => {
    const skipped = [
      { candidateId: 'c2', sessionId: 'ses-1', name: 'Budi', reason: 'appeal_accepted', number: null, reassessment: { code: 'UJK-ULANG-1', date: '2027-01-20' } },
      { candidateId: 'c3', sessionId: 'ses-1', name: 'Sari', reason: 'issued_before_appeal', number: '85499 0000009 2026', reassessment: null },
    ] as const;
    const reasons = async () => {
      fireEvent.click(await screen.findByTestId('issue-certificates'));
      fireEvent.click(screen.getByTestId('issue-confirm-yes'));
      return (await screen.findAllByTestId('skipped-row')).map((r) => r.children[1].textContent);
    };
    const handlers = { 'pleno/get': () => ok(pleno('signed')), 'certificates/issue': () => ok({ issued: [], skipped }) };
    openPanel(handlers);
    expect(await reasons()).toEqual([
      'Banding diterima: keputusan sesi ini batal untuk asesi ini. Sertifikat diputuskan rapat pleno asesmen ulang UJK-ULANG-1 (20 Jan 2027).',
      id.certificates.skip.issued_before_appeal_unplanned,
    ]);
    cleanup();
    openPanel(handlers, 'en');
    expect(await reasons()).toEqual([
      'Appeal accepted: this session’s decision is void for the candidate. The pleno of the re-assessment UJK-ULANG-1 (20 Jan 2027) decides the certificate.',
      en.certificates.skip.issued_before_appeal_unplanned,
    ]);
  });

  it('names a refused issue date at the date field, and clears it once the date is changed', async () => {
    openPanel({ 'pleno/get': () => ok(pleno('signed')), 'certificates/issue': () => fail('CERTIFICATE_ISSUED_IN_FUTURE', { date: '2026-03-02' }) });
    fireEvent.click(await screen.findByTestId('issue-certificates'));
    fireEvent.click(screen.getByTestId('issue-confirm-yes'));
    const problem = await screen.findByTestId('issue-date-problem');
    expect(problem.textContent).toBe('Tanggal terbit tidak boleh setelah hari ini (2 Mar 2026).');
    const date = screen.getByTestId('issue-date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toContain(problem.id);
    expect(screen.queryByTestId('error-message')).toBeNull();
    fireEvent.change(date, { target: { value: '01/03/2026' } });
    expect(screen.queryByTestId('issue-date-problem')).toBeNull();
  });

  it('shows a refused issue as its message', async () => {
    openPanel({ 'pleno/get': () => ok(pleno('signed')), 'certificates/issue': () => fail('CERTIFICATE_NUMBER_TAKEN', { number: '85499 0000001 2026' }) });
    fireEvent.click(await screen.findByTestId('issue-certificates'));
    fireEvent.click(screen.getByTestId('issue-confirm-yes'));
    expect((await screen.findByRole('alert')).textContent).toContain('85499 0000001 2026');
  });

  it('BNSP sheet: lists the rows and fields to fix when refused, downloads the file once complete (English)', async () => {
    let complete = false;
    openPanel(
      {
        'pleno/get': () => ok(pleno('decided')),
        'certificates/bnspSheet': () =>
          complete
            ? ok({ ok: true, fileName: 'bnsp-pl-1.xlsx', rows: 12, leftOut: [] })
            : ok({ ok: false, problems: [{ candidateId: 'c1', sessionId: 'ses-1', sessionCode: 'JDW-001', name: 'Dewi Lestari', fields: ['birthPlace', 'scheduleCode'] }] }),
      },
      'en',
    );
    fireEvent.click(await screen.findByTestId('bnsp-download'));
    expect((await screen.findByTestId('bnsp-problems')).textContent).toBe(
      'The sheet cannot be made yet: 1 row is incomplete. Fill in the fields below and download again.',
    );
    const row = screen.getByTestId('bnsp-problem-row');
    expect(within(row).getByRole('link', { name: 'Dewi Lestari' }).getAttribute('href')).toBe('#/candidates/c1');
    expect(row.textContent).toContain('JDW-001');
    expect(row.textContent).toContain('Tempat Lahir, Kode Jadwal');
    expect(requests.some((r) => r.startsWith('/files/exports/'))).toBe(false);

    complete = true;
    fireEvent.click(screen.getByTestId('bnsp-download'));
    expect((await screen.findByTestId('bnsp-written')).textContent).toBe('The BNSP sheet with 12 rows was downloaded.');
    await waitFor(() => expect(requests).toContain('/files/exports/bnsp-pl-1.xlsx'));
    expect(screen.queryByTestId('bnsp-problems')).toBeNull();
    expect(screen.getByTestId('bnsp-download').textContent).toBe(en.certificateScreens.bnsp.download);
    expect(screen.queryByTestId('bnsp-left-out')).toBeNull();
  });

  it('BNSP sheet: names who an appeal left out of the file, and why, in both languages', async () => {
    const leftOut = [
      { candidateId: 'c1', sessionId: 'ses-1', sessionCode: 'JDW-001', name: 'Dewi Lestari', reason: 'appeal_open' },
      { candidateId: 'c3', sessionId: 'ses-1', sessionCode: 'JDW-001', name: 'Sari', reason: 'appeal_accepted' },
    ] as const;
    const handlers = { 'pleno/get': () => ok(pleno('signed')), 'certificates/bnspSheet': () => ok({ ok: true, fileName: 'bnsp-pl-1.xlsx', rows: 10, leftOut }) };
    const shown = async () => {
      fireEvent.click(await screen.findByTestId('bnsp-download'));
      const box = await screen.findByTestId('bnsp-left-out');
      return [box.querySelector('p')?.textContent, ...within(box).getAllByTestId('bnsp-left-out-row').map((r) => r.textContent)];
    };
    openPanel(handlers);
    expect(await shown()).toEqual([
      '2 asesi tidak dimasukkan ke lembar karena sertifikatnya ditahan banding:',
      'Dewi Lestari (JDW-001): banding belum selesai',
      'Sari (JDW-001): banding diterima; asesmen ulang yang memutuskan',
    ]);
    cleanup();
    const fake = openPanel(handlers, 'en');
    expect(await shown()).toEqual([
      '2 candidates were left out of the sheet because an appeal holds their certificate:',
      'Dewi Lestari (JDW-001): appeal not closed',
      'Sari (JDW-001): appeal accepted; the re-assessment decides',
    ]);
    // Asked in the screen's language, which names the file.
    expect(fake.calls.filter((c) => c.method === 'certificates/bnspSheet').map((c) => c.args)).toEqual([{ plenoId: 'pl-1', language: 'en' }]);
  });

  it('gives the issue date a box as wide as a date, not the whole form', async () => {
    openPanel({ 'pleno/get': () => ok(pleno('signed')) });
    expect((await screen.findByTestId('issue-date')).className.split(' ')).toEqual(['field__input', 'field__input--day']);
  });

  it('prints every certificate of the pleno, each a front and a back page, and names the revoked ones it leaves out', async () => {
    const revoked = [{ id: 'cert-2', number: '85499 0000002 2026', holderName: 'Asesi 2', revokedAt: '2026-04-01T02:00:00.000Z' }];
    openPanel({ 'pleno/get': () => ok(pleno('signed')) });
    fireEvent.click(await screen.findByTestId('pleno-certificates-print'));
    await waitFor(() => expect(window.location.hash).toBe('#/pleno/pl-1/certificates'));
    cleanup();
    const fake = openPrint({ 'certificates/print': () => ok(printOf([printed(1), printed(3)], revoked)) });
    await screen.findAllByTestId('print-certificate-front');
    expect(argsOf(fake.calls, 'certificates/print')).toEqual([{ plenoId: 'pl-1' }]);
    expect(screen.getAllByTestId('print-bundle-part').map((p) => `${p.dataset.certificate} ${p.dataset.form}`)).toEqual([
      'cert-1 certificate-front',
      'cert-1 certificate-back',
      'cert-3 certificate-front',
      'cert-3 certificate-back',
    ]);
    const note = screen.getByTestId('print-certificates-revoked');
    expect(note.textContent).toBe('1 sertifikat yang dicabut tidak dicetak: 85499 0000002 2026 (Asesi 2).');
    // On the screen only: the paper carries the certificates alone.
    expect(note.className).toBe('print-screen-note');
    expect(screen.getByTestId('print-close').textContent).toBe(id.forms.back.pleno);
  });

  it('names the certificates it leaves out because a correcting pleno decided their holders BK, on the screen only', async () => {
    const notCompetent = [{ id: 'cert-2', number: '85499 0000002 2026', holderName: 'Asesi 2', skNumber: 'SK/001a' }];
    openPrint({ 'certificates/print': () => ok(printOf([printed(1)], [], notCompetent)) });
    await screen.findAllByTestId('print-certificate-front');
    expect(screen.getAllByTestId('print-bundle-part').map((p) => p.dataset.certificate)).toEqual(['cert-1', 'cert-1']);
    const note = screen.getByTestId('print-certificates-not-competent');
    expect(note.textContent).toBe('1 sertifikat tidak dicetak karena rapat pleno koreksi memutuskan pemegangnya Belum Kompeten: 85499 0000002 2026 (Asesi 2, SK SK/001a).');
    expect(note.className).toBe('print-screen-note');
  });

  it('names the certificates it leaves out because an appeal holds their decisions, on the screen only, in both languages', async () => {
    const held = [{ id: 'cert-2', number: '85499 0000002 2026', holderName: 'Asesi 2' }];
    openPrint({ 'certificates/print': () => ok(printOf([printed(1)], [], [], held)) });
    await screen.findAllByTestId('print-certificate-front');
    expect(screen.getAllByTestId('print-bundle-part').map((p) => p.dataset.certificate)).toEqual(['cert-1', 'cert-1']);
    const note = screen.getByTestId('print-certificates-held-by-appeal');
    expect(note.textContent).toBe('1 sertifikat tidak dicetak karena banding asesi menahan keputusannya: 85499 0000002 2026 (Asesi 2).');
    expect(note.className).toBe('print-screen-note');
    cleanup();
    openPrint({ 'certificates/print': () => ok(printOf([printed(1)], [], [], held)) }, 'en');
    expect((await screen.findByTestId('print-certificates-held-by-appeal')).textContent).toBe('1 certificate is not printed because an appeal holds its decision: 85499 0000002 2026 (Asesi 2).');
  });

  it('says in English when the pleno has no certificate to print', async () => {
    openPrint({ 'certificates/print': () => ok(printOf([])) }, 'en');
    expect((await screen.findByTestId('print-certificates-none')).textContent).toBe(en.certificateScreens.print.none);
    expect(screen.queryByTestId('print-certificate-front')).toBeNull();
  });
});
