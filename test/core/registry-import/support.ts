// Helpers for the registry import tests: files are uploaded the way the app uploads them, and each
// call goes through the contract as the LSP admin (or whoever is signed in).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { storeUpload, type Core } from '../../../electron/core';
import type { ImportKind } from '../../../electron/shared/registry-import';
import { call, failure } from '../../support/core';

export async function upload(core: Core, file: string): Promise<string> {
  return (await storeUpload(core.dataDir, fs.createReadStream(file))).uploadId;
}

export async function preview(core: Core, token: string, kind: ImportKind, file: string) {
  return call(core, 'registryImport/preview', { kind, uploadId: await upload(core, file) }, token);
}

export async function previewFailure(core: Core, token: string, kind: ImportKind, file: string) {
  return failure(core, 'registryImport/preview', { kind, uploadId: await upload(core, file) }, token);
}

/** Preview then apply; returns both. */
export async function importFile(core: Core, token: string, kind: ImportKind, file: string) {
  const previewed = await preview(core, token, kind, file);
  const applied = await call(core, 'registryImport/apply', { importId: previewed.importId }, token);
  return { previewed, applied };
}

export function exported(core: Core, fileName: string): string {
  return path.join(core.dataDir, 'transfers', 'exports', fileName);
}

/** Every row of a workbook's first sheet as plain values (exceljs's whole-workbook reader). */
export async function sheetValues(file: string, sheet?: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  const rows: unknown[][] = [];
  ws?.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push(values.map((v) => (v === undefined ? null : v)));
  });
  return rows;
}

/** A workbook built by `fill` with the whole-workbook API (merged cells, styles, formulas). */
export async function workbook(dir: string, name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

export function rowsFile(dir: string, name: string, rows: unknown[][]): Promise<string> {
  return workbook(dir, name, (wb) => {
    const ws = wb.addWorksheet('Data');
    for (const row of rows) ws.addRow(row);
  });
}

/** Valid NIKs: region 327301 (Bandung), a date of birth, a serial. */
export function nik(serial: number, day = 17, month = 8, year = 95): string {
  return `327301${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
}
