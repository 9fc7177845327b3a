import { readFileSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { RegistryImportPreview } from '../../../../electron/shared/registry-import';
import { fail, ok } from '../../fake-transport';
import { argsOf, openAt } from './support';

const requests: string[] = [];

beforeEach(() => {
  requests.length = 0;
  // The room server's /files routes: an upload answers with its id, an export with its bytes.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests.push(url);
      if (url === '/files/upload') return new Response(JSON.stringify({ ok: true, result: { uploadId: 'up-1' } }));
      return new Response(new Blob(['xlsx']));
    }),
  );
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  // jsdom cannot follow the download link; the request for the file is what the tests check.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.location.hash = '';
});

const columns = [
  { key: 'name', header: 'Nama', column: 'B' },
  { key: 'nik', header: 'NIK', column: 'C' },
  { key: 'birthDate', header: 'Tanggal Lahir', column: 'D' },
];

const preview: RegistryImportPreview = {
  importId: 'imp-1',
  kind: 'candidates',
  sheet: 'Peserta',
  layout: 'template',
  header: { row: 3, columns, ignored: [] },
  counts: { add: 2, update: 1, unchanged: 4, refused: 2 },
  rows: [
    { row: 5, outcome: 'refused', values: { name: 'Ahmad', nik: '3273011708950000', birthDate: '17/08/1995' }, problems: [{ column: 'NIK', key: 'nik', code: 'nik_number_lost', params: {} }] },
    {
      row: 8,
      outcome: 'refused',
      values: { name: '', nik: '3273015708950007', birthDate: '31/02/1995' },
      problems: [
        { column: 'Nama', key: 'name', code: 'SHEET_REQUIRED', params: {} },
        { column: 'Tanggal Lahir', key: 'birthDate', code: 'SHEET_BAD_DATE', params: {} },
      ],
    },
    { row: 4, outcome: 'add', values: { name: 'Dewi', nik: '3273015708950001', birthDate: '17/08/1995' }, problems: [] },
    { row: 6, outcome: 'update', values: { name: 'Rina', nik: '3273015708950002', birthDate: '01/01/1990' }, problems: [], changes: ['name'] },
  ],
  rowsShown: 4,
  rowsNoted: 0,
  rowsTotal: 9,
  summaryRows: [],
  sha256: 'ab'.repeat(32),
  expiresAt: '2099-01-01T00:00:00.000Z',
};

