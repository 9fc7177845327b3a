import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { fail, ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { certificate, detail, stubFiles } from './support';

let requests: string[] = [];
beforeEach(() => {
  requests = stubFiles();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.location.hash = '';
});

const page = (rows: ReturnType<typeof certificate>[], nextCursor: string | null, total: number) => ok({ rows, nextCursor, total, totalAtLeast: null });

describe('certificate register', () => {
  it('lists certificates with the name as the link, pages with "Muat lagi", and searches by name, NIK or number with the scheme and expiring filters', async () => {
    const { fake } = openAt('certificates', {
      'schemes/list': () => ok({ rows: [{ code: 'SKM-01', titleId: 'Operator Komputer Muda' }, { code: 'SKM-02', titleId: 'Desainer Grafis' }], nextCursor: null, total: 2, totalAtLeast: null }),
      'certificates/list': (args) => {
        const a = args as { cursor?: string | null; search?: string };
        if (a.search) return page([certificate(7)], null, 1);
        const revoked = { revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dokumen palsu' };
        return a.cursor ? page([certificate(3, revoked)], null, 3) : page([certificate(1), certificate(2, { blankoNumber: 'B-000123' })], 'c2', 3);
      },
    });
    const rows = await screen.findAllByTestId('certificate-row');
    expect(rows).toHaveLength(2);
    const link = within(rows[0]).getByRole('link', { name: 'Asesi 1' });
    expect(link.getAttribute('href')).toBe('#/certificates/cert-1');
    expect(rows[0].textContent).toContain('85499 0000001 2026');
    expect(rows[0].textContent).toContain(id.certificateScreens.register.noBlanko);
    expect(rows[1].textContent).toContain('B-000123');

    fireEvent.click(screen.getByTestId('list-more'));
    await waitFor(() => expect(screen.getAllByTestId('certificate-row')).toHaveLength(3));
    expect(argsOf(fake.calls, 'certificates/list')[1]).toMatchObject({ cursor: 'c2' });
    expect(screen.queryByTestId('list-more')).toBeNull();
    // A revoked certificate's row says when and why, not a last day as if it were in force.
    const revokedRow = screen.getAllByTestId('certificate-row')[2];
    expect(within(revokedRow).getByTestId('certificate-revoked-on').textContent).toBe('Dicabut pada 1 Apr 2026: Dokumen palsu');
    expect(revokedRow.textContent).not.toContain('2029');
    expect(within(rows[0]).queryByTestId('certificate-revoked-on')).toBeNull();

    fireEvent.change(screen.getByTestId('list-search'), { target: { value: '3273011708950007' } });
    await screen.findByRole('option', { name: 'SKM-02 · Desainer Grafis' });
    fireEvent.change(screen.getByTestId('filter-scheme'), { target: { value: 'SKM-01' } });
    fireEvent.change(screen.getByTestId('filter-expiring'), { target: { value: '90' } });
    await waitFor(() => expect(screen.getAllByTestId('certificate-row')).toHaveLength(1));
    expect(argsOf(fake.calls, 'certificates/list').at(-1)).toEqual({ search: '3273011708950007', schemeCode: 'SKM-01', expiringWithinDays: 90, cursor: null });
  });

  it('downloads the register as .xlsx, in English too', async () => {
    const { fake } = openAt('certificates', { 'certificates/list': () => page([], null, 0), 'certificates/registerSheet': () => ok({ fileName: 'register-sertifikat.xlsx', rows: 0 }) }, 'en');
    await screen.findByTestId('list-empty');
    const button = screen.getByTestId('register-download');
    expect(button.textContent).toBe(en.certificateScreens.register.download);
    fireEvent.click(button);
    await waitFor(() => expect(requests).toContain('/files/exports/register-sertifikat.xlsx'));
    expect(argsOf(fake.calls, 'certificates/registerSheet')).toEqual([{ language: 'en' }]);
  });

  it("names the SK that corrected the pleno it was issued from, beside that pleno's, in both languages", async () => {
    const handlers = { 'certificates/get': () => ok(detail({ plenoCorrectedBySk: 'SK/LSP01/III/2026/001a' })) };
    openAt('certificates/cert-1', handlers);
    expect((await screen.findByTestId('certificate-facts')).textContent).toContain('SK SK/LSP01/III/2026/001 (dikoreksi oleh SK SK/LSP01/III/2026/001a)');
    cleanup();
    openAt('certificates/cert-1', handlers, 'en');
    expect((await screen.findByTestId('certificate-facts')).textContent).toContain('SK SK/LSP01/III/2026/001 (corrected by SK SK/LSP01/III/2026/001a)');
  });

  it('says a certificate in force no longer rests on a K decision when the pleno in force decided its holder BK, in both languages; not once revoked', async () => {
    const corrected = { plenoCorrectedBySk: 'SK/LSP01/III/2026/001a', correctedToBk: { skNumber: 'SK/LSP01/III/2026/001a' } };
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail(corrected)) });
    expect((await screen.findByTestId('certificate-corrected-bk')).textContent).toBe(
      'Rapat pleno yang berlaku untuk asesi ini (SK SK/LSP01/III/2026/001a) memutuskan BK: sertifikat ini tidak lagi didukung keputusan Kompeten. Cabut sertifikat ini bila keputusan itu benar.',
    );
    cleanup();
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail(corrected)) }, 'en');
    expect((await screen.findByTestId('certificate-corrected-bk')).textContent).toBe(
      'The plenary meeting in force for this candidate (SK SK/LSP01/III/2026/001a) decided BK: this certificate no longer rests on a competent decision. Revoke it if that decision stands.',
    );
    cleanup();
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ ...corrected, revoked: true, revokedAt: '2026-03-05T03:00:00.000Z', revokeReason: 'Dikoreksi pleno' })) });
    await screen.findByTestId('certificate-facts');
    expect(screen.queryByTestId('certificate-corrected-bk')).toBeNull();
  });

  it('shows one certificate and saves its blanko number; a number another certificate holds is refused in words', async () => {
    let blanko: string | null = null;
    const { fake } = openAt('certificates/cert-1', {
      'certificates/get': () => ok(detail({ blankoNumber: blanko })),
      'certificates/setBlanko': (args) => {
        const a = args as { blankoNumber: string | null };
        if (a.blankoNumber === 'B-9') return fail('BLANKO_TAKEN', { blanko: 'B-9', number: '85499 0000002 2026' });
        blanko = a.blankoNumber;
        return ok(detail({ blankoNumber: blanko }));
      },
    });
    const facts = await screen.findByTestId('certificate-facts');
    expect(facts.textContent).toContain('REG.LSP01.SKM-01.00001.2026');
    expect(facts.textContent).toContain('JDW-2026-001');
    // The counter and the pleno in words: the stored key (lsp:<id>:2026) and a link reading only 'Rapat pleno' were shown before.
    expect(facts.textContent).toContain(id.certificateScreens.detail.counterOfYear.replace('{{year}}', '2026'));
    expect(facts.textContent).not.toContain('lsp:');
    expect(facts.textContent).toContain('Rapat pleno 1 Mar 2026, SK SK/LSP01/III/2026/001');

    fireEvent.change(screen.getByTestId('field-blankoNumber'), { target: { value: 'B-9' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByRole('alert')).textContent).toContain('85499 0000002 2026');

    fireEvent.change(screen.getByTestId('field-blankoNumber'), { target: { value: ' B-10 ' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('record-saved')).textContent).toBe(id.certificateScreens.detail.blankoSaved);
    expect(argsOf(fake.calls, 'certificates/setBlanko').at(-1)).toEqual({ certificateId: 'cert-1', blankoNumber: 'B-10' });
  });
});

