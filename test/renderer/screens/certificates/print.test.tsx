import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { fail, ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { detail, printed, printOf } from './support';

afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
});

const P = id.certificateScreens.print;
const E = en.certificateScreens.print;

async function openPrint(language: 'id' | 'en') {
  const opened = openAt('certificates/cert-1', { 'certificates/get': () => ok(detail()), 'certificates/print': () => ok(printOf([printed(1)])) }, language);
  fireEvent.click(await screen.findByTestId('certificate-print'));
  await screen.findByTestId('print-certificate-front');
  return opened;
}

describe('the certificate print', () => {
  it('prints a scheme or unit title once when its English is the same words', async () => {
    const same = printed(1);
    const certificate = { ...same, scheme: { ...same.scheme, titleId: 'Junior Web Developer', titleEn: 'Junior Web Developer' }, units: [{ code: 'J.620100.004.02', titleId: 'Menggunakan Struktur Data', titleEn: 'Menggunakan Struktur Data' }] };
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail()), 'certificates/print': () => ok(printOf([certificate])) }, 'id');
    fireEvent.click(await screen.findByTestId('certificate-print'));
    expect((await screen.findByTestId('print-certificate-scheme')).textContent).toBe('Junior Web Developer');
    const rows = within(screen.getByTestId('print-certificate-units')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelectorAll('td')[2].textContent)).toEqual(['Menggunakan Struktur Data']);
  });

  it('prints the front in both languages, Indonesian with the English beneath, and the back with the units, from the certificate’s page', async () => {
    const { fake } = await openPrint('id');
    expect(argsOf(fake.calls, 'certificates/print')).toEqual([{ certificateId: 'cert-1' }]);
    const front = screen.getByTestId('print-certificate-front');
    expect(screen.getByTestId('print-certificate-lsp').textContent).toBe('LSP Teknologi Digital');
    expect(front.textContent).toContain('Nomor Lisensi KEP.1234/BNSP/VI/2024');
    expect(front.textContent).toContain('Licence No. KEP.1234/BNSP/VI/2024');
    const title = within(front).getByRole('heading', { level: 1 });
    expect(within(title).getByText(P.title).getAttribute('lang')).toBe('id');
    expect(within(title).getByText(E.title).getAttribute('lang')).toBe('en');
    expect(screen.getByTestId('print-certificate-number').textContent).toBe('85499 0000001 2026');
    expect(screen.getByTestId('print-certificate-registration').textContent).toBe('REG.LSP01.SKM-01.00001.2026');
    expect(screen.getByTestId('print-certificate-holder').textContent).toBe('Asesi 1');
    const scheme = screen.getByTestId('print-certificate-scheme');
    expect(within(scheme).getByText('Operator Komputer Muda').getAttribute('lang')).toBe('id');
    expect(within(scheme).getByText('Junior Computer Operator').className).toBe('print-certificate__en');
    expect(screen.getByTestId('print-certificate-scheme-code').textContent).toBe('SKM-01');
    expect(screen.getByTestId('print-certificate-issued').textContent).toBe('2 Maret 2026' + '2 March 2026');
    expect(screen.getByTestId('print-certificate-valid').textContent).toBe('1 Maret 2029' + '1 March 2029');
    for (const label of ['number', 'registration', 'schemeNumber', 'issuedOn', 'validUntil', 'certify', 'competent'] as const) {
      expect(front.textContent, label).toContain(P[label]);
      expect(front.textContent, label).toContain(E[label]);
    }
    // No signatory set: the chair signs the blanko by hand in a space, and no name, role or electronic mark the data does not hold.
    expect(screen.getByTestId('print-certificate-sign').textContent).toBe('');
    expect(screen.queryByTestId(/^signature-/)).toBeNull();

    const back = screen.getByTestId('print-certificate-back');
    expect(back.textContent).toContain('Lampiran sertifikat nomor 85499 0000001 2026 atas nama Asesi 1');
    expect(back.textContent).toContain('Attachment to certificate number 85499 0000001 2026 held by Asesi 1');
    const rows = within(screen.getByTestId('print-certificate-units')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['1', 'TIK.OP02.001.01', 'Mengoperasikan KomputerOperate a Computer'],
      // No English title on record: the Indonesian alone, no empty italic line.
      ['2', 'TIK.OP02.002.01', 'Mencetak Dokumen'],
    ]);
    // One certificate is two pages, front then back; the form's language is not asked: it prints both.
    expect(screen.getAllByTestId('print-bundle-part').map((p) => p.dataset.form)).toEqual(['certificate-front', 'certificate-back']);
    expect(screen.queryByTestId('print-language')).toBeNull();
    expect(screen.getByTestId('print-close').textContent).toBe(id.forms.back.certificate);
  });

  it('prints the same bilingual certificate from an English screen, with the view’s own words in English', async () => {
    await openPrint('en');
    const front = screen.getByTestId('print-certificate-front');
    expect(front.textContent).toContain(P.title);
    expect(front.textContent).toContain(E.title);
    expect(screen.getByTestId('print-certificate-issued').textContent).toBe('2 Maret 2026' + '2 March 2026');
    expect(screen.getByTestId('print-close').textContent).toBe(en.forms.back.certificate);
    expect(screen.getByTestId('print-now').textContent).toBe(en.forms.printNow);
    fireEvent.click(screen.getByTestId('print-close'));
    expect(await screen.findByTestId('certificate-print')).toBeTruthy();
  });

  it('offers no print for a revoked certificate, and says why, in both languages', async () => {
    const revoked = { revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dokumen palsu' };
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail(revoked)) });
    expect((await screen.findByTestId('certificate-print-revoked')).textContent).toBe(P.revokedNotPrinted);
    expect(screen.queryByTestId('certificate-print')).toBeNull();
    window.location.hash = '';
    document.body.innerHTML = '';
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail(revoked)) }, 'en');
    expect((await screen.findByTestId('certificate-print-revoked')).textContent).toBe(E.revokedNotPrinted);
  });

  it('offers no print for a certificate a correcting pleno decided BK, and says why, in both languages', async () => {
    // The page warned (correctedToBk) yet offered "Cetak sertifikat", and the print declared the holder competent.
    const corrected = { plenoCorrectedBySk: 'SK/001a', correctedToBk: { skNumber: 'SK/001a' } };
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail(corrected)) });
    expect((await screen.findByTestId('certificate-print-not-competent')).textContent).toBe(P.notCompetentNotPrinted);
    expect(screen.getByTestId('certificate-corrected-bk')).toBeTruthy();
    expect(screen.queryByTestId('certificate-print')).toBeNull();
    window.location.hash = '';
    document.body.innerHTML = '';
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail(corrected)) }, 'en');
    expect((await screen.findByTestId('certificate-print-not-competent')).textContent).toBe(E.notCompetentNotPrinted);
  });

  it('offers no print for a certificate an appeal holds, and says why, in both languages', async () => {
    // The page offered "Cetak sertifikat" though the decision it rests on was under appeal, and the print read as final.
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ heldByAppeal: true })) });
    expect((await screen.findByTestId('certificate-print-held-by-appeal')).textContent).toBe(P.heldByAppealNotPrinted);
    expect(screen.queryByTestId('certificate-print')).toBeNull();
    window.location.hash = '';
    document.body.innerHTML = '';
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ heldByAppeal: true })) }, 'en');
    expect((await screen.findByTestId('certificate-print-held-by-appeal')).textContent).toBe(E.heldByAppealNotPrinted);
  });

  it('shows the core’s refusal when the certificate was revoked after its page was opened, and prints nothing', async () => {
    openAt('certificates/cert-1', {
      'certificates/get': () => ok(detail()),
      'certificates/print': () => fail('CERTIFICATE_REVOKED', { number: '85499 0000001 2026', revokedAt: '2026-04-01T02:00:00.000Z' }),
    });
    fireEvent.click(await screen.findByTestId('certificate-print'));
    await waitFor(() => expect(screen.getByTestId('print-view').textContent).toContain('Sertifikat 85499 0000001 2026 sudah dicabut pada'));
    expect(screen.queryByTestId('print-certificate-front')).toBeNull();
  });

  it('prints the signatory’s title above the signature space and the name below it, as the settings give them, and still no signature', async () => {
    openAt(
      'certificates/cert-1',
      { 'certificates/get': () => ok(detail()), 'certificates/print': () => ok({ ...printOf([printed(1)]), signatory: { name: 'Dr. Ratna Sari, M.Kom.', title: 'Ketua LSP Teknologi Digital' } }) },
      'id',
    );
    fireEvent.click(await screen.findByTestId('certificate-print'));
    const sign = await screen.findByTestId('print-certificate-sign');
    expect([...sign.children].map((c) => [c.className, c.textContent])).toEqual([
      ['print-certificate__sign-title', 'Ketua LSP Teknologi Digital'],
      ['print-certificate__sign-space', ''],
      ['print-certificate__sign-name', 'Dr. Ratna Sari, M.Kom.'],
    ]);
    expect(screen.queryByTestId(/^signature-/)).toBeNull();
  });
});
