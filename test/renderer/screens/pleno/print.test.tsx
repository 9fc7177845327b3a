import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { PlenoDetail } from '../../../../electron/shared/pleno';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { PlenoMinutesPrint } from '../../../../renderer/src/screens/pleno/print/PlenoMinutesPrint';
import { PlenoPrintScreen } from '../../../../renderer/src/screens/pleno/print/PlenoPrintScreen';
import { SkPrint } from '../../../../renderer/src/screens/pleno/print/SkPrint';
import { SessionProvider } from '../../../../renderer/src/session/SessionProvider';
import { fakeTransport, ok } from '../../fake-transport';
import { TOKEN, principal } from '../../fixtures';
import { detail, SIGNED } from './fixtures';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

function renderIn(language: 'id' | 'en', node: React.ReactNode) {
  return render(<I18nextProvider i18n={createI18n(language)}>{node}</I18nextProvider>);
}

const withAbsentDecisionBK: PlenoDetail = {
  ...SIGNED,
  decisions: [...SIGNED.decisions, { ...SIGNED.decisions[0], candidateId: 'c-4', participantNo: 'P-0004', name: 'Peserta 4', nik: '3273011708950004', decision: 'BK', recommendation: 'BK', departs: false }],
};

describe('pleno prints', () => {
  it('head the minutes and the SK with the LSP\'s licence number as every BNSP form does ("Nomor Lisensi …"), not a bare number after a dot', () => {
    renderIn('id', <PlenoMinutesPrint detail={SIGNED} />);
    expect(screen.getByTestId('form-lsp').textContent).toBe('LSP Informatika');
    expect(screen.getByTestId('form-lsp-licence').textContent).toBe('Nomor Lisensi BNSP-LSP-123');
    cleanup();
    renderIn('en', <SkPrint detail={{ ...SIGNED, lsp: { ...SIGNED.lsp, licenceNo: null } }} />);
    expect(screen.getByTestId('form-lsp').textContent).toBe('LSP Informatika');
    expect(screen.queryByTestId('form-lsp-licence')).toBeNull();
  });

  it('the minutes: members, sessions, every decision with the totals, departures with reasons; only the chair signed electronically', () => {
    renderIn('id', <PlenoMinutesPrint detail={withAbsentDecisionBK} />);
    const form = screen.getByTestId('print-pleno-minutes');
    expect(form.textContent).toContain(id.plenoScreens.print.minutesTitle.toUpperCase());
    expect(form.textContent).toContain('Ruang rapat LSP');
    expect(form.textContent).toContain('JDW-20270310-001');
    expect(screen.getByTestId('print-departures').textContent).toContain('Peserta 2');
    expect(screen.getByTestId('print-departures').textContent).toContain('Bukti portofolio tambahan diterima');
    const signatures = screen.getByTestId('print-signatures');
    expect(within(signatures).getByTestId('signature-chair').getAttribute('data-how')).toBe('signed');
    expect(within(signatures).getByTestId('signature-member').getAttribute('data-how')).toBe('wet');
    expect(within(signatures).getByTestId('signature-secretary').getAttribute('data-how')).toBe('wet');
    expect(screen.getByTestId('print-sk-number').textContent).toContain('SK/001/LSP/2027');
  });

  it('a corrected pleno: its minutes and SK say they no longer stand and which SK corrected them; the correction names the SK it corrects and why (id and en)', () => {
    // Before, both printed as any signed pleno: a superseded SK still declared its candidates competent, unmarked.
    const superseded: PlenoDetail = { ...SIGNED, supersededBy: 'pl-2', supersededBySk: { number: 'SK/002/LSP/2027', date: '2027-03-20' } };
    for (const Print of [PlenoMinutesPrint, SkPrint]) {
      renderIn('id', <Print detail={superseded} />);
      expect(screen.getByTestId('print-superseded').textContent).toBe('TIDAK BERLAKU LAGI: keputusan dalam dokumen ini telah dikoreksi dengan SK nomor SK/002/LSP/2027 tanggal Sabtu, 20 Maret 2027.');
      expect(screen.queryByTestId('print-corrects')).toBeNull();
      cleanup();
    }
    const correction: PlenoDetail = { ...SIGNED, plenoId: 'pl-2', skNumber: 'SK/002/LSP/2027', skDate: '2027-03-20', correctsId: 'pl-1', correctionReason: 'Nama salah ketik', correctsSk: { number: 'SK/001/LSP/2027', date: '2027-03-15' } };
    for (const Print of [PlenoMinutesPrint, SkPrint]) {
      renderIn('en', <Print detail={correction} />);
      expect(screen.getByTestId('print-corrects').textContent).toBe('This plenary meeting corrects the decisions of SK number SK/001/LSP/2027, dated Monday, 15 March 2027. Reason for the correction: Nama salah ketik');
      expect(screen.queryByTestId('print-superseded')).toBeNull();
      cleanup();
    }
    // A pleno neither corrected nor correcting says neither.
    renderIn('id', <SkPrint detail={SIGNED} />);
    expect(screen.queryByTestId('print-corrects')).toBeNull();
    expect(screen.queryByTestId('print-superseded')).toBeNull();
  });

  it('minutes without a place leave the place clause out instead of printing "bertempat di —", in both languages', () => {
    const text = () => screen.getByTestId('print-pleno-minutes').textContent;
    renderIn('id', <PlenoMinutesPrint detail={{ ...SIGNED, place: null }} />);
    expect(text()).toMatch(/Pada tanggal [^.]+ telah dilaksanakan rapat pleno /);
    expect(text()).not.toContain('bertempat');
    cleanup();
    renderIn('en', <PlenoMinutesPrint detail={{ ...SIGNED, place: null }} />);
    expect(text()).toMatch(/On [^.]+, \S.* held a plenary meeting/);
    expect(text()).not.toContain(' at —');
    cleanup();
    renderIn('id', <PlenoMinutesPrint detail={SIGNED} />);
    expect(text()).toContain('bertempat di Ruang rapat LSP telah dilaksanakan');
  });

  it('an unsigned pleno prints a line for everyone, the chair too, and no SK number', () => {
    renderIn('id', <PlenoMinutesPrint detail={detail()} />);
    expect(screen.getByTestId('signature-chair').getAttribute('data-how')).toBe('wet');
    expect(screen.getAllByTestId(/^signature-/).every((s) => s.getAttribute('data-how') === 'wet')).toBe(true);
    expect(screen.getByTestId('print-sk-number').textContent).toBe(id.plenoScreens.print.skNone);
  });

  it('the SK lists only the candidates decided K, with NIK and scheme, in English on request', () => {
    renderIn('en', <SkPrint detail={withAbsentDecisionBK} />);
    const rows = within(screen.getByTestId('print-sk-list')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('Peserta 1'), expect.stringContaining('Peserta 2')]);
    expect(rows[0].textContent).toContain('3273011708950001');
    expect(rows[0].textContent).toContain('SKM-JWP');
    expect(screen.getByTestId('print-pleno-sk').textContent).toContain(en.plenoScreens.print.skTitle.toUpperCase());
  });

  it("heads the minutes' session column in the singular, each row naming one session ('Sessions' above each)", () => {
    renderIn('en', <PlenoMinutesPrint detail={SIGNED} />);
    const heads = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(heads).not.toContain('Sessions');
    expect(heads.filter((h) => h === 'Session')).toHaveLength(2);
  });

  it("lets a long name wrap on the SK: kept on one line, it ran past the page's right edge", () => {
    const long = 'Raden Roro Siti Nurhaliza Kusumawardhani Prawiranegara binti Hadiningrat';
    renderIn('id', <SkPrint detail={{ ...SIGNED, decisions: [{ ...SIGNED.decisions[0], name: long }] }} />);
    const row = within(screen.getByTestId('print-sk-list')).getAllByRole('row')[1];
    const nameCell = within(row).getByText(long);
    expect(nameCell.classList.contains('print-nowrap')).toBe(false);
    // Wide enough that a usual name ("Muhammad Rizky Pratama") still reads on one line.
    expect(within(screen.getByTestId('print-sk-list')).getAllByRole('columnheader')[1].classList.contains('print-sk__name')).toBe(true);
    expect(/\.print-sk__name\s*\{([^}]*)\}/.exec(readFileSync('renderer/src/styles/print.css', 'utf8'))?.[1]).toMatch(/width:\s*35%/);
  });

  it("the SK's and the minutes' back button says it returns to the pleno, in the screen's language", async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    const transport = fakeTransport({ 'auth/whoami': () => ok(principal('lsp_admin', 'Rina Kartikasari')), 'pleno/get': () => ok(SIGNED) }).transport;
    const open = (language: 'id' | 'en', print: 'sk' | 'minutes') =>
      render(
        <I18nextProvider i18n={createI18n(language)}>
          <SessionProvider transport={transport}>
            <PlenoPrintScreen plenoId="pl-1" print={print} />
          </SessionProvider>
        </I18nextProvider>,
      );
    open('id', 'sk');
    await screen.findByTestId('print-pleno-sk');
    expect(screen.getByTestId('print-close').textContent).toBe('Kembali ke rapat pleno');
    cleanup();
    open('en', 'minutes');
    await screen.findByTestId('print-pleno-minutes');
    expect(screen.getByTestId('print-close').textContent).toBe('Back to the plenary meeting');
  });

  it('in English, the signature column over each member\'s one line is headed "Signature"', () => {
    renderIn('en', <SkPrint detail={SIGNED} />);
    const head = within(screen.getByTestId('print-signatures')).getAllByRole('columnheader');
    expect(head.map((th) => th.textContent)).toEqual(['Name', 'Role', 'Signature']);
  });
});