describe('revoking a certificate', () => {
  it('revokes with a reason from the certificate page: an empty reason is refused in words, then the page shows it revoked, when and why, with no button', async () => {
    let revoked = false;
    const { fake } = openAt('certificates/cert-1', {
      'certificates/get': () => ok(revoked ? detail({ revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dokumen palsu' }) : detail()),
      'certificates/revoke': (args) => {
        if ((args as { reason: string }).reason === '') return fail('CERTIFICATE_REVOKE_REASON_REQUIRED');
        revoked = true;
        return ok(detail({ revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dokumen palsu' }));
      },
    });
    fireEvent.click(await screen.findByTestId('certificate-revoke'));
    const dialog = screen.getByTestId('certificate-revoke-dialog');
    expect(dialog.textContent).toContain('85499 0000001 2026');
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect((await within(dialog).findByTestId('error-message')).textContent).toBe(id.errors.CERTIFICATE_REVOKE_REASON_REQUIRED);
    fireEvent.change(within(dialog).getByTestId('certificate-revoke-reason'), { target: { value: ' Dokumen palsu ' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await waitFor(() => expect(screen.queryByTestId('certificate-revoke-dialog')).toBeNull());
    expect(argsOf(fake.calls, 'certificates/revoke').at(-1)).toEqual({ certificateId: 'cert-1', reason: 'Dokumen palsu' });
    await waitFor(() => expect(screen.getByTestId('certificate-facts').textContent).toContain('Dicabut pada 1 Apr 2026: Dokumen palsu'));
    expect(screen.getByTestId('certificate-facts').textContent).not.toContain(id.certificateScreens.register.validUntil);
    expect(screen.getByTestId('certificate-screen').textContent).toContain(id.certificateScreens.register.revoked);
    expect(screen.queryByTestId('certificate-revoke')).toBeNull();
  });
});

describe("the register's scheme filter", () => {
  it('names each scheme by its English title on English screens, the Indonesian one where none was written', async () => {
    openAt(
      'certificates',
      {
        'schemes/list': () =>
          ok({
            rows: [
              { code: 'SKM-PLTS-01', titleId: 'Teknisi Pemasangan PLTS Atap', titleEn: 'Rooftop Solar PV Installer' },
              { code: 'SKM-02', titleId: 'Desainer Grafis', titleEn: null },
            ],
            nextCursor: null,
            total: 2,
            totalAtLeast: null,
          }),
        'certificates/list': () => page([], null, 0),
      },
      'en',
    );
    const filter = await screen.findByTestId('filter-scheme');
    await waitFor(() => expect(within(filter).getAllByRole('option')).toHaveLength(3));
    expect(within(filter).getAllByRole('option').map((option) => option.textContent)).toEqual([
      en.certificateScreens.register.allSchemes,
      'SKM-PLTS-01 · Rooftop Solar PV Installer',
      'SKM-02 · Desainer Grafis',
    ]);
  });
});

describe("the certificate register's filters in the address", () => {
  const schemesPage = () => ok({ rows: [{ code: 'SKM-01', titleId: 'Operator Komputer Muda' }], nextCursor: null, total: 1, totalAtLeast: null });

  it('writes the search as typed, the scheme and the days into the address in place, and opens with them (a reload)', async () => {
    const { fake } = openAt('certificates', { 'schemes/list': schemesPage, 'certificates/list': () => page([], null, 0) });
    await screen.findByTestId('list-empty');
    const entries = history.length;
    const box = screen.getByTestId('list-search') as HTMLInputElement;
    box.focus();
    for (const text of ['s', 'si', 'sit']) fireEvent.change(box, { target: { value: text } });
    expect(document.activeElement).toBe(box);
    await waitFor(() => expect(screen.getByTestId('filter-scheme').querySelectorAll('option')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('filter-scheme'), { target: { value: 'SKM-01' } });
    fireEvent.change(screen.getByTestId('filter-expiring'), { target: { value: '90' } });
    expect(window.location.hash).toBe('#/certificates?search=sit&scheme=SKM-01&expiring=90');
    expect(history.length).toBe(entries);
    await waitFor(() => expect(argsOf(fake.calls, 'certificates/list').at(-1)).toEqual({ search: 'sit', schemeCode: 'SKM-01', expiringWithinDays: 90, cursor: null }));
    cleanup();
    const reloaded = openAt('certificates?search=sit&scheme=SKM-01&expiring=90', { 'schemes/list': schemesPage, 'certificates/list': () => page([], null, 0) });
    await waitFor(() => expect(argsOf(reloaded.fake.calls, 'certificates/list')).toEqual([{ search: 'sit', schemeCode: 'SKM-01', expiringWithinDays: 90, cursor: null }]));
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('sit');
    expect((screen.getByTestId('filter-expiring') as HTMLInputElement).value).toBe('90');
    await waitFor(() => expect((screen.getByTestId('filter-scheme') as HTMLSelectElement).value).toBe('SKM-01'));
  });
});

describe('the lapsed certificates', () => {
  const schemesPage = () => ok({ rows: [{ code: 'SKM-01', titleId: 'Operator Komputer Muda' }], nextCursor: null, total: 1, totalAtLeast: null });
  it('are asked for by the box, which the address keeps', async () => {
    const { fake } = openAt('certificates', { 'schemes/list': schemesPage, 'certificates/list': () => page([], null, 0) });
    fireEvent.click(await screen.findByTestId('filter-lapsed'));
    expect(window.location.hash).toBe('#/certificates?lapsed=1');
    await waitFor(() => expect(argsOf(fake.calls, 'certificates/list').at(-1)).toEqual({ lapsed: true, cursor: null }));
    cleanup();
    const reloaded = openAt('certificates?lapsed=1', { 'schemes/list': schemesPage, 'certificates/list': () => page([], null, 0) });
    await waitFor(() => expect(argsOf(reloaded.fake.calls, 'certificates/list')).toEqual([{ lapsed: true, cursor: null }]));
    expect((screen.getByTestId('filter-lapsed') as HTMLInputElement).checked).toBe(true);
  });
});

describe('the certificates a correcting pleno decided BK', () => {
  const schemesPage = () => ok({ rows: [{ code: 'SKM-01', titleId: 'Operator Komputer Muda' }], nextCursor: null, total: 1, totalAtLeast: null });
  it('are asked for by the box, which the address the LSP home links keeps', async () => {
    const { fake } = openAt('certificates', { 'schemes/list': schemesPage, 'certificates/list': () => page([], null, 0) });
    fireEvent.click(await screen.findByTestId('filter-corrected-bk'));
    expect(window.location.hash).toBe('#/certificates?correctedToBk=1');
    await waitFor(() => expect(argsOf(fake.calls, 'certificates/list').at(-1)).toEqual({ correctedToBk: true, cursor: null }));
    cleanup();
    const reloaded = openAt('certificates?correctedToBk=1', { 'schemes/list': schemesPage, 'certificates/list': () => page([], null, 0) });
    await waitFor(() => expect(argsOf(reloaded.fake.calls, 'certificates/list')).toEqual([{ correctedToBk: true, cursor: null }]));
    expect((screen.getByTestId('filter-corrected-bk') as HTMLInputElement).checked).toBe(true);
  });

  it('are marked on their rows in the unfiltered register, in both languages; a revoked one says only Dicabut', async () => {
    const bk = { correctedToBk: { skNumber: 'SK/LSP01/III/2026/001a' } };
    const rows = () => page([certificate(1, bk), certificate(2), certificate(3, { ...bk, revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dikoreksi' })], null, 3);
    openAt('certificates', { 'schemes/list': schemesPage, 'certificates/list': rows });
    const [first, second, third] = await screen.findAllByTestId('certificate-row');
    expect(within(first).getByTestId('certificate-row-corrected-bk').textContent).toBe('Diputuskan BK oleh rapat pleno koreksi (SK SK/LSP01/III/2026/001a)');
    expect(within(second).queryByTestId('certificate-row-corrected-bk')).toBeNull();
    expect(within(third).queryByTestId('certificate-row-corrected-bk')).toBeNull();
    cleanup();
    openAt('certificates', { 'schemes/list': schemesPage, 'certificates/list': rows }, 'en');
    const [english] = await screen.findAllByTestId('certificate-row');
    expect(within(english).getByTestId('certificate-row-corrected-bk').textContent).toBe('Decided BK by a correcting plenary meeting (SK SK/LSP01/III/2026/001a)');
  });
});

describe("a certificate's next surveillance", () => {
  it('is a column of the register, its date or a dash when none is due (revoked or expired), in both languages', async () => {
    const rows = [certificate(1), certificate(2, { surveillanceDueOn: null, revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dokumen palsu' })];
    for (const [language, words] of [['id', id], ['en', en]] as const) {
      openAt('certificates', { 'certificates/list': () => page(rows, null, 2) }, language);
      await waitFor(() => expect(screen.getAllByTestId('certificate-row')).toHaveLength(2));
      expect(screen.getByRole('columnheader', { name: words.certificateScreens.register.nextSurveillance })).toBeTruthy();
      const [due, none] = screen.getAllByTestId('certificate-row-surveillance');
      expect(due.textContent).toBe('2 Mar 2027');
      expect(none.textContent).toBe('—');
      cleanup();
    }
  });
});

describe('a certificate past its last valid day', () => {
  it('is marked expired on the register, beside the name (a revoked one says revoked only)', async () => {
    openAt('certificates', {
      'certificates/list': () =>
        page([certificate(1), certificate(2, { validUntil: '2026-11-30', expired: true }), certificate(3, { expired: true, revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dokumen palsu' })], null, 3),
    });
    await waitFor(() => expect(screen.getAllByTestId('certificate-row')).toHaveLength(3));
    const [valid, expired, revoked] = screen.getAllByTestId('certificate-row');
    const mark = id.certificateScreens.register.expired;
    expect(valid.textContent).not.toContain(mark);
    expect(within(expired).getByRole('rowheader').textContent).toContain(mark);
    expect(expired.textContent).toContain('30 Nov 2026');
    expect(revoked.textContent).not.toContain(mark);
  });

  it('is marked expired on its page, in English', async () => {
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ validUntil: '2026-11-30', expired: true })) }, 'en');
    await waitFor(() => expect(screen.getByTestId('certificate-screen').textContent).toContain(en.certificateScreens.register.expired));
  });
});

describe('replacing a certificate revoked by mistake', () => {
  const revokedOne = { revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Tanggal terbit salah' };

  it('issues the replacement from the revoked certificate’s page on the date typed, after asking, says a refusal in words, and opens the new one, which names the one it replaces', async () => {
    let refuse = true;
    const replacement = detail({ id: 'cert-9', number: '85499 0000009 2026', issuedOn: '2026-03-05', replaces: { id: 'cert-1', number: '85499 0000001 2026' } });
    const { fake } = openAt('certificates/cert-1', {
      'certificates/get': (args) => ok((args as { certificateId: string }).certificateId === 'cert-9' ? replacement : detail(revokedOne)),
      'certificates/replace': () => {
        if (refuse) return fail('CERTIFICATE_REPLACE_NOT_COMPETENT', { number: '85499 0000001 2026', skNumber: 'SK/KOREKSI/2026' });
        return ok(replacement);
      },
    });
    // Nothing to revoke on a revoked certificate; its replacement is offered instead, starting from its own date.
    const date = (await screen.findByTestId('certificate-replace-date')) as HTMLInputElement;
    expect(screen.queryByTestId('certificate-revoke')).toBeNull();
    expect(date.value).toBe('02/03/2026');
    fireEvent.change(date, { target: { value: '05/03/2026' } });
    fireEvent.click(screen.getByTestId('certificate-replace-open'));
    expect(screen.getByTestId('certificate-replace-confirm').textContent).toContain('5 Mar 2026');
    expect(argsOf(fake.calls, 'certificates/replace')).toEqual([]);
    fireEvent.click(screen.getByTestId('certificate-replace-yes'));
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'Rapat pleno yang berlaku (SK SK/KOREKSI/2026) memutuskan asesi ini Belum Kompeten: sertifikat 85499 0000001 2026 tidak diganti.',
    );
    refuse = false;
    fireEvent.click(screen.getByTestId('certificate-replace-open'));
    fireEvent.click(screen.getByTestId('certificate-replace-yes'));
    await waitFor(() => expect(window.location.hash).toBe('#/certificates/cert-9'));
    expect(argsOf(fake.calls, 'certificates/replace').at(-1)).toEqual({ certificateId: 'cert-1', issuedOn: '2026-03-05' });
    const link = await screen.findByTestId('certificate-replaces');
    expect(link.textContent).toBe('85499 0000001 2026');
    expect(link.getAttribute('href')).toBe('#/certificates/cert-1');
    expect(screen.getByTestId('certificate-facts').textContent).toContain(id.certificateScreens.detail.replaces);
  });

  it('offers no replacement of one replaced already, which names its replacement; the register says which replaced which, in English too', async () => {
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ ...revokedOne, replacedBy: { id: 'cert-9', number: '85499 0000009 2026' } })) }, 'en');
    expect((await screen.findByTestId('certificate-replaced-by')).getAttribute('href')).toBe('#/certificates/cert-9');
    expect(screen.getByTestId('certificate-facts').textContent).toContain(en.certificateScreens.detail.replacedBy);
    expect(screen.queryByTestId('certificate-replace')).toBeNull();
    cleanup();
    openAt(
      'certificates',
      {
        'certificates/list': () =>
          page(
            [certificate(1, { ...revokedOne, replacedBy: { id: 'cert-9', number: '85499 0000009 2026' } }), certificate(9, { replaces: { id: 'cert-1', number: '85499 0000001 2026' } })],
            null,
            2,
          ),
      },
      'en',
    );
    await waitFor(() => expect(screen.getAllByTestId('certificate-row')).toHaveLength(2));
    const [old, fresh] = screen.getAllByTestId('certificate-row');
    expect(within(old).getByTestId('certificate-row-replaced-by').textContent).toBe('replaced by 85499 0000009 2026');
    expect(within(fresh).getByTestId('certificate-row-replaces').textContent).toBe('replaces 85499 0000001 2026');
  });
});
