import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import { cellOf, type Cell, type SourceRow } from './cells';

export type RowSource = { rows: AsyncGenerator<SourceRow>; date1904: () => boolean };

/**
 * The rows of one worksheet through exceljs's streaming reader: the workbook is never held in memory,
 * only the shared strings and styles (styles so that date-formatted cells arrive as dates). The sheet
 * is the one named, or the workbook's first. A file exceljs cannot read is SHEET_DAMAGED.
 */
export function xlsxSource(file: string, sheetName?: string): RowSource {
  const input = fs.createReadStream(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for await (const sheet of reader) {
        const wanted = sheetName ?? reader.model.sheets?.[0]?.name;
        if (wanted !== undefined && Reflect.get(sheet, 'name') !== wanted) continue;
        for await (const row of sheet) yield { number: row.number, cells: cellsOf(row.values) };
        return;
      }
    } catch (error) {
      throw error instanceof AppError ? error : new AppError('SHEET_DAMAGED');
    } finally {
      input.destroy();
    }
    throw sheetName === undefined ? new AppError('SHEET_EMPTY') : new AppError('SHEET_NO_WORKSHEET', { name: sheetName });
  }
  return { rows: rows(), date1904: () => date1904Of(reader) };
}

/** exceljs's row values are 1-based and sparse; cells here are 0-based and dense. */
function cellsOf(values: unknown): Cell[] {
  if (!Array.isArray(values)) return [];
  const cells: Cell[] = [];
  for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
  return cells;
}

/** Set by old Mac Excel: serial numbers count from 1904. Read from the workbook part exceljs parsed. */
function date1904Of(reader: object): boolean {
  const properties: unknown = Reflect.get(reader, 'properties');
  if (typeof properties !== 'object' || properties === null) return false;
  const model: unknown = Reflect.get(properties, 'model');
  return typeof model === 'object' && model !== null && Reflect.get(model, 'date1904') === true;
}