function chooseFile() {
  const file = new File(['PK'], 'peserta.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
  fireEvent.click(screen.getByTestId('import-check'));
}

describe('registry import screen', () => {
  it('from the keyboard, each step takes the focus from the button it replaced: the preview, what was applied, the file again', async () => {
    openAt('candidates/import', {
      'registryImport/preview': () => ok(preview),
      'registryImport/apply': () => ok({ added: 2, updated: 1, unchanged: 4, refused: 2 }),
    });
    const file = new File(['PK'], 'peserta.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    fireEvent.change(await screen.findByTestId('import-file'), { target: { files: [file] } });
    const check = screen.getByTestId('import-check');
    check.focus();
    fireEvent.click(check);
    // "Periksa" went with the file's step, and the focus with it to the page: the preview's title has it.
    await screen.findByTestId('import-counts');
    expect(document.activeElement?.textContent).toBe(id.registryScreens.import.preview);
    const apply = screen.getByTestId('import-apply');
    apply.focus();
    fireEvent.click(apply);
    expect(await screen.findByTestId('import-done')).toBe(document.activeElement);
    const another = screen.getByTestId('import-discard');
    another.focus();
    fireEvent.click(another);
    expect(await screen.findByTestId('import-file')).toBe(document.activeElement);
  });

  it('previews a file: counts, every refused row with row, column, reason and its values, then applies it in one click', async () => {
    const { fake } = openAt('candidates/import', {
      'registryImport/preview': () => ok(preview),
      'registryImport/apply': () => ok({ added: 2, updated: 1, unchanged: 4, refused: 2 }),
      'registryImport/refusedRows': () => ok({ fileName: 'refused-peserta.xlsx', rows: 2 }),
    });
    await screen.findByTestId('import-screen');
    chooseFile();
    await screen.findByTestId('import-counts');
    expect(argsOf(fake.calls, 'registryImport/preview')).toEqual([{ kind: 'candidates', uploadId: 'up-1' }]);
    expect(screen.getByTestId('import-count-refused').textContent).toContain('2');
    expect(screen.getByTestId('import-count-add').textContent).toContain('2');
    // Nothing is written yet: the rows are to be added and updated, not added.
    expect(screen.getByTestId('import-count-add').textContent).toContain('Akan ditambahkan');
    expect(screen.getByTestId('import-count-update').textContent).toContain('Akan diperbarui');
    expect(screen.getByTestId('import-read').textContent).toBe('Lembar kerja: Peserta. Judul kolom ditemukan di baris 3. Kolom yang dibaca: Nama (B), NIK (C), Tanggal Lahir (D).');

    const refused = screen.getAllByTestId('import-refused-row');
    expect(refused.map((r) => r.dataset.row)).toEqual(['5', '8', '8']);
    expect(within(refused[0]).getByTestId('import-reason').textContent).toBe(id.registry.reasons.nik_number_lost);
    expect(refused[0].textContent).toContain('3273011708950000');
    expect(refused[0].textContent).toContain('NIK');
    expect(within(refused[1]).getByTestId('import-reason').textContent).toBe(id.errors.SHEET_REQUIRED);
    expect(within(refused[2]).getByTestId('import-reason').textContent).toBe(id.errors.SHEET_BAD_DATE);
    expect(screen.getAllByTestId('import-other-row').map((r) => r.dataset.outcome)).toEqual(['add', 'update']);
    expect(screen.getByTestId('import-others-title').textContent).toBe(id.registryScreens.import.othersTitle);
    expect(screen.getByTestId('import-screen').textContent).toContain('4 dari 9');
    expect(screen.queryByTestId('import-summary-skipped')).toBeNull();
    expect(screen.queryByTestId('import-ignored')).toBeNull();

    fireEvent.click(screen.getByTestId('import-download-refused'));
    await waitFor(() => expect(requests).toContain('/files/exports/refused-peserta.xlsx'));
    expect(argsOf(fake.calls, 'registryImport/refusedRows')).toEqual([{ importId: 'imp-1', language: 'id' }]);

    await waitFor(() => expect(screen.getByTestId('import-apply').getAttribute('aria-disabled')).toBeNull());
    expect(screen.getByTestId('import-apply').textContent).toBe('Terapkan (3 baris)');
    fireEvent.click(screen.getByTestId('import-apply'));
    expect((await screen.findByTestId('import-done')).textContent).toBe('Selesai: 2 ditambahkan, 1 diperbarui, 4 tidak berubah, 2 ditolak.');
    expect(argsOf(fake.calls, 'registryImport/apply')).toEqual([{ importId: 'imp-1' }]);
    expect(screen.queryByTestId('import-apply')).toBeNull();
    expect(screen.getByTestId('import-count-add').textContent).toContain(id.registryScreens.import.countsDone.add);
    expect(screen.getByTestId('import-count-add').textContent).not.toContain('Akan');
    // The records just written are one click away, not only through "back to the list" at the top.
    expect(screen.getByTestId('import-to-list').textContent).toBe(id.registryScreens.import.toList.candidates);
    expect(screen.getByTestId('import-to-list').getAttribute('href')).toBe('#/candidates');
    // Starting again does not discard an applied import.
    fireEvent.click(screen.getByTestId('import-discard'));
    await screen.findByTestId('import-file');
    expect(argsOf(fake.calls, 'registryImport/discard')).toEqual([]);
  });

  it('heads the rows "rows read", not "other rows", when none was refused', async () => {
    const clean = { ...preview, counts: { add: 1, update: 1, unchanged: 0, refused: 0 }, rows: preview.rows.filter((r) => r.outcome !== 'refused') };
    openAt('candidates/import', { 'registryImport/preview': () => ok(clean) });
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-others-title')).textContent).toBe(id.registryScreens.import.rowsTitle);
  });

  it('says which total or note rows below the data were skipped, in either language', async () => {
    openAt('candidates/import', { 'registryImport/preview': () => ok({ ...preview, summaryRows: [26] }) }, 'en');
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-summary-skipped')).textContent).toBe('1 summary row skipped (row 26): a total or note line below the data is not imported.');
  });

  it("puts a heads-up beside an assessor to be saved whose MET has expired, the day in the screen's language", async () => {
    const assessor = {
      row: 3,
      outcome: 'add' as const,
      values: { name: 'Rina Marlina', metNumber: 'MET-OLD-1', metExpiresOn: '30/08/2024' },
      problems: [],
      notes: [{ column: 'Masa Berlaku', key: 'metExpiresOn', code: 'met_expired' as const, params: { date: '2024-08-30' } }],
    };
    const columns = [
      { key: 'name', header: 'Nama', column: 'A' },
      { key: 'metNumber', header: 'No Reg MET', column: 'B' },
      { key: 'metExpiresOn', header: 'Masa Berlaku', column: 'C' },
    ];
    const listed = { ...preview, kind: 'assessors' as const, header: { row: 1, columns, ignored: [] }, counts: { add: 1, update: 0, unchanged: 0, refused: 0 }, rows: [assessor] };
    const { unmount } = openAt('assessors/import', { 'registryImport/preview': () => ok(listed) });
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-note')).textContent).toBe('MET sudah berakhir (30 Agu 2024): asesor ini tidak dapat ditugaskan ke sesi sampai MET diperbarui (barisnya tidak ditolak karena ini).');
    unmount();
    openAt('assessors/import', { 'registryImport/preview': () => ok(listed) }, 'en');
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-note')).textContent).toBe('MET expired (30 Aug 2024): this assessor cannot be assigned to a session until it is renewed (the row is not refused for it).');
  });

  it('flags a likely second record of someone under another NIK above the tables and on its row, naming the record or the row, in either language', async () => {
    const noted = {
      ...preview,
      counts: { add: 2, update: 0, unchanged: 0, refused: 0 },
      rowsNoted: 2,
      rows: [
        {
          row: 4,
          outcome: 'add' as const,
          values: { name: 'siti aminah', nik: '3273015708950009', birthDate: '17/08/1995' },
          problems: [],
          notes: [{ column: 'NIK', key: 'nik', code: 'likely_duplicate_record' as const, params: { name: 'Siti Aminah', nik: '3273015708950001', participantNo: '2025-0000001' } }],
        },
        {
          row: 6,
          outcome: 'add' as const,
          values: { name: 'Budi', nik: '3273011708950003', birthDate: '17/08/1995' },
          problems: [],
          notes: [{ column: 'NIK', key: 'nik', code: 'likely_duplicate_row' as const, params: { row: '9', nik: '3273011708950004' } }],
        },
      ],
    };
    const { unmount } = openAt('candidates/import', { 'registryImport/preview': () => ok(noted) });
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-noted')).textContent).toBe(
      '2 baris perlu dicek sebelum diterapkan: lihat catatannya di tabel di bawah. Baris itu tetap akan disimpan.',
    );
    expect(screen.getAllByTestId('import-note').map((n) => [n.dataset.code, n.textContent])).toEqual([
      [
        'likely_duplicate_record',
        'Mungkin orang yang sama dengan Siti Aminah (NIK 3273015708950001, no. peserta 2025-0000001) yang sudah terdaftar: nama dan tanggal lahir sama, NIK berbeda. Periksa NIK-nya; bila memang orang lain, biarkan (barisnya tidak ditolak karena ini).',
      ],
      [
        'likely_duplicate_row',
        'Mungkin orang yang sama dengan baris 9 (NIK 3273011708950004): nama dan tanggal lahir sama, NIK berbeda. Periksa NIK-nya; bila memang orang lain, biarkan (barisnya tidak ditolak karena ini).',
      ],
    ]);
    // Rows to add: Apply stays offered, the notes refuse nothing.
    expect(screen.getByTestId('import-apply').textContent).toBe('Terapkan (2 baris)');
    unmount();
    openAt('candidates/import', { 'registryImport/preview': () => ok({ ...noted, rowsNoted: 1, rows: [noted.rows[1]] }) }, 'en');
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-noted')).textContent).toBe('1 row to check before applying: see its note in the table below. It will be saved all the same.');
    expect(screen.getByTestId('import-note').textContent).toContain('Possibly the same person as row 9 (NIK 3273011708950004)');
  });

  it('says nothing of notes when no row has one', async () => {
    openAt('candidates/import', { 'registryImport/preview': () => ok(preview) });
    await screen.findByTestId('import-screen');
    chooseFile();
    await screen.findByTestId('import-counts');
    expect(screen.queryByTestId('import-noted')).toBeNull();
  });

  it("lists the columns read, and the preview's columns, as the file has them left to right", async () => {
    const scattered = [
      { key: 'no', header: 'No', column: 'A' },
      { key: 'name', header: 'Nama Peserta', column: 'C' },
      { key: 'nik', header: 'NIK', column: 'B' },
      { key: 'email', header: 'Email', column: 'AA' },
      { key: 'sex', header: 'L/P', column: 'D' },
    ];
    openAt('candidates/import', { 'registryImport/preview': () => ok({ ...preview, sheet: null, header: { row: 1, columns: scattered, ignored: [] } }) });
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-read')).textContent).toBe('Judul kolom ditemukan di baris 1. Kolom yang dibaca: No (A), NIK (B), Nama Peserta (C), L/P (D), Email (AA).');
    const headers = within(screen.getByTestId('import-others')).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.slice(2)).toEqual(['No', 'NIK', 'Nama Peserta', 'L/P', 'Email']);
  });

  it("says before a first import that the LSP's own lists and FR.APL.02 sheets are taken as they are", async () => {
    const { unmount } = openAt('schemes/import', {});
    expect((await screen.findByTestId('import-as-is')).textContent).toBe(id.registryScreens.import.asIs.schemes);
    expect(id.registryScreens.import.asIs.schemes).toContain('FR.APL.02');
    unmount();
    openAt('candidates/import', {}, 'en');
    expect((await screen.findByTestId('import-as-is')).textContent).toBe(en.registryScreens.import.asIs.candidates);
  });

  it('names the columns the file has that nothing reads, so a header the importer does not know is not lost in silence, in either language', async () => {
    const ignored = [
      { header: 'Keterangan', column: 'J' },
      { header: 'Tgl. Lahir (dd-mm-yyyy)', column: 'F' },
    ];
    const { unmount } = openAt('candidates/import', { 'registryImport/preview': () => ok({ ...preview, header: { ...preview.header, ignored } }) });
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-ignored')).textContent).toBe(
      'Kolom yang tidak dibaca, isinya tidak diimpor: Keterangan (J), Tgl. Lahir (dd-mm-yyyy) (F). Bila salah satunya seharusnya diimpor, ubah judul kolomnya seperti di templat, lalu periksa lagi.',
    );
    unmount();
    openAt('candidates/import', { 'registryImport/preview': () => ok({ ...preview, header: { ...preview.header, ignored } }) }, 'en');
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-ignored')).textContent).toBe(
      'Columns not read, whose contents are not imported: Keterangan (J), Tgl. Lahir (dd-mm-yyyy) (F). If one of them should be imported, rename its header as in the template, then check again.',
    );
  });

  it('shows each date to be saved with its month in words, the file\'s own text under it, in either language', async () => {
    const dated = {
      ...preview,
      counts: { add: 1, update: 0, unchanged: 0, refused: 0 },
      rows: [{ row: 4, outcome: 'add' as const, values: { name: 'Dewi', nik: '3273014506950001', birthDate: '05/08/1995' }, problems: [], dates: { birthDate: '1995-08-05' } }],
    };
    const { unmount } = openAt('candidates/import', { 'registryImport/preview': () => ok(dated) });
    await screen.findByTestId('import-screen');
    chooseFile();
    // Read day first: 5 August, which a list typed month first (May 8) is seen not to mean.
    expect((await screen.findByTestId('import-date')).textContent).toBe('5 Agu 199505/08/1995');
    expect(within(screen.getByTestId('import-date')).getByText('05/08/1995').className).toBe('cell-sub');
    unmount();
    openAt('candidates/import', { 'registryImport/preview': () => ok(dated) }, 'en');
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('import-date')).textContent).toBe('5 Aug 199505/08/1995');
  });

  for (const language of ['id', 'en'] as const) {
    it(`shows a refused row's date that was read as the other rows show theirs, and one that could not be read as written (${language})`, async () => {
      const refusedRows = {
        ...preview,
        counts: { add: 0, update: 0, unchanged: 0, refused: 2 },
        rows: [
          // Refused for its NIK; its birth date was read.
          { row: 5, outcome: 'refused' as const, values: { name: 'Ahmad', nik: '3273011708990000', birthDate: '17/08/1999' }, problems: [{ column: 'NIK', key: 'nik', code: 'nik_number_lost', params: {} }], dates: { birthDate: '1999-08-17' } },
          // Refused for its birth date, which names no day: no date read.
          { row: 8, outcome: 'refused' as const, values: { name: 'Budi', nik: '3273011708990001', birthDate: '31/02/1995' }, problems: [{ column: 'Tanggal Lahir', key: 'birthDate', code: 'SHEET_NO_SUCH_DAY', params: {} }] },
        ],
      };
      openAt('candidates/import', { 'registryImport/preview': () => ok(refusedRows) }, language);
      await screen.findByTestId('import-screen');
      chooseFile();
      const [read, unread] = await screen.findAllByTestId('import-refused-row');
      const birthCell = (tr: HTMLElement) => tr.querySelectorAll('td')[3 + columns.findIndex((c) => c.key === 'birthDate')];
      // Before, the refused row showed "17/08/1999" while an accepted row beside it showed "17 Agu 1999".
      expect(within(birthCell(read)).getByTestId('import-date').textContent).toBe(language === 'id' ? '17 Agu 199917/08/1999' : '17 Aug 199917/08/1999');
      expect(birthCell(unread).textContent).toBe('31/02/1995');
      expect(within(birthCell(unread)).queryByTestId('import-date')).toBeNull();
    });
  }

  it("fits a scheme's refused rows into the panel: row, column and reason first, the rest wrapping between words inside a scrolling frame", async () => {
    const scheme = { row: 22, outcome: 'refused' as const, values: { code: 'SKM-JWD-02', titleId: 'Junior Web Developer', skkni: 'SKKNI No. 282 Tahun 2016' }, problems: [{ column: 'KUK', key: 'kukId', code: 'IMPORT_ELEMENT_NO_KUK', params: { element: 1, unit: 'J.620100.010.01' }, row: 22 }] };
    openAt('schemes/import', { 'registryImport/preview': () => ok({ ...preview, kind: 'schemes', layout: 'apl02', header: { row: 0, columns: [], ignored: [] }, counts: { add: 0, update: 0, unchanged: 0, refused: 1 }, rows: [scheme] }) });
    await screen.findByTestId('import-screen');
    chooseFile();
    const table = await screen.findByTestId('import-refused');
    expect(table.parentElement?.className).toBe('table-wrap');
    expect(table.classList.contains('import-table--fit')).toBe(true);
    expect([...table.querySelectorAll('thead th')].slice(0, 3).map((th) => th.textContent)).toEqual(['Baris', 'Kolom', 'Alasan']);
    expect(screen.getByTestId('import-reason').textContent).toBe('Elemen 1 unit J.620100.010.01 tidak memiliki KUK. Isi No KUK dan KUK di baris ini (satu baris untuk setiap KUK), atau letakkan baris KUK "1.1. …" di bawah elemen.');
    // jsdom lays nothing out: the stylesheet is what lets headers and values wrap (at 1366 px the table measured
    // 1488 px in a 1100 px panel with every cell on one line, 1100 px with them wrapping).
    const css = readFileSync('renderer/src/styles/registry.css', 'utf8');
    expect(/\.import-table--fit th,\s*\.import-table--fit td\s*\{([^}]*)\}/.exec(css)?.[1]).toMatch(/white-space:\s*normal;/);
    expect(/\.import-table--fit thead th\s*\{([^}]*)\}/.exec(css)?.[1]).toMatch(/white-space:\s*normal;/);
  });

  it('a file refused as a whole says why in the chosen language, and nothing is previewed', async () => {
    openAt('assessors/import', { 'registryImport/preview': () => fail('SHEET_LEGACY_XLS') }, 'en');
    await screen.findByTestId('import-screen');
    chooseFile();
    expect((await screen.findByTestId('error-message')).textContent).toBe(en.errors.SHEET_LEGACY_XLS);
    expect(screen.queryByTestId('import-counts')).toBeNull();
  });

  it('downloads the template and the registry export in the UI language; cancelling a preview discards it', async () => {
    const { fake } = openAt(
      'schemes/import',
      {
        'registryImport/template': () => ok({ fileName: 'template-schemes.xlsx', rows: 0 }),
        'registryExport/sheet': () => ok({ fileName: 'schemes.xlsx', rows: 70 }),
        'registryImport/preview': () => ok({ ...preview, kind: 'schemes', counts: { add: 0, update: 0, unchanged: 1, refused: 0 }, rows: [] }),
        'registryImport/discard': () => ok({ discarded: true }),
      },
      'en',
    );
    fireEvent.click(await screen.findByTestId('import-template'));
    await waitFor(() => expect(requests).toContain('/files/exports/template-schemes.xlsx'));
    // One download at a time: the buttons wait while one runs.
    await waitFor(() => expect((screen.getByTestId('import-export') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('import-export'));
    await waitFor(() => expect(requests).toContain('/files/exports/schemes.xlsx'));
    expect(argsOf(fake.calls, 'registryImport/template')).toEqual([{ kind: 'schemes', language: 'en' }]);
    expect(argsOf(fake.calls, 'registryExport/sheet')).toEqual([{ kind: 'schemes', language: 'en' }]);

    chooseFile();
    expect(await screen.findByText(en.registryScreens.import.nothingToApply)).toBeTruthy();
    expect((screen.getByTestId('import-apply') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('import-discard'));
    await screen.findByTestId('import-file');
    expect(argsOf(fake.calls, 'registryImport/discard')).toEqual([{ importId: 'imp-1' }]);
  });

  it('a scheme is one preview row summed up (units, elements, KUK); its problem names the sheet row it is on', async () => {
    const schemes: RegistryImportPreview = {
      ...preview,
      kind: 'schemes',
      layout: 'template',
      header: { row: 1, columns: [{ key: 'code', header: 'Kode Skema', column: 'A' }, { key: 'kukId', header: 'KUK', column: 'O' }], ignored: [] },
      counts: { add: 1, update: 0, unchanged: 0, refused: 1 },
      rows: [
        {
          row: 10,
          outcome: 'refused',
          values: { code: 'SKM-B', titleId: 'Skema B', schemeKind: 'KKNI', level: '3', skkni: 'SKKNI 1', units: '1', elements: '1', kuk: '2' },
          problems: [{ column: 'KUK', key: 'kukId', code: 'SHEET_REQUIRED', params: {}, row: 12 }],
        },
        { row: 2, outcome: 'add', values: { code: 'SKM-A', titleId: 'Skema A', schemeKind: 'KKNI', level: '2', skkni: 'SKKNI 2', units: '8', elements: '25', kuk: '70' }, problems: [] },
      ],
    };
    openAt('schemes/import', { 'registryImport/preview': () => ok(schemes) });
    await screen.findByTestId('import-screen');
    chooseFile();
    const refused = await screen.findByTestId('import-refused-row');
    expect(refused.dataset.row).toBe('12');
    expect(refused.textContent).toContain('KUK');
    expect(refused.textContent).toContain('O');
    const others = screen.getByTestId('import-others');
    expect(within(others).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      id.registryScreens.import.row,
      id.registryScreens.import.outcome,
      id.registryScreens.schemes.code,
      id.registryScreens.schemes.titleId,
      id.registryScreens.schemes.kind,
      id.registryScreens.schemes.level,
      id.registryScreens.schemes.skkni,
      id.registryScreens.schemes.approvedOn,
      id.lsp.units,
      id.lsp.elements,
      id.lsp.kuk,
    ]);
    expect(screen.getByTestId('import-other-row').textContent).toContain('70');
    expect(screen.getByTestId('import-apply').textContent).toBe('Terapkan (1 skema)');
  });
});
