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
  /**
   * Each row keyed by column, or already an array in the columns' order (places past the last column are
   * not written): a large export read as arrays need not build an object per row.
   */
  rows: Iterable<SheetRow<K>> | AsyncIterable<SheetRow<K>>;
  /** Instructions on a second sheet, one line a row (a template's "how to fill this in"). */
  notes?: { sheetName: string; lines: readonly string[] };
  /**
   * No styles part: text columns are written as text cells without the Text format, the header not bold.
   * For the BNSP upload sheet: even with shared styles the Text format costs ~15 % of a 10,000-row write,
   * more than issue 17's goal for that export (≤ 1.5× a bare exceljs write) leaves room for.
   */
  plain?: boolean;
  /**
   * A number in a Text column stays a number cell (it is otherwise written as its text): the refused-rows
   * file hands back a NIK stored as a number as one, so that it is refused again until typed as text.
   */
  keepNumbers?: boolean;
};

export type SheetRow<K extends string = string> = Partial<Record<K, SheetValue>> | readonly (SheetValue | undefined)[];

const inColumnOrder = <K extends string>(row: SheetRow<K>): row is readonly (SheetValue | undefined)[] => Array.isArray(row);

const DEFAULT_WIDTH = 18;
/**
 * One style object for every Text cell and one for every other cell (a number or a string: General):
 * exceljs finds a style it has seen by the object's identity, while each cell's own copy of its column's
 * style was looked up by its serialized XML, which doubled the time of a 10,000-row write.
 */
const TEXT_STYLE = Object.freeze({ numFmt: '@' });
const GENERAL_STYLE = Object.freeze({});

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
    const plain = sheet.plain ?? false;
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: !plain, useSharedStrings: false });
    const worksheet = workbook.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? DEFAULT_WIDTH,
      style: c.text && !plain ? TEXT_STYLE : {},
    }));
    const header = worksheet.getRow(1);
    if (!plain) header.font = { bold: true };
    header.commit();
    // By position, in the columns' order (an empty cell left undefined): quicker than exceljs's lookup by key.
    const { columns } = sheet;
    const keepNumbers = sheet.keepNumbers ?? false;
    const styles = columns.map((c) => (c.text ? TEXT_STYLE : GENERAL_STYLE));
    const add = (row: SheetRow<K>): void => {
      const positional = inColumnOrder(row);
      const values: (SheetValue | undefined)[] = new Array(columns.length);
      for (let i = 0; i < columns.length; i++) {
        const value = positional ? row[i] : row[columns[i].key];
        values[i] = value === null || value === undefined ? undefined : columns[i].text && !(keepNumbers && typeof value === 'number') ? String(value) : value;
      }
      const added = worksheet.addRow(values);
      // findCell, not getCell: the cell exists (its value was just set), and getCell spells out its address again.
      for (let i = 0; i < columns.length && !plain; i++) {
        const cell = values[i] === undefined ? undefined : added.findCell(i + 1);
        if (cell) cell.style = styles[i];
      }
      added.commit();
    };
    // A plain list is walked without an await per row (10,000 microtasks are measurable in a 10,000-row export).
    if (Symbol.iterator in sheet.rows) for (const row of sheet.rows) add(row);
    else for await (const row of sheet.rows) add(row);
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
