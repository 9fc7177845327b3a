// Files for the spreadsheet tests, made in a temp folder: workbooks by exceljs, and crafted zips (yazl)
// for what no spreadsheet program writes: bombs, DTDs, entries hidden from the central directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { readRows } from '../../../electron/core/spreadsheets/read';
import type { SheetLimits, SheetRow, SheetSpec } from '../../../electron/core/spreadsheets/spec';
import { AppError } from '../../../electron/shared/errors';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ruang-uji-sheets-'));
}

/** A workbook built by `fill` (the whole-workbook API, for merged cells, rich text, formulas and styles). */
export async function workbookFile(dir: string, name: string, fill: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** One sheet of plain values, row by row. */
export function sheetFile(dir: string, name: string, rows: unknown[][]): Promise<string> {
  return workbookFile(dir, name, (workbook) => {
    const sheet = workbook.addWorksheet('Data');
    for (const row of rows) sheet.addRow(row);
  });
}

export function writeZip(file: string, entries: { name: string; data: Buffer; compress?: boolean }[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress: e.compress ?? true });
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(fs.createWriteStream(file)).on('finish', () => resolve(file)).on('error', reject);
  });
}

/** Every part of a zip, to change some and pack them again. */
export async function zipParts(file: string): Promise<{ name: string; data: Buffer }[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const parts: { name: string; data: Buffer }[] = [];
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(Buffer.from(chunk));
    parts.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return parts;
}

export async function collect<K extends string>(file: string, spec: SheetSpec<K>, limits: Partial<SheetLimits> = {}): Promise<SheetRow<K>[]> {
  const rows: SheetRow<K>[] = [];
  for await (const row of readRows(file, spec, limits)) rows.push(row);
  return rows;
}

/** The AppError a read ends with (and the rows it yielded before). */
export async function refusal<K extends string>(file: string, spec: SheetSpec<K>, limits: Partial<SheetLimits> = {}): Promise<AppError & { rowsBefore: number }> {
  let count = 0;
  try {
    for await (const row of readRows(file, spec, limits)) if (row) count++;
  } catch (error) {
    if (error instanceof AppError) return Object.assign(error, { rowsBefore: count });
    throw error;
  }
  throw new Error(`read ${count} rows without a refusal`);
}
