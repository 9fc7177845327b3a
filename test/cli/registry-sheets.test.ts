import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core';
import { asEnv, auditActor, runCli, setInstallationLanguage } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { staff, tempDir } from '../support/core';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);

async function candidatesFile(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Peserta');
  ws.getColumn(3).numFmt = '@';
  ws.addRow(['No', 'Nama Lengkap', 'NIK', 'Tanggal Lahir', 'L/P']);
  ws.addRow([1, 'Siti Rahma', '3273015708950001', '17/08/1995', 'P']);
  ws.addRow([2, 'Budi Santoso', 3273011708950000, '17/08/1995', 'L']);
  ws.addRow([3, 'Ani Wijaya', '3273014101000003', '1 Januari 2000', 'P']);
  await wb.xlsx.writeFile(file);
  return file;
}

function count(dir: string, sql: string): number {
  const db = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('ruang-uji candidates|assessors|schemes', () => {
  it('previews with --dry-run --json (counts, each refused row with row, column and code) and writes nothing', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const file = await candidatesFile(path.join(tempDir('ru-xlsx-'), 'peserta.xlsx'));
    const before = count(dir, 'SELECT count(*) FROM candidate');
    const dry = runCli(['candidates', 'import', file, '--dry-run', '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(dry.code, dry.stderr).toBe(1);
    const out = JSON.parse(dry.stdout);
    expect(out).toMatchObject({ kind: 'candidates', dryRun: true, counts: { add: 2, update: 0, unchanged: 0, refused: 1 }, applied: null });
    expect(out.refused).toEqual([{ row: 3, problems: [{ row: 3, column: 'NIK', code: 'SHEET_NUMBER_NOT_TEXT', params: {} }] }]);
    expect(count(dir, 'SELECT count(*) FROM candidate')).toBe(before);
  });

  it('names a likely second record of someone under another NIK, in --dry-run --json and in words, and refuses nothing for it (exit 0)', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Peserta');
    ws.getColumn(2).numFmt = '@';
    ws.addRow(['Nama Lengkap', 'NIK', 'Tanggal Lahir']);
    ws.addRow(['Budi Santoso', '3273011708950003', '17/08/1995']);
    ws.addRow(['budi  santoso', '3273011708950004', '17/08/1995']);
    const file = path.join(tempDir('ru-xlsx-'), 'peserta.xlsx');
    await wb.xlsx.writeFile(file);
    const dry = runCli(['candidates', 'import', file, '--dry-run', '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(dry.code, dry.stderr).toBe(0);
    const out = JSON.parse(dry.stdout);
    expect(out).toMatchObject({ counts: { add: 2, refused: 0 }, refused: [], rowsNoted: 2 });
    expect(out.noted).toEqual([
      { row: 2, notes: [{ column: 'NIK', code: 'likely_duplicate_row', params: { row: '3', nik: '3273011708950004' } }] },
      { row: 3, notes: [{ column: 'NIK', code: 'likely_duplicate_row', params: { row: '2', nik: '3273011708950003' } }] },
    ]);
    const said = runCli(['candidates', 'import', file, '--dry-run', '--data', dir, ...asAdmin], adminEnv);
    expect(said.stdout).toContain('  2 baris perlu dicek (tetap disimpan, tidak ditolak):\n');
    expect(said.stdout).toContain('  baris 3: likely_duplicate_row: NIK: Mungkin orang yang sama dengan baris 2 (NIK 3273011708950003): nama dan tanggal lahir sama, NIK berbeda.');
    const english = runCli(['candidates', 'import', file, '--dry-run', '--language', 'en', '--data', dir, ...asAdmin], adminEnv);
    expect(english.stdout).toContain('  2 rows to check (saved all the same, not refused):\n');
    expect(english.stdout).toContain('  row 2: likely_duplicate_row: NIK: Possibly the same person as row 3 (NIK 3273011708950004)');
    expect(count(dir, "SELECT count(*) FROM candidate WHERE name = 'Budi Santoso'")).toBe(0);
  });

  it("imports as the signed-in admin (audited under them), writes the refused rows in the installation's language or --language, each importing again once fixed, and a second run changes nothing", async () => {
    const dir = tempDir();
    const out = tempDir('ru-xlsx-');
    await makeDemo(dir);
    const file = await candidatesFile(path.join(out, 'peserta.xlsx'));
    const refused = path.join(out, 'ditolak.xlsx');
    const first = runCli(['candidates', 'import', file, '--refused', refused, '--data', dir, ...asAdmin], adminEnv);
    expect(first.code, first.stderr).toBe(1);
    // The whole output in the installation's language (the demo's: Indonesian), each reason as in the refused-rows file.
    expect(first.stdout).toContain('asesi: 2 akan ditambahkan, 0 akan diperbarui, 0 tidak berubah, 1 ditolak, dihitung per baris (sha256 ');
    expect(first.stdout).toMatch(/ {2}baris 3: SHEET_NUMBER_NOT_TEXT: NIK: Tersimpan sebagai angka/);
    expect(first.stdout).toContain('diterapkan: 2 ditambahkan, 0 diperbarui, 0 tidak berubah, 1 ditolak\n');
    // Where the refused rows went is said, as an export says where it wrote.
    expect(first.stdout).toContain(`baris yang ditolak ditulis ke ${refused}, masing-masing dengan alasannya`);
    expect(first.stdout).not.toMatch(/to add|applied|row 3/);
    expect(auditActor(dir, 'registry.import')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });
    // The installation's language (Indonesian) names the sheet and the reason column, beside the template's headers.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(refused);
    expect(wb.worksheets[0].name).toBe('Peserta');
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, 'No', 'Nama Lengkap', 'NIK', 'Tanggal Lahir', 'L/P', 'Alasan Ditolak']);
    // The NIK stored as a number is not handed back as text (it would import as if good): left empty, to be retyped.
    expect(wb.worksheets[0].getRow(2).getCell('C').value).toBeNull();

    const second = runCli(['candidates', 'import', file, '--data', dir, ...asAdmin], adminEnv);
    expect(second.stdout).toContain('diterapkan: 0 ditambahkan, 0 diperbarui, 2 tidak berubah, 1 ditolak');

    // --language en: the sheet and the reason column in English.
    const rejected = path.join(out, 'rejected.xlsx');
    const inEnglish = runCli(['candidates', 'import', file, '--dry-run', '--refused', rejected, '--language', 'en', '--data', dir, ...asAdmin], adminEnv);
    expect(inEnglish.stdout).toContain('candidates: 0 to add, 0 to update, 2 unchanged, 1 refused, counted in rows (sha256 ');
    expect(inEnglish.stdout).toMatch(/row 3: SHEET_NUMBER_NOT_TEXT: NIK: Stored as a number/);
    expect(inEnglish.stdout).toContain('dry run: nothing was written\n');
    expect(inEnglish.stdout).toContain(`refused rows written to ${rejected}, each with its reason`);
    const english = new ExcelJS.Workbook();
    await english.xlsx.readFile(rejected);
    expect(english.worksheets[0].name).toBe('Candidates');
    expect((english.worksheets[0].getRow(1).values as unknown[]).at(-1)).toBe('Reason Refused');

    // Either file, its NIK retyped as text, imports again: the sheet is found and the reason column ignored.
    for (const [book, at] of [[english, rejected], [wb, refused]] as const) {
      book.worksheets[0].getRow(2).getCell('C').value = '3273011708950002';
      await book.xlsx.writeFile(at);
    }
    const fixedEnglish = runCli(['candidates', 'import', rejected, '--dry-run', '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(fixedEnglish.code, fixedEnglish.stderr).toBe(0);
    expect(JSON.parse(fixedEnglish.stdout).counts).toEqual({ add: 1, update: 0, unchanged: 0, refused: 0 });
    const fixed = runCli(['candidates', 'import', refused, '--data', dir, ...asAdmin], adminEnv);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain('diterapkan: 1 ditambahkan, 0 diperbarui, 0 tidak berubah, 0 ditolak');
  });

  it('says where the header was found and names the columns it does not read, in words and in --json, as the import screen does', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Peserta');
    ws.getColumn(2).numFmt = '@';
    ws.addRow(['DAFTAR PESERTA UJI KOMPETENSI']);
    ws.addRow([]);
    // "Tgl. Lahir (dd-mm)" is no header the reader knows: its dates are not imported, which the output must say.
    ws.addRow(['Nama Lengkap', 'NIK', 'Tgl. Lahir (dd-mm)']);
    ws.addRow(['Budi Santoso', '3273011708950003', '17-08']);
    const file = path.join(tempDir('ru-xlsx-'), 'peserta.xlsx');
    await wb.xlsx.writeFile(file);
    const said = runCli(['candidates', 'import', file, '--dry-run', '--data', dir, ...asAdmin], adminEnv);
    expect(said.code, said.stderr).toBe(0);
    expect(said.stdout).toContain('\n  dibaca dari lembar Peserta, judul kolom di baris 3\n');
    expect(said.stdout).toContain('\n  kolom yang tidak dibaca, isinya tidak diimpor: Tgl. Lahir (dd-mm) (C); bila salah satunya seharusnya diimpor, ubah judul kolomnya seperti di templat\n');
    const english = runCli(['candidates', 'import', file, '--dry-run', '--language', 'en', '--data', dir, ...asAdmin], adminEnv);
    expect(english.stdout).toContain('\n  columns not read, their contents not imported: Tgl. Lahir (dd-mm) (C);');
    const json = runCli(['candidates', 'import', file, '--dry-run', '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(JSON.parse(json.stdout)).toMatchObject({ sheet: 'Peserta', layout: 'template', header: { row: 3, ignored: [{ header: 'Tgl. Lahir (dd-mm)', column: 'C' }] } });
  });

  it("previews an LSP's FR.APL.02 sheet as a scheme, pointing each problem at its sheet row", async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const file = path.join(tempDir('ru-xlsx-'), 'apl02.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('APL 02');
    ws.addRow(['FR.APL.02. ASESMEN MANDIRI']);
    ws.addRow(['Skema Sertifikasi (KKNI/Okupasi/Klaster)', 'Judul', ':', 'Operator Komputer Muda']);
    ws.addRow([null, 'Nomor', ':', 'SKM-OKM-01']);
    ws.addRow(['Unit Kompetensi 01', 'Mengoperasikan Komputer (J.620100.001.01)']);
    ws.addRow(['1 / Elemen: Menyalakan komputer']);
    ws.addRow(['1.1. Komputer dinyalakan sesuai prosedur', '☐', '☐']);
    ws.addRow(['1.x. Bukan nomor KUK']);
    await wb.xlsx.writeFile(file);
    const said = runCli(['schemes', 'import', file, '--dry-run', '--data', dir, ...asAdmin], adminEnv);
    expect(said.stdout).toContain('\n  dibaca dalam tata letak FR.APL.02 (baris Unit Kompetensi, Elemen dan KUK)\n');
    const dry = runCli(['schemes', 'import', file, '--dry-run', '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(dry.code, dry.stderr).toBe(1);
    const out = JSON.parse(dry.stdout);
    expect(out.counts).toEqual({ add: 0, update: 0, unchanged: 0, refused: 1 });
    expect(out.refused).toEqual([
      {
        row: 3,
        problems: [
          { row: 3, column: 'Jenis Skema', code: 'IMPORT_APL02_MISSING', params: { label: 'Jenis Skema', example: 'Jenis Skema : Okupasi' } },
          { row: 3, column: 'Standar Kompetensi', code: 'IMPORT_APL02_MISSING', params: { label: 'Standar Kompetensi', example: 'Standar Kompetensi : SKKNI No. 282 Tahun 2016' } },
        ],
      },
    ]);
  });

  it('exports the registry and writes a template, never over an existing file; a proctor is refused', async () => {
    const dir = tempDir();
    const out = tempDir('ru-xlsx-');
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const exported = runCli(['assessors', 'export', path.join(out, 'asesor.xlsx'), '--data', dir, ...asAdmin], adminEnv);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^\d+ assessors written to .*asesor\.xlsx\n$/);
    expect(fs.existsSync(path.join(out, 'asesor.xlsx'))).toBe(true);
    const again = runCli(['assessors', 'export', path.join(out, 'asesor.xlsx'), '--data', dir, ...asAdmin], adminEnv);
    expect([again.code, again.stderr]).toEqual([1, expect.stringContaining('exists already')]);
    const template = runCli(['schemes', 'template', path.join(out, 'skema.xlsx'), '--language', 'en', '--data', dir, ...asAdmin], adminEnv);
    expect(template.code, template.stderr).toBe(0);
    // --json is one object on stdout, never the person's line.
    const json = runCli(['candidates', 'export', path.join(out, 'asesi.xlsx'), '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ kind: 'candidates', file: path.join(out, 'asesi.xlsx'), rows: 12 });
    const jsonTemplate = runCli(['assessors', 'template', path.join(out, 'asesor-templat.xlsx'), '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(JSON.parse(jsonTemplate.stdout)).toEqual({ kind: 'assessors', file: path.join(out, 'asesor-templat.xlsx') });
    // Nothing left behind in the data folder's exports.
    expect(fs.readdirSync(path.join(dir, 'transfers', 'exports'))).toEqual([]);

    const proctor = runCli(['candidates', 'export', path.join(out, 'p.xlsx'), '--data', dir, '--as', staff.proctor.username], asEnv(staff.proctor.password));
    expect([proctor.code, proctor.stderr.split(': ')[1]]).toEqual([1, 'FORBIDDEN']);
  });
});
