import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
import { checksum } from '../../support/checksum';
import { exported, importFile, preview, rowsFile, sheetValues, workbook } from './support';

/**
 * An FR.APL.02 (asesmen mandiri) sheet as LSPs lay it out: a merged heading, the scheme's title and
 * number as label rows, then per unit a "Unit Kompetensi NN" row whose title ends in the unit code (or
 * "Kode Unit : …" / "Judul Unit : …" rows), the question row with its K / BK boxes, element rows
 * "1 / Elemen: …", a "Kriteria Unjuk Kerja:" caption and KUK rows "1.1. …" beside empty boxes.
 */
function apl02(ws: ExcelJS.Worksheet, opts: { kind?: string; secondUnitLabels?: boolean } = {}): void {
  ws.addRow(['FR.APL.02. ASESMEN MANDIRI']);
  ws.mergeCells('A1:E1');
  ws.addRow([]);
  ws.addRow(['Skema Sertifikasi (KKNI/Okupasi/Klaster)', 'Judul', ':', 'Junior Web Programmer']);
  ws.addRow([null, 'Nomor', ':', 'SKM-JWP-01']);
  if (opts.kind) ws.addRow(['Jenis Skema : ' + opts.kind]);
  ws.addRow(['Standar Kompetensi', ':', 'SKKNI No. 282 Tahun 2016']);
  ws.addRow(['Tanggal Pengesahan', ':', '17/08/2022']);
  ws.addRow([]);
  ws.addRow(['Unit Kompetensi 01', 'Menggunakan Struktur Data (J.620100.004.02)']);
  ws.mergeCells(`B${ws.rowCount}:E${ws.rowCount}`);
  ws.addRow(['Dapatkah Saya ...?', 'K', 'BK', 'Bukti yang relevan']);
  ws.addRow(['1 / Elemen: Mengidentifikasi konsep data dan struktur data']);
  ws.addRow(['Kriteria Unjuk Kerja:']);
  ws.addRow(['1.1. Konsep data dan struktur data diidentifikasi sesuai dengan konteks permasalahan', '☐', '☐', '']);
  ws.addRow(['1.2. Alternatif struktur data dibandingkan kelebihan dan kekurangannya', '☐', '☐', '']);
  ws.addRow(['2 / Elemen: Menetapkan struktur data']);
  ws.addRow(['2.1.', 'Struktur data diimplementasikan sesuai dengan bahasa pemrograman yang akan dipergunakan', '☐', '☐']);
  if (opts.secondUnitLabels) {
    ws.addRow(['Unit Kompetensi 02', 'Kode Unit', ':', 'J.620100.005.02']);
    ws.addRow([null, 'Judul Unit', ':', 'Mengimplementasikan User Interface']);
  } else {
    ws.addRow(['Unit Kompetensi 02 : Mengimplementasikan User Interface (J.620100.005.02)']);
  }
  ws.addRow(['1 / Elemen: Mengidentifikasi rancangan user interface']);
  ws.addRow(['1.1. Rancangan user interface diidentifikasi sesuai kebutuhan']);
  ws.addRow([]);
  ws.addRow(['Nama Asesi:', null, 'Tanggal:']);
}

