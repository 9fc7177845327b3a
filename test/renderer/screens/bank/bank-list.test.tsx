import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BankItemSummary } from '../../../../electron/shared/bank';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { Page } from '../../../../electron/shared/registry';
import { ok } from '../../fake-transport';
import { EMPTY_LSP } from '../lsp-admin/fixtures';
import { argsOf, openAt } from '../registry/support';
import { scheme, schemes, summary } from './support';

const page = (from: number, count: number, next: string | null, total: number | null): Page<BankItemSummary> => ({
  rows: Array.from({ length: count }, (_, i) => summary(from + i)),
  total,
  totalAtLeast: null,
  nextCursor: next,
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.location.hash = '';
});

/** Downloads as the screen makes them (downloadExport): the URLs fetched. */
function stubDownloads(): string[] {
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.push(url);
      return new Response('x', { status: 200 });
    }),
  );
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return requests;
}

describe('question bank list', () => {
  it('starts with a scheme picker that opens the chosen version’s bank', async () => {
    openAt('bank', { 'schemes/list': () => ok(schemes) });
    const picker = await screen.findByTestId('bank-scheme');
    expect(within(picker).getByRole('option', { name: 'SKM-JWP versi 2 — Junior Web Programmer' })).toBeTruthy();
    fireEvent.change(picker, { target: { value: 's-1' } });
    expect(window.location.hash).toBe('#/bank/s-1');
  });

  it('is reached from the LSP admin’s home', async () => {
    openAt('', { 'lsp/overview': () => ok({ ...EMPTY_LSP, lsp: { id: 'lsp-1', name: 'LSP Informatika', code: 'LSP-01' } }) });
    expect((await screen.findByTestId('link-bank')).getAttribute('href')).toBe('#/bank');
  });

  it('shows a page of entries, appends the next on "Muat lagi" with the cursor, and stops at the last', async () => {
    const { fake } = openAt('bank/s-1', {
      'schemes/list': () => ok(schemes),
      'schemes/get': () => ok(scheme),
      'bank/list': (args) => ok((args as { cursor?: string | null }).cursor ? page(51, 10, null, null) : page(1, 50, 'c-2', 60)),
    });
    await waitFor(() => expect(screen.getAllByTestId('bank-row')).toHaveLength(50));
    const first = screen.getAllByTestId('bank-row')[0];
    expect(within(first).getByRole('link', { name: 'PG-01' }).getAttribute('href')).toBe('#/bank-item/i-1');
    expect(first.textContent).toContain('Soal nomor 1');
    expect(first.textContent).toContain('J.620100.004.02 1.1');
    expect(first.textContent).toContain(id.bankScreens.status.draft);
    expect(screen.getByTestId('list-count').textContent).toBe('Menampilkan 50 dari 60 data.');
    fireEvent.click(screen.getByTestId('list-more'));
    await waitFor(() => expect(screen.getAllByTestId('bank-row')).toHaveLength(60));
    expect(screen.queryByTestId('list-more')).toBeNull();
    expect(argsOf(fake.calls, 'bank/list').map((a) => (a as { cursor: unknown }).cursor)).toEqual([null, 'c-2']);
  });

  it('filters by unit, KUK of that unit, kind, status, missing English and text, from the first page again', async () => {
    const { fake } = openAt('bank/s-1', { 'schemes/list': () => ok(schemes), 'schemes/get': () => ok(scheme), 'bank/list': () => ok(page(1, 2, null, 2)) });
    await waitFor(() => expect(screen.getAllByTestId('bank-row')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('filter-unit'), { target: { value: 'u-1' } });
    // Only the chosen unit's KUK are offered.
    const kukOptions = within(screen.getByTestId('filter-kuk')).getAllByRole('option').map((o) => o.textContent);
    expect(kukOptions).toEqual([id.bankScreens.list.all, 'J.620100.004.02 1.1', 'J.620100.004.02 1.2']);
    fireEvent.change(screen.getByTestId('filter-kuk'), { target: { value: 'k-2' } });
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'essay' } });
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'approved' } });
    fireEvent.click(screen.getByTestId('filter-missing-english'));
    fireEvent.change(screen.getByTestId('list-search'), { target: { value: ' tipe data ' } });
    await waitFor(() => expect(argsOf(fake.calls, 'bank/list')).toHaveLength(2));
    expect(argsOf(fake.calls, 'bank/list')[1]).toEqual({
      schemeId: 's-1',
      search: 'tipe data',
      unitId: 'u-1',
      kukId: 'k-2',
      kind: 'essay',
      status: 'approved',
      missingEnglish: true,
      cursor: null,
    });
  });

  it('says the bank is empty, and in English when the screen is', async () => {
    openAt('bank/s-1', { 'schemes/list': () => ok(schemes), 'schemes/get': () => ok(scheme), 'bank/list': () => ok(page(1, 0, null, 0)) }, 'en');
    expect((await screen.findByTestId('list-empty')).textContent).toBe(en.bankScreens.list.empty);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Question bank SKM-JWP v2');
    expect(screen.getByTestId('bank-nav-coverage').getAttribute('href')).toBe('#/bank-coverage/s-1');
  });

  it('exports the version’s questions to Excel in the screen’s language, and says what the template could not carry', async () => {
    const requests = stubDownloads();
    const file = { fileName: 'bank-soal-ekspor-1a2b3c4d.xlsx', questions: 12, drafts: 2, withoutImages: 3, otherKinds: 1, otherUnitKuk: 0, repeated: 0 };
    const { fake } = openAt('bank/s-1', { 'schemes/list': () => ok(schemes), 'schemes/get': () => ok(scheme), 'bank/list': () => ok(page(1, 2, null, 2)), 'bank/export': () => ok(file) });
    fireEvent.click(await screen.findByTestId('bank-export'));
    const done = await screen.findByTestId('bank-exported');
    expect(requests).toContain('/files/exports/bank-soal-ekspor-1a2b3c4d.xlsx');
    expect(argsOf(fake.calls, 'bank/export')).toEqual([{ schemeId: 's-1', language: 'id' }]);
    expect(done.textContent).toContain('12 soal diunduh dalam tata letak templat Excel; mengimpornya kembali ke versi ini tidak mengubah apa pun. Templat tidak memuat status: 2 di antaranya masih draf');
    expect(screen.getByTestId('bank-exported-images').textContent).toBe(
      'Gambar tidak ikut: 3 soal bergambar ditulis tanpa gambarnya (templat Excel tidak dapat memuat gambar; gambarnya tetap di bank soal).',
    );
    expect(done.textContent).toContain('Tidak ikut: 1 soal lisan atau pertanyaan pendukung');
    expect(done.textContent).not.toContain('KUK unit kedua');
  });

  it('says in English what an export left out when the screen is in English', async () => {
    stubDownloads();
    const file = { fileName: 'bank-soal-ekspor-1a2b3c4d.xlsx', questions: 1, drafts: 0, withoutImages: 1, otherKinds: 0, otherUnitKuk: 2, repeated: 1 };
    const { fake } = openAt('bank/s-1', { 'schemes/list': () => ok(schemes), 'schemes/get': () => ok(scheme), 'bank/list': () => ok(page(1, 1, null, 1)), 'bank/export': () => ok(file) }, 'en');
    fireEvent.click(await screen.findByTestId('bank-export'));
    const done = await screen.findByTestId('bank-exported');
    expect(argsOf(fake.calls, 'bank/export')).toEqual([{ schemeId: 's-1', language: 'en' }]);
    expect(done.textContent).toContain('1 question downloaded in the Excel template’s layout; importing it back into this version changes nothing. All of them are approved.');
    expect(done.textContent).toContain('Pictures left out: 1 question with pictures is written without them');
    expect(done.textContent).toContain('KUK of a second unit left out: 2 questions map KUK of more than one unit');
    expect(screen.getByTestId('bank-exported-repeated').textContent).toMatch(/^Written once: 1 question reads in the template exactly as another/);
  });
});
