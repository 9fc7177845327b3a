import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile } from '../durable-files';
import type { SheetValue } from './spec';

export type WriteColumn<K extends string = string> = {
  header: string;
  key: K;
  width?: number;
  /** Formatted as Text ('@'): digit strings such as a NIK or a phone number stay exactly as written when someone types into it. */
  text?: boolean;
};

export type WriteSheet<K extends string = string> = {
  sheetName: string;
  columns: readonly WriteColumn<K>[];
  rows: Iterable<Partial<Record<K, SheetValue>>> | AsyncIterable<Partial<Record<K, SheetValue>>>;
  /** Instructions on a second sheet, one line a row (a template's "how to fill this in"). */
  notes?: { sheetName: string; lines: readonly string[] };
};

const TEXT_FORMAT = '@';
const DEFAULT_WIDTH = 18;

/**
 * Writes one sheet with exceljs's streaming writer (a row leaves memory when committed), for templates,
 * exports and the refused-rows file: header row bold and frozen, text columns formatted as Text so a
 * NIK survives the round trip. Written as `<file>.partial`, synced and renamed, so a crash or a
 * failure never leaves half a workbook under the real name.
 */
export async function writeSheet<K extends string>(file: string, sheet: WriteSheet<K>): Promise<void> {
  const partial = `${file}.partial`;
  // Loaded on first use: see xlsx-source.ts.
  const { default: ExcelJS } = await import('exceljs');
  const output = fs.createWriteStream(partial);
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    const worksheet = workbook.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? DEFAULT_WIDTH,
      style: c.text ? { numFmt: TEXT_FORMAT } : {},
    }));
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    for await (const row of sheet.rows) {
      const values: Record<string, string | number> = {};
      for (const c of sheet.columns) {
        const value = row[c.key];
        if (value === null || value === undefined) continue;
        values[c.key] = c.text ? String(value) : value;
      }
      worksheet.addRow(values).commit();
    }
    worksheet.commit();
    if (sheet.notes) {
      const notes = workbook.addWorksheet(sheet.notes.sheetName);
      notes.getColumn(1).width = 100;
      for (const line of sheet.notes.lines) notes.addRow([line]).commit();
      notes.commit();
    }
    await workbook.commit();
    fsyncFile(partial);
    fs.renameSync(partial, file);
    fsyncDir(path.dirname(file));
  } catch (error) {
    output.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