describe('the pleno prints\' running header', () => {
  afterEach(cleanup);

  it.each([
    ['id' as const, id.plenoScreens.print.minutesTitle, 'SK nomor SK/001/LSP/2027', id.plenoScreens.print.skTitle, 'Rapat pleno Senin, 15 Maret 2027'],
    ['en' as const, en.plenoScreens.print.minutesTitle, 'SK no. SK/001/LSP/2027', en.plenoScreens.print.skTitle, 'Plenary meeting of Monday, 15 March 2027'],
  ])('names the document and its SK atop every sheet, the pleno\'s day where no SK is numbered yet (%s)', (language, minutesTitle, sk, skTitle, day) => {
    renderIn(language, <PlenoMinutesPrint detail={SIGNED} />);
    expect(screen.getByTestId('form-running-header').textContent).toBe(`${minutesTitle}${sk}`);
    expect(screen.getByTestId('form-running-header').closest('thead')).not.toBeNull();
    cleanup();
    renderIn(language, <SkPrint detail={SIGNED} />);
    expect(screen.getByTestId('form-running-header').textContent).toBe(`${skTitle}${sk}`);
    cleanup();
    renderIn(language, <PlenoMinutesPrint detail={{ ...SIGNED, skNumber: null, heldOn: '2027-03-15' }} />);
    expect(screen.getByTestId('form-running-record').textContent).toBe(day);
  });
});
