// The bank import service's tests: the demo's unused scheme version (bank/support.ts) and files written here.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BankImportEnv } from '../../../electron/core/bank-import/service';
import { sheetHeaders, type SheetKey } from '../../../electron/core/bank-import/sources/template-columns';
import { tempDir } from '../../support/core';
import { bankCore, NOW } from '../bank/support';

export { kukId, NOW, UNIT } from '../bank/support';

export async function importCore() {
  const { core, admin, scheme } = await bankCore();
  const principal = core.principalFor(admin)!;
  const env: BankImportEnv = { db: core.db, dataDir: core.dataDir, now: () => NOW };
  return { core, admin, scheme, principal, env, dir: tempDir('ru-bank-import-') };
}

export function textFile(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Our Excel template with the rows given under its Indonesian headers. */
export async function templateSheet(dir: string, name: string, rows: Partial<Record<SheetKey, ExcelJS.CellValue>>[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Soal');
  const headers = sheetHeaders('id');
  sheet.addRow(headers.map((h) => h.header));
  for (const row of rows) sheet.addRow(headers.map((h) => row[h.key] ?? null));
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}
