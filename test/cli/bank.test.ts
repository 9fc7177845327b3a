import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core';
import { sourceReasonText } from '../../electron/shared/i18n/bank-source-text';
import { asEnv, auditActor, runCli, setInstallationLanguage } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { demo, staff, tempDir } from '../support/core';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);
const UNIT = demo.scheme.units[0].code;

const GIFT = ['::A:: Protokol aman? {=HTTPS ~HTTP ~FTP}', '', '::B:: Jelaskan DNS. {}', '', '::Rusak:: Kurung tidak pernah ditutup {=a ~b', ''].join('\n');

function query<T>(dir: string, sql: string): T {
  const db = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as T;
  } finally {
    db.close();
  }
}

describe('ruang-uji bank import', () => {
  it('previews with --dry-run --json writing nothing, then imports mapped to a unit and approved, refusals by position in the installation’s language', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const file = path.join(tempDir('ru-bank-'), 'soal.gift');
    fs.writeFileSync(file, GIFT);
    const items = () => query<number>(dir, 'SELECT count(*) FROM item');
    const before = items();
    const scheme = ['--scheme', demo.scheme.code];

    const dry = runCli(['bank', 'import', file, ...scheme, '--dry-run', '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(dry.code, dry.stderr).toBe(1);
    const out = JSON.parse(dry.stdout);
    expect(out).toMatchObject({
      scheme: { code: demo.scheme.code, version: 1 },
      dryRun: true,
      sourceType: 'gift',
      counts: { total: 3, add: 2, unchanged: 0, refused: 1, unmapped: 2 },
      bySourceType: { gift: { add: 2, unchanged: 0, refused: 1 } },
      applied: null,
    });
    expect(out.refused).toEqual([{ position: { line: 5 }, positionText: 'line 5', by: 'reader', code: 'BANK_BRACE_NOT_CLOSED', params: { line: 5 } }]);
    expect(items()).toBe(before);

    // The demo has no language of its own: the lines in the default, Indonesian, the reason as the import screen says it.
    const inIndonesian = runCli(['bank', 'import', file, ...scheme, '--dry-run', '--data', dir, ...asAdmin], adminEnv);
    expect(inIndonesian.code, inIndonesian.stderr).toBe(1);
    expect(inIndonesian.stdout).toContain('gift: 2 akan ditambahkan, 0 tidak berubah, 1 ditolak (3 soal; sha256 ');
    expect(inIndonesian.stdout).toContain('  yang akan ditambahkan: 0 terpetakan ke KUK, 2 belum terpetakan, 0 dapat disetujui\n');
    expect(inIndonesian.stdout).toContain(`  baris 5: BANK_BRACE_NOT_CLOSED: ${sourceReasonText('BANK_BRACE_NOT_CLOSED', { line: 5 }, 'id')}\n`);
    expect(inIndonesian.stdout).toContain('uji coba (--dry-run): tidak ada yang ditulis\n');
    expect(inIndonesian.stdout).not.toMatch(/to add|unchanged|line 5|dry run/);
    expect(items()).toBe(before);

    setInstallationLanguage(dir, 'en');
    const applied = runCli(['bank', 'import', file, ...scheme, '--unit', UNIT, '--approve', '--data', dir, ...asAdmin], adminEnv);
    expect(applied.code, applied.stderr).toBe(1);
    expect(applied.stdout).toContain('gift: 2 to add, 0 unchanged, 1 refused');
    expect(applied.stdout).toContain(`line 5: BANK_BRACE_NOT_CLOSED: ${sourceReasonText('BANK_BRACE_NOT_CLOSED', { line: 5 }, 'en')}`);
    expect(applied.stdout).toContain('applied: 2 added (2 approved), 0 unchanged, 1 refused');
    expect(items()).toBe(before + 2);
    expect(auditActor(dir, 'bank.import')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });
  });
});

describe('ruang-uji bank import of an LSP\'s own sheet', () => {
  it('names the columns it does not read, in the plain output and in --json', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const file = path.join(tempDir('ru-bank-'), 'bank-lsp.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Bank Soal');
    sheet.addRow(['No', 'Soal', 'Opsi A', 'Opsi B', 'Kunci', 'Keterangan']);
    sheet.addRow([1, 'Protokol aman?', 'HTTPS', 'HTTP', 'A', 'revisi 2023']);
    await book.xlsx.writeFile(file);
    const scheme = ['--scheme', demo.scheme.code];
    const plain = runCli(['bank', 'import', file, ...scheme, '--dry-run', '--data', dir, ...asAdmin], adminEnv);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('  kolom yang tidak dibaca, isinya tidak diimpor: Keterangan (F)\n');
    const json = JSON.parse(runCli(['bank', 'import', file, ...scheme, '--dry-run', '--json', '--data', dir, ...asAdmin], adminEnv).stdout);
    expect(json.ignoredColumns).toEqual([{ header: 'Keterangan', letter: 'F' }]);
  });
});

describe('ruang-uji bank export', () => {
  it('writes the scheme version\'s questions to FILE.xlsx, audited, never over a file, and importing it back changes nothing', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const file = path.join(tempDir('ru-bank-'), 'bank-soal.xlsx');
    const scheme = ['--scheme', demo.scheme.code];
    const live = query<number>(dir, "SELECT count(*) FROM item WHERE status <> 'retired' AND kind IN ('multiple_choice', 'essay')");
    const drafts = query<number>(dir, "SELECT count(*) FROM item WHERE status = 'draft' AND kind IN ('multiple_choice', 'essay')");

    const done = runCli(['bank', 'export', file, ...scheme, '--data', dir, ...asAdmin], adminEnv);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(`${live} soal skema ${demo.scheme.code} versi 1 ditulis ke ${file} (${drafts} masih draf)\n`);
    expect(fs.existsSync(file)).toBe(true);
    expect(auditActor(dir, 'bank.export')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });

    const again = runCli(['bank', 'export', file, ...scheme, '--version', '1', '--data', dir, ...asAdmin], adminEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(file);

    const back = runCli(['bank', 'import', file, ...scheme, '--dry-run', '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(back.stdout).counts).toMatchObject({ total: live, add: 0, unchanged: live, refused: 0 });

    const wrong = runCli(['bank', 'export', path.join(path.dirname(file), 'b.docx'), ...scheme, '--data', dir, ...asAdmin], adminEnv);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('ruang-uji bank: hasil ekspornya berupa FILE.xlsx\nusage:');
  });

  it('prints one JSON object for export and template with --json, as it does for their failures', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const out = tempDir('ru-bank-');
    const exported = runCli(['bank', 'export', path.join(out, 'a.xlsx'), '--scheme', demo.scheme.code, '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(exported.code, exported.stderr).toBe(0);
    const live = query<number>(dir, "SELECT count(*) FROM item WHERE status <> 'retired' AND kind IN ('multiple_choice', 'essay')");
    expect(JSON.parse(exported.stdout)).toMatchObject({ scheme: { code: demo.scheme.code, version: 1 }, file: path.join(out, 'a.xlsx'), questions: live, withoutImages: 0 });
    const template = runCli(['bank', 'template', path.join(out, 't.docx'), '--json', '--data', dir, ...asAdmin], adminEnv);
    expect(template.code, template.stderr).toBe(0);
    expect(JSON.parse(template.stdout)).toEqual({ file: path.join(out, 't.docx'), format: 'docx' });
  });
});
