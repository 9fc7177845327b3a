import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateByNik } from '../../../electron/core/db/queries/registry-candidates';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
import { checksum } from '../../support/checksum';
import { exported, importFile, nik, preview, previewFailure, rowsFile, sheetValues, workbook } from './support';

const HEADER = ['No', 'Nama Lengkap', 'NIK', 'Tempat Lahir', 'Tanggal Lahir', 'L/P', 'Telepon', 'E-mail', 'Institusi'];

describe('candidate import', () => {
  it('reads a "Tempat, Tanggal Lahir" column as the place and date of birth, and refuses a wrong date on it', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await rowsFile(dir, 'ttl.xlsx', [
      ['No', 'Nama', 'NIK', 'Tempat/Tgl. Lahir', 'L/P'],
      [1, 'Siti Rahma', nik(1, 57), 'Kab. Bogor, 17 Agustus 1995', 'P'],
      [2, 'Budi Santoso', nik(2), 'Bandung, 31-02-1995', 'L'],
    ]);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(previewed.header.columns).toEqual(
      expect.arrayContaining([
        { key: 'birthPlace', header: 'Tempat Lahir', column: 'D' },
        { key: 'birthDate', header: 'Tanggal Lahir', column: 'D' },
      ]),
    );
    // In their place among the columns read, as the template orders them.
    expect(previewed.header.columns.map((c) => c.key)).toEqual(['no', 'name', 'nik', 'birthPlace', 'birthDate', 'sex']);
    expect(previewed.header.ignored).toEqual([]);
    expect(previewed.counts).toEqual({ add: 1, update: 0, unchanged: 0, refused: 1 });
    const refused = previewed.rows.find((r) => r.row === 3);
    expect(refused?.problems).toEqual([{ column: 'Tempat/Tgl. Lahir', key: 'birthDate', code: 'SHEET_NO_SUCH_DAY', params: {} }]);

    // The refused row comes back in the template's two columns, to be fixed there.
    const { fileName } = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'id' }, admin);
    const rows = await sheetValues(exported(core, fileName));
    expect(rows[0].slice(0, 6)).toEqual(['No', 'Nama Lengkap', 'NIK', 'Tempat Lahir', 'Tanggal Lahir', 'L/P']);
    expect(rows[1].slice(3, 5)).toEqual(['Bandung', '31-02-1995']);

    await call(core, 'registryImport/apply', { importId: previewed.importId }, admin);
    const lspId = core.db.prepare('SELECT id FROM lsp').pluck().get() as string;
    expect(candidateByNik(core.db, lspId, nik(1, 57))).toMatchObject({ birth_place: 'Kab. Bogor', birth_date: '1995-08-17' });
  });

  it("gives a refused row the days its date cells were read as, as an accepted row has them, and none for a cell that could not be read", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const file = await rowsFile(tempDir(), 'refused.xlsx', [
      HEADER,
      [1, 'Siti Rahma', nik(1, 57, 8, 99), 'Bandung', '17/08/1999', 'P', null, null, null],
      // Refused for its missing name; its birth date was read.
      [2, '', nik(2, 57, 8, 99), 'Bandung', '17/08/1999', 'P', null, null, null],
      // Refused for its birth date, which names no day.
      [3, 'Budi Santoso', nik(3), 'Bandung', '31/02/1995', 'L', null, null, null],
    ]);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(previewed.rows.map((r) => [r.row, r.outcome, r.dates])).toEqual([
      [3, 'refused', { birthDate: '1999-08-17' }],
      [4, 'refused', undefined],
      [2, 'add', { birthDate: '1999-08-17' }],
    ]);
  });

  it('reads a messy LSP list (title, blank rows, English and reordered headers, extra columns, dates in all forms) and applies it once', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await workbook(dir, 'peserta.xlsx', (wb) => {
      const ws = wb.addWorksheet('Daftar');
      ws.addRow(['DAFTAR PESERTA UJI KOMPETENSI']);
      ws.mergeCells('A1:H1');
      ws.addRow([]);
      ws.addRow(['Keterangan', 'EMAIL', 'Full Name', 'national id', 'date of birth', 'Gender', 'No', 'Phone']);
      ws.getColumn(4).numFmt = '@';
      ws.getColumn(8).numFmt = '@';
      ws.addRow(['baru', 'siti@contoh.co.id', 'Siti Rahma', nik(1, 57), '17/08/1995', 'Perempuan', null, '0812-3456-7890']);
      ws.addRow([null, null, 'Budi Santoso', nik(2, 1, 1, 0), '1 Januari 2000', 'L', null, null]);
      // An Excel date serial (34928 = 1995-08-17) as a number cell.
      ws.addRow([null, null, 'Ani Wijaya', nik(3, 57), 34928, 'P', null, null]);
      ws.addRow(['', '', '', '', '', '', '', '']);
      ws.addRow([]);
    });
    const before = checksum(core.db);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(checksum(core.db)).toBe(before);
    expect(previewed.counts).toEqual({ add: 3, update: 0, unchanged: 0, refused: 0 });
    expect(previewed.header.row).toBe(3);
    expect(previewed.header.columns).toEqual(
      expect.arrayContaining([
        { key: 'name', header: 'Full Name', column: 'C' },
        { key: 'nik', header: 'national id', column: 'D' },
        { key: 'phone', header: 'Phone', column: 'H' },
      ]),
    );
    // The extra column is named as not read, so a header the importer does not know is seen, not lost.
    expect(previewed.header.ignored).toEqual([{ header: 'Keterangan', column: 'A' }]);
    expect(previewed.rows.map((r) => [r.row, r.outcome])).toEqual([
      [4, 'add'],
      [5, 'add'],
      [6, 'add'],
    ]);
    expect(previewed.rows[0].values).toMatchObject({ name: 'Siti Rahma', nik: nik(1, 57), birthDate: '17/08/1995' });
    // The day each date cell was read as, so the screen can show it with the month in words.
    expect(previewed.rows.map((r) => r.dates)).toEqual([{ birthDate: '1995-08-17' }, { birthDate: '2000-01-01' }, { birthDate: '1995-08-17' }]);

    const applied = await call(core, 'registryImport/apply', { importId: previewed.importId }, admin);
    expect(applied).toEqual({ added: 3, updated: 0, unchanged: 0, refused: 0 });
    const lspId = core.db.prepare('SELECT id FROM lsp').pluck().get() as string;
    expect(candidateByNik(core.db, lspId, nik(1, 57))).toMatchObject({ name: 'Siti Rahma', birth_date: '1995-08-17', sex: 'P', phone: '081234567890', email: 'siti@contoh.co.id' });
    expect(candidateByNik(core.db, lspId, nik(2, 1, 1, 0))).toMatchObject({ birth_date: '2000-01-01', sex: 'L' });
    expect(candidateByNik(core.db, lspId, nik(3, 57))).toMatchObject({ birth_date: '1995-08-17' });

    // One audit entry for the file (its sha256 and counts), beside the registry's one entry naming every record written and its values.
    const audits = core.db
      .prepare("SELECT action, details FROM audit_log WHERE action IN ('registry.import', 'candidate.create', 'candidate.upsertMany') ORDER BY seq")
      .all() as { action: string; details: string }[];
    expect(audits.map((a) => a.action)).toEqual(['candidate.upsertMany', 'registry.import']);
    // The added records as a table: the field names once, then each record's id and values.
    const written = JSON.parse(audits[0].details) as { added: { fields: string[]; rows: unknown[][] }; updated: unknown[] };
    expect(written.updated).toEqual([]);
    expect(written.added.fields).toEqual(['id', 'name', 'nik', 'birthPlace', 'birthDate', 'sex', 'address', 'regencyCode', 'provinceCode', 'phone', 'email', 'educationCode', 'occupationCode', 'institution', 'photoSha256']);
    const records = written.added.rows.map((row) => Object.fromEntries(written.added.fields.map((f, i) => [f, row[i]])));
    expect(records.map((r) => [r.nik, r.name])).toEqual([
      [nik(1, 57), 'Siti Rahma'],
      [nik(2, 1, 1, 0), 'Budi Santoso'],
      [nik(3, 57), 'Ani Wijaya'],
    ]);
    expect(records[0]).toMatchObject({ birthDate: '1995-08-17', sex: 'P', phone: '081234567890', email: 'siti@contoh.co.id', institution: null });
    expect(records.map((r) => r.id)).toEqual([nik(1, 57), nik(2, 1, 1, 0), nik(3, 57)].map((n) => candidateByNik(core.db, lspId, n)?.id));
    expect(JSON.parse(audits[1].details)).toEqual({ kind: 'candidates', sha256: previewed.sha256, added: 3, updated: 0, unchanged: 0, refused: 0 });

    // The same file again: all unchanged, and applying it writes nothing at all.
    const again = await preview(core, admin, 'candidates', file);
    expect(again.counts).toEqual({ add: 0, update: 0, unchanged: 3, refused: 0 });
    const settled = checksum(core.db);
    expect(await call(core, 'registryImport/apply', { importId: again.importId }, admin)).toEqual({ added: 0, updated: 0, unchanged: 3, refused: 0 });
    expect(checksum(core.db)).toBe(settled);
  });

  it('updates a changed record, naming the changed columns, and leaves fields of absent columns alone', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    await importFile(core, admin, 'candidates', await rowsFile(dir, 'a.xlsx', [HEADER, [1, 'Siti Rahma', nik(1, 57), 'Bandung', '1995-08-17', 'P', '081234567890', 'siti@contoh.co.id', 'SMK 1']]));
    // No institution column here: the record keeps its institution.
    const changed = await rowsFile(dir, 'b.xlsx', [
      ['Nama', 'NIK', 'Telepon'],
      ['Siti Rahma', nik(1, 57), '081299998888'],
    ]);
    const previewed = await preview(core, admin, 'candidates', changed);
    expect(previewed.counts).toEqual({ add: 0, update: 1, unchanged: 0, refused: 0 });
    expect(previewed.rows[0].changes).toEqual(['phone']);
    await call(core, 'registryImport/apply', { importId: previewed.importId }, admin);
    const lspId = core.db.prepare('SELECT id FROM lsp').pluck().get() as string;
    expect(candidateByNik(core.db, lspId, nik(1, 57))).toMatchObject({ phone: '081299998888', institution: 'SMK 1', email: 'siti@contoh.co.id', birth_place: 'Bandung' });
    // The registry's audit entry names the record and only what changed, before and after.
    const audited = core.db.prepare("SELECT details FROM audit_log WHERE action = 'candidate.upsertMany' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audited)).toEqual({
      added: { fields: expect.arrayContaining(['id', 'phone']), rows: [] },
      updated: [{ id: candidateByNik(core.db, lspId, nik(1, 57))?.id, before: { phone: '081234567890' }, after: { phone: '081299998888' } }],
    });
  });

  it('refuses a NIK stored as a number, bad cells and duplicates within the file, row by row, and writes the refused rows with reasons', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await rowsFile(dir, 'messy.xlsx', [
      HEADER,
      [1, 'Siti Rahma', nik(1, 57), 'Bandung', '17/08/1995', 'P', '081234567890', 'siti@contoh.co.id', null],
      // Typed as a number, Excel kept 15 significant digits of 3273011708950001: the 16th is lost.
      [2, 'Budi Santoso', 3273011708950000, 'Bandung', '17/08/1995', 'L', null, 'bukan-email', null],
      [3, 'Siti Rahma (lagi)', nik(1, 57), 'Bandung', '17/08/1995', 'P', null, null, null],
      [4, 'Ani', nik(4), 'Bandung', '31/02/1995', 'X', null, null, null],
      [5, '', '1234', null, null, null, null, null, null],
    ]);
    const before = checksum(core.db);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(checksum(core.db)).toBe(before);
    expect(previewed.counts).toEqual({ add: 0, update: 0, unchanged: 0, refused: 5 });
    const byRow = new Map(previewed.rows.map((r) => [r.row, r]));
    expect(previewed.rows.every((r) => r.outcome === 'refused')).toBe(true);
    // Both rows of the NIK that appears twice, each naming the other.
    expect(byRow.get(2)?.problems).toEqual([{ column: 'NIK', key: 'nik', code: 'IMPORT_DUPLICATE_KEY', params: { rows: '4' } }]);
    expect(byRow.get(3)?.problems).toEqual([
      { column: 'NIK', key: 'nik', code: 'SHEET_NUMBER_NOT_TEXT', params: {} },
      { column: 'E-mail', key: 'email', code: 'SHEET_BAD_EMAIL', params: {} },
    ]);
    expect(byRow.get(3)?.values.nik).toBe('3273011708950000');
    expect(byRow.get(4)?.problems).toEqual([{ column: 'NIK', key: 'nik', code: 'IMPORT_DUPLICATE_KEY', params: { rows: '2' } }]);
    expect(byRow.get(5)?.problems.map((p) => [p.key, p.code])).toEqual([
      ['birthDate', 'SHEET_NO_SUCH_DAY'],
      ['sex', 'SHEET_BAD_CHOICE'],
    ]);
    // The row's other fields are checked too, so every problem shows at once.
    expect(byRow.get(6)?.problems.map((p) => [p.key, p.code])).toEqual([
      ['name', 'SHEET_REQUIRED'],
      ['nik', 'nik_length'],
    ]);

    const { fileName } = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'en' }, admin);
    // Named in the language asked for, as its sheet and reasons are.
    expect(fileName).toMatch(/^candidates-refused-[0-9a-f]{8}\.xlsx$/);
    const rows = await sheetValues(exported(core, fileName));
    // The file's own columns (no Alamat: the file has none), in the template's order.
    expect(rows[0]).toEqual(['No', 'Nama Lengkap', 'NIK', 'Tempat Lahir', 'Tanggal Lahir', 'L/P', 'Telepon', 'E-mail', 'Institusi', 'Reason Refused']);
    expect(rows).toHaveLength(6);
    expect(String(rows[1][rows[0].length - 1])).toMatch(/^Row 2 of the imported file\. NIK: The same value is also in row 4 of the imported file/);
    const reason = String(rows[2][rows[0].length - 1]);
    expect(reason).toContain('NIK: Stored as a number');
    expect(reason).toContain('Format the column as Text');
    expect(String(rows[3][rows[0].length - 1])).toMatch(/^Row 4 of the imported file\. NIK: The same value is also in row 2 of the imported file/);
    const indonesian = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'id' }, admin);
    expect((await sheetValues(exported(core, indonesian.fileName)))[0]).toContain('Alasan Ditolak');
    expect(indonesian.fileName).toMatch(/^asesi-ditolak-[0-9a-f]{8}\.xlsx$/);

    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 0, updated: 0, unchanged: 0, refused: 5 });
  });

  it('skips a total or note line below the data and says so, but refuses a person missing a field, and such a line between people', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await rowsFile(dir, 'footer.xlsx', [
      HEADER,
      [1, 'Siti Rahma', nik(1, 57), 'Bandung', '17/08/1995', 'P', null, null, null],
      // A line like a total between people is not below the data: refused as before, not skipped.
      [null, 'Jumlah kelas A: 1 orang', null, null, null, null, null, null, null],
      [2, 'Budi Santoso', nik(2), 'Bandung', '17/08/1995', 'L', null, null, null],
      // The last person, missing the NIK only: two cells filled as a footer has, but a person; refused.
      [3, 'Ani Wijaya', null, null, null, null, null, null, null],
      [],
      [null, 'Jumlah: 3 orang', null, null, null, null, null, null, null],
      ['Catatan: data per 1 Desember', null, null, null, null, null, null, null, null],
      [21, null, null, null, null, null, null, null, null],
    ]);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(previewed.summaryRows).toEqual([7, 8, 9]);
    expect(previewed.counts).toEqual({ add: 2, update: 0, unchanged: 0, refused: 2 });
    expect(previewed.rows.filter((r) => r.outcome === 'refused').map((r) => [r.row, r.problems.map((p) => [p.key, p.code])])).toEqual([
      [3, [['nik', 'SHEET_REQUIRED']]],
      [5, [['nik', 'SHEET_REQUIRED']]],
    ]);
    const { rows } = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'id' }, admin);
    expect(rows).toBe(2);
  });

  it('takes a .csv as Excel writes it on Indonesian Windows (semicolons, a byte-order mark)', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const file = path.join(tempDir(), 'peserta.csv');
    fs.writeFileSync(file, `\uFEFFNo;Nama Lengkap;NIK;Tanggal Lahir;L/P\r\n1;Siti Rahma;${nik(1, 57)};17/08/1995;P\r\n2;"Budi; Santoso";${nik(2)};17 Agustus 1995;L\r\n`);
    const { previewed, applied } = await importFile(core, admin, 'candidates', file);
    expect(previewed.counts).toEqual({ add: 2, update: 0, unchanged: 0, refused: 0 });
    expect(previewed.rows[1].values.name).toBe('Budi; Santoso');
    expect(applied.added).toBe(2);
  });

  it('round-trips: the exported registry imports as unchanged, and the template reads as an empty sheet', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    await importFile(core, admin, 'candidates', await rowsFile(dir, 'a.xlsx', [
      [...HEADER, 'Alamat', 'Kode Provinsi', 'Kode Kabupaten/Kota'],
      [1, 'Siti Rahma', nik(1, 57), 'Bandung', '1995-08-17', 'P', '081234567890', 'siti@contoh.co.id', 'SMK 1', 'Jl. Merdeka 1\nBandung', '32', '3273'],
    ]));
    const { fileName, rows } = await call(core, 'registryExport/sheet', { kind: 'candidates' }, admin);
    const total = core.db.prepare('SELECT count(*) FROM candidate').pluck().get() as number;
    expect(rows).toBe(total);
    const values = await sheetValues(exported(core, fileName));
    expect(values).toHaveLength(total + 1);
    // Dates leave day first, as staff write them (and come back unchanged below).
    const birthColumn = values[0].indexOf('Tanggal Lahir');
    expect(values.find((row) => row.includes(nik(1, 57)))?.[birthColumn]).toBe('17/08/1995');
    const before = checksum(core.db);
    const back = await preview(core, admin, 'candidates', exported(core, fileName));
    expect(back.counts).toEqual({ add: 0, update: 0, unchanged: total, refused: 0 });
    await call(core, 'registryImport/apply', { importId: back.importId }, admin);
    expect(checksum(core.db)).toBe(before);

    const template = await call(core, 'registryImport/template', { kind: 'candidates', language: 'en' }, admin);
    const header = (await sheetValues(exported(core, template.fileName)))[0];
    expect(header.slice(0, 3)).toEqual(['No', 'Nama Lengkap', 'NIK']);
    expect((await sheetValues(exported(core, template.fileName), 'Instructions')).length).toBeGreaterThan(3);
    // Imported as it comes, the template is an empty sheet: its header is found and no row follows.
    expect((await previewFailure(core, admin, 'candidates', exported(core, template.fileName))).code).toBe('SHEET_EMPTY');
  });
});