describe('scheme import', () => {
  it("reads an LSP's FR.APL.02 sheet as it is, and applies it once", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await workbook(dir, 'apl02.xlsx', (wb) => apl02(wb.addWorksheet('APL 02'), { kind: 'KKNI', secondUnitLabels: true }));
    const before = checksum(core.db);
    const previewed = await preview(core, admin, 'schemes', file);
    expect(checksum(core.db)).toBe(before);
    expect(previewed).toMatchObject({ layout: 'apl02', counts: { add: 1, update: 0, unchanged: 0, refused: 0 } });
    expect(previewed.rows[0].values).toMatchObject({ code: 'SKM-JWP-01', titleId: 'Junior Web Programmer', skkni: 'SKKNI No. 282 Tahun 2016', approvedOn: '17/08/2022', units: '2', elements: '3', kuk: '4' });
    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 1, updated: 0, unchanged: 0, refused: 0 });
    const id = core.db.prepare("SELECT id FROM scheme WHERE code = 'SKM-JWP-01'").pluck().get() as string;
    const scheme = await call(core, 'schemes/get', { schemeId: id }, admin);
    expect(scheme).toMatchObject({ kind: 'kkni', titleId: 'Junior Web Programmer' });
    expect(scheme.units.map((u) => [u.code, u.titleId, u.elements.map((e) => [e.titleId, e.kuk.map((k) => `${k.number} ${k.textId}`)])])).toEqual([
      [
        'J.620100.004.02',
        'Menggunakan Struktur Data',
        [
          ['Mengidentifikasi konsep data dan struktur data', ['1.1 Konsep data dan struktur data diidentifikasi sesuai dengan konteks permasalahan', '1.2 Alternatif struktur data dibandingkan kelebihan dan kekurangannya']],
          ['Menetapkan struktur data', ['2.1 Struktur data diimplementasikan sesuai dengan bahasa pemrograman yang akan dipergunakan']],
        ],
      ],
      ['J.620100.005.02', 'Mengimplementasikan User Interface', [['Mengidentifikasi rancangan user interface', ['1.1 Rancangan user interface diidentifikasi sesuai kebutuhan']]]],
    ]);
    // The other way of writing unit 02 reads the same: the same file again is unchanged.
    const again = await preview(core, admin, 'schemes', await workbook(dir, 'apl02-b.xlsx', (wb) => apl02(wb.addWorksheet('APL 02'))));
    expect(again.counts).toEqual({ add: 0, update: 0, unchanged: 1, refused: 0 });
    // A KUK reworded: an update of the tree, the scheme's own fields alike.
    const reworded = await workbook(dir, 'apl02-c.xlsx', (wb) => {
      const ws = wb.addWorksheet('APL 02');
      apl02(ws);
      ws.getCell('A13').value = '1.2. Alternatif struktur data dibandingkan';
    });
    const changed = await preview(core, admin, 'schemes', reworded);
    expect(changed.rows.map((r) => [r.outcome, r.changes])).toEqual([['update', ['units']]]);
  });

  it('refuses an FR.APL.02 scheme whose kind nothing says, with the rows to fix', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const previewed = await preview(core, admin, 'schemes', await workbook(dir, 'apl02.xlsx', (wb) => apl02(wb.addWorksheet('APL 02'))));
    expect(previewed.counts.refused).toBe(1);
    // Not "Required." beside a column the sheet does not have: the label row to add, or where else to give it.
    expect(previewed.rows[0].problems).toEqual([
      { column: 'Jenis Skema', key: 'schemeKind', code: 'IMPORT_APL02_MISSING', params: { label: 'Jenis Skema', example: 'Jenis Skema : Okupasi' }, row: 4 },
    ]);
    const { fileName, rows } = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'en' }, admin);
    expect(rows).toBe(4);
    const values = await sheetValues(exported(core, fileName));
    expect(values[0].slice(0, 2)).toEqual(['Kode Skema', 'Judul Skema']);
    expect(values[1].at(-1)).toBe(
      'row 4, Jenis Skema: This FR.APL.02 sheet does not give the Jenis Skema. Add a row "Jenis Skema : Okupasi" above the first unit, or fill in the Jenis Skema column of the refused-rows file and import that.',
    );
  });

  it('reads an element and its KUK written in one cell, a line each, as those rows', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await workbook(dir, 'apl02.xlsx', (wb) => {
      const ws = wb.addWorksheet('APL 02');
      apl02(ws, { kind: 'KKNI' });
      // A third unit whose element, caption and KUK (one wrapped by hand) share one cell, as LSP sheets often do.
      ws.addRow(['Unit Kompetensi 03', 'Menerapkan Perintah Eksekusi Bahasa Pemrograman (J.620100.010.01)']);
      ws.addRow(['1. Elemen: Mengidentifikasi mekanisme running\nKriteria Unjuk Kerja:\n1.1. Cara dan tools untuk mengeksekusi\nsource code diidentifikasi\n1.2. Parameter diidentifikasi', '☐', '☐']);
      ws.addRow(['2. Elemen: Mengeksekusi source code']);
      ws.addRow(['2.1. Source code dieksekusi']);
    });
    const previewed = await preview(core, admin, 'schemes', file);
    expect(previewed.counts).toMatchObject({ add: 1, refused: 0 });
    expect(previewed.rows[0].values).toMatchObject({ units: '3', elements: '5', kuk: '7' });
    await call(core, 'registryImport/apply', { importId: previewed.importId }, admin);
    const id = core.db.prepare("SELECT id FROM scheme WHERE code = 'SKM-JWP-01'").pluck().get() as string;
    const unit = (await call(core, 'schemes/get', { schemeId: id }, admin)).units[2];
    expect(unit.elements.map((e) => [e.titleId, e.kuk.map((k) => `${k.number} ${k.textId}`)])).toEqual([
      ['Mengidentifikasi mekanisme running', ['1.1 Cara dan tools untuk mengeksekusi source code diidentifikasi', '1.2 Parameter diidentifikasi']],
      ['Mengeksekusi source code', ['2.1 Source code dieksekusi']],
    ]);
  });

  it('names an element without KUK, on its row, and keeps it in the refused-rows file so that file is refused again until filled', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await workbook(dir, 'apl02.xlsx', (wb) => {
      const ws = wb.addWorksheet('APL 02');
      apl02(ws, { kind: 'KKNI' });
      ws.addRow(['Unit Kompetensi 03', 'Menerapkan Perintah Eksekusi (J.620100.010.01)']);
      // One cell that cannot be split unambiguously (no line starts a KUK): the element has no KUK.
      ws.addRow(['1. Elemen: Mengidentifikasi mekanisme running Kriteria Unjuk Kerja: 1.1 Cara diidentifikasi']);
      ws.addRow(['2. Elemen: Mengeksekusi source code']);
      ws.addRow(['2.1. Source code dieksekusi']);
    });
    const previewed = await preview(core, admin, 'schemes', file);
    expect(previewed.counts.refused).toBe(1);
    expect(previewed.rows[0].problems).toEqual([
      { column: 'KUK', key: 'kukId', code: 'IMPORT_ELEMENT_NO_KUK', params: { element: 1, unit: 'J.620100.010.01' }, row: 23 },
    ]);
    const { fileName, rows } = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'en' }, admin);
    // Every KUK, and the element without one, on a row of its own: nothing of the scheme is lost.
    expect(rows).toBe(6);
    const values = await sheetValues(exported(core, fileName));
    const element = values.find((v) => v[11] === 'Mengidentifikasi mekanisme running Kriteria Unjuk Kerja: 1.1 Cara diidentifikasi');
    expect(element?.slice(7, 16)).toEqual(['J.620100.010.01', 'Menerapkan Perintah Eksekusi', undefined, '1', element?.[11], undefined, undefined, undefined, undefined]);
    expect(element?.at(-1)).toBe('row 23, KUK: Element 1 of unit J.620100.010.01 has no KUK. Fill in the KUK number and KUK on this row (one row per KUK), or put KUK rows "1.1. …" under the element.');
    // Re-imported unchanged, the scheme is refused again (not applied without the element).
    const again = await preview(core, admin, 'schemes', exported(core, fileName));
    expect(again.counts).toEqual({ add: 0, update: 0, unchanged: 0, refused: 1 });
    expect(again.rows[0].problems).toContainEqual({ column: 'KUK', key: 'kukId', code: 'SHEET_REQUIRED', params: {}, row: 6 });
  });

  it('refuses at preview, on its row, a scheme whose file drops a KUK a question uses, and applies the other schemes', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const head = ['Kode Skema', 'Judul Skema', 'Jenis Skema', 'Jenjang KKNI', 'Standar Kompetensi', 'Kode Unit', 'Judul Unit', 'Elemen', 'No KUK', 'KUK'];
    const first = ['SKM-01', 'Operator Komputer', 'KKNI', 2, 'SKKNI 2020', 'J.620100.001.01', 'Mengoperasikan komputer', 'Menyalakan komputer', '1.1', 'Komputer dinyalakan'];
    const second = ['SKM-02', 'Operator Jaringan', 'Okupasi', null, 'SKKNI 2021', 'J.620100.002.01', 'Memasang kabel', 'Memasang', '1.1', 'Kabel dipasang'];
    const both = await rowsFile(dir, 'both.xlsx', [head, first, [null, null, null, null, null, null, null, null, '1.2', 'Layar diperiksa'], second]);
    expect((await importFile(core, admin, 'schemes', both)).applied).toEqual({ added: 2, updated: 0, unchanged: 0, refused: 0 });
    const schemeId = core.db.prepare("SELECT id FROM scheme WHERE code = 'SKM-01'").pluck().get() as string;
    const kuk = (number: string) =>
      core.db.prepare('SELECT k.id FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = ? AND k.number = ?').pluck().get(schemeId, number) as string;
    const question = {
      kind: 'multiple_choice' as const,
      ref: null,
      kukIds: [kuk('1.2')],
      dimensions: ['TS' as const],
      prompt: { id: 'Sebelum bekerja, layar diperiksa untuk ...', en: null },
      expected: null,
      guide: null,
      scoring: 'yes_no' as const,
      options: [
        { text: { id: 'Melihat tampilan', en: null }, correct: true },
        { text: { id: 'Mematikan komputer', en: null }, correct: false },
      ],
      optionsInOrder: false,
      tags: [],
    };
    await call(core, 'bank/save', { schemeId, itemId: null, item: question }, admin);

    // The LSP's sheet again, KUK 1.2 of SKM-01 left out and SKM-02's title changed.
    const edited = await rowsFile(dir, 'edited.xlsx', [head, first, [...second.slice(0, 1), 'Operator Jaringan Komputer', ...second.slice(2)]]);
    const before = checksum(core.db);
    const previewed = await preview(core, admin, 'schemes', edited);
    expect(previewed.counts).toEqual({ add: 0, update: 1, unchanged: 0, refused: 1 });
    expect(previewed.rows.map((r) => [r.values.code, r.outcome])).toEqual([
      ['SKM-01', 'refused'],
      ['SKM-02', 'update'],
    ]);
    expect(previewed.rows[0].problems).toEqual([{ column: 'No KUK', key: 'kukNo', code: 'IMPORT_KUK_IN_USE', params: { kuk: 'J.620100.001.01 1.2' }, row: 2 }]);
    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 0, updated: 1, unchanged: 0, refused: 1 });
    expect(checksum(core.db)).not.toBe(before);
    expect(core.db.prepare("SELECT title_id FROM scheme WHERE code = 'SKM-02'").pluck().get()).toBe('Operator Jaringan Komputer');
    expect(kuk('1.2')).toBe(question.kukIds[0]);
  });

  it('round-trips the template: the exported registry imports as unchanged', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const { fileName, rows } = await call(core, 'registryExport/sheet', { kind: 'schemes' }, admin);
    const kuk = core.db.prepare('SELECT count(*) FROM kuk').pluck().get() as number;
    expect(rows).toBe(kuk);
    const before = checksum(core.db);
    const { previewed, applied } = await importFile(core, admin, 'schemes', exported(core, fileName));
    expect(previewed.layout).toBe('template');
    expect(previewed.counts).toEqual({ add: 0, update: 0, unchanged: 1, refused: 0 });
    expect(applied).toEqual({ added: 0, updated: 0, unchanged: 1, refused: 0 });
    expect(checksum(core.db)).toBe(before);
  });

  it('reads the KKNI level as lists and FR.APL.02 sheets write it (2, II, Level 2), and refuses one it cannot read, on its row', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    // An FR.APL.02 sheet's "Jenjang KKNI : II" was saved as no level at all, without a word.
    const file = await workbook(dir, 'apl02-level.xlsx', (wb) => {
      const ws = wb.addWorksheet('APL 02');
      apl02(ws, { kind: 'KKNI' });
      ws.insertRow(5, [null, 'Jenjang KKNI', ':', 'II']);
    });
    const read = await preview(core, admin, 'schemes', file);
    expect(read).toMatchObject({ layout: 'apl02', counts: { add: 1, refused: 0 } });
    await call(core, 'registryImport/apply', { importId: read.importId }, admin);
    expect(core.db.prepare("SELECT level FROM scheme WHERE code = 'SKM-JWP-01'").pluck().get()).toBe(2);

    const head = ['Kode Skema', 'Judul Skema', 'Jenis Skema', 'Jenjang KKNI', 'Standar Kompetensi', 'Kode Unit', 'Judul Unit', 'Elemen', 'No KUK', 'KUK'];
    const row = (code: string, level: unknown) => [code, 'Operator', 'KKNI', level, 'SKKNI 2020', 'J.620100.001.01', 'Mengoperasikan komputer', 'Menyalakan', '1.1', 'Dinyalakan'];
    const levels = await rowsFile(dir, 'levels.xlsx', [head, row('SKM-A', 3), row('SKM-B', 'Level IV'), row('SKM-C', 'Jenjang 5'), row('SKM-D', 'XII'), row('SKM-E', 'dua')]);
    const previewed = await preview(core, admin, 'schemes', levels);
    expect(previewed.counts).toEqual({ add: 3, update: 0, unchanged: 0, refused: 2 });
    expect(previewed.rows.filter((r) => r.outcome === 'refused').map((r) => r.problems)).toEqual([
      [{ column: 'Jenjang KKNI', key: 'level', code: 'IMPORT_KKNI_LEVEL', params: { value: 'XII' }, row: 5 }],
      [{ column: 'Jenjang KKNI', key: 'level', code: 'IMPORT_KKNI_LEVEL', params: { value: 'dua' }, row: 6 }],
    ]);
    await call(core, 'registryImport/apply', { importId: previewed.importId }, admin);
    expect(core.db.prepare("SELECT code, level FROM scheme WHERE code IN ('SKM-A', 'SKM-B', 'SKM-C') ORDER BY code").all()).toEqual([
      { code: 'SKM-A', level: 3 },
      { code: 'SKM-B', level: 4 },
      { code: 'SKM-C', level: 5 },
    ]);
  });

  it("reads a scheme list headed in English as it would be written ('Competency Standard', 'Established')", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const head = ['Scheme Code', 'Scheme Title', 'Scheme Type', 'KKNI Level', 'Competency Standard', 'Established', 'Unit Code', 'Unit Title', 'Element', 'KUK No', 'KUK'];
    const file = await rowsFile(tempDir(), 'english.xlsx', [head, ['SKM-EN-01', 'Operator', 'KKNI', 2, 'SKKNI 2020', '15/03/2021', 'J.620100.001.01', 'Mengoperasikan komputer', 'Menyalakan', '1.1', 'Dinyalakan']]);
    const previewed = await preview(core, admin, 'schemes', file);
    expect(previewed.header.ignored).toEqual([]);
    expect(previewed.counts).toEqual({ add: 1, update: 0, unchanged: 0, refused: 0 });
    await call(core, 'registryImport/apply', { importId: previewed.importId }, admin);
    expect(core.db.prepare("SELECT skkni, approved_on AS approvedOn FROM scheme WHERE code = 'SKM-EN-01'").get()).toEqual({ skkni: 'SKKNI 2020', approvedOn: '2021-03-15' });
  });

  it('reads the template with cells left empty below their first row, and points each problem at its row', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const head = ['Kode Skema', 'Judul Skema', 'Jenis Skema', 'Jenjang KKNI', 'Standar Kompetensi', 'Kode Unit', 'Judul Unit', 'Elemen', 'No KUK', 'KUK'];
    const good = await rowsFile(dir, 'good.xlsx', [
      head,
      ['SKM-01', 'Operator Komputer', 'KKNI', 2, 'SKKNI 2020', 'J.620100.001.01', 'Mengoperasikan komputer', 'Menyalakan komputer', '1.1', 'Komputer dinyalakan'],
      [null, null, null, null, null, null, null, null, '1.2', 'Layar diperiksa'],
      [null, null, null, null, null, null, null, 'Mematikan komputer', '2.1', 'Komputer dimatikan'],
      ['SKM-02', 'Operator Jaringan', 'Okupasi', null, 'SKKNI 2021', 'J.620100.002.01', 'Memasang kabel', 'Memasang', '1.1', 'Kabel dipasang'],
    ]);
    const previewed = await preview(core, admin, 'schemes', good);
    expect(previewed.counts).toEqual({ add: 2, update: 0, unchanged: 0, refused: 0 });
    expect(previewed.rows.map((r) => [r.row, r.values.code, r.values.elements, r.values.kuk])).toEqual([
      [2, 'SKM-01', '2', '3'],
      [5, 'SKM-02', '1', '1'],
    ]);

    const bad = await rowsFile(dir, 'bad.xlsx', [
      head,
      ['SKM-03', 'Judul A', 'KKNI', 2, 'SKKNI 2020', null, null, 'Elemen tanpa unit', '1.1', 'KUK tanpa unit'],
      ['SKM-04', 'Judul B', 'KKNI', 2, 'SKKNI 2020', 'UNIT-1', 'Unit', 'Elemen', '1.1', 'KUK'],
      ['SKM-04', 'Judul Lain', null, null, null, null, null, null, 'x', 'KUK kedua'],
    ]);
    const refused = await preview(core, admin, 'schemes', bad);
    expect(refused.counts).toEqual({ add: 0, update: 0, unchanged: 0, refused: 2 });
    const [first, second] = refused.rows;
    expect(first.problems).toEqual([{ column: 'Kode Unit', key: 'unitCode', code: 'IMPORT_NO_UNIT', params: {}, row: 2 }]);
    expect(second.problems).toEqual([
      { column: 'Judul Skema', key: 'titleId', code: 'IMPORT_CONFLICT', params: { row: 3 }, row: 4 },
      { column: 'Kode Unit', key: 'unitCode', code: 'code_format', params: {}, row: 3 },
      { column: 'No KUK', key: 'kukNo', code: 'format', params: {}, row: 4 },
    ]);
  });
});
