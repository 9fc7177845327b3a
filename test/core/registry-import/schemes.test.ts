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
    expect(previewed.rows[0].problems).toEqual([{ column: 'Jenis Skema', key: 'schemeKind', code: 'required', params: {}, row: 4 }]);
    const { fileName, rows } = await call(core, 'registryImport/refusedRows', { importId: previewed.importId, language: 'en' }, admin);
    expect(rows).toBe(4);
    const values = await sheetValues(exported(core, fileName));
    expect(values[0].slice(0, 2)).toEqual(['Kode Skema', 'Judul Skema']);
    expect(values[1].at(-1)).toBe('row 4, Jenis Skema: Required.');
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
