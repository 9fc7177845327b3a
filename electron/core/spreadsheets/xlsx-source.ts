import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../shared/errors';
import { cellOf, type Cell, type SourceRow } from './cells';

export type RowSource = {
  rows: AsyncGenerator<SourceRow>;
  date1904: () => boolean;
  /** The worksheet being read, once its rows started (null for a .csv). */
  sheetName: () => string | null;
  /** Whether the workbook has a sheet after this one to look in (never when the spec names its sheet). */
  moreSheets: () => boolean;
};

/** The workbook's parts other than its worksheets, as exceljs parsed them: the same for every sheet of the file. */
type Parsed = { reader: object; targets: Map<string, string[]>; sheets: { name: string; id: number; rId: string }[] };

/** A part of the zip by name, decoded as UTF-8; null when the zip has none. */
type OpenPart = (name: string) => Promise<Readable | null>;

/**
 * The rows of one worksheet, parsed by exceljs's streaming reader (the sheet is never held in memory;
 * the shared strings and styles are, styles so that date-formatted cells arrive as dates). The sheet
 * is the one named, or the workbook's `index`th (its first by default). A file exceljs cannot read is SHEET_DAMAGED.
 *
 * The parts are found through the zip's central directory (yauzl, as the guard checked it) and each is
 * handed to the WorkbookReader's own part parsers in the order they depend on each other, rather than
 * letting the WorkbookReader walk the zip front to back: its zip walker (unzipper 0.10) emits `end`
 * as soon as it has consumed its input, while parts it has already parsed may still wait in its
 * buffer, so under load the last parts of a file (in Excel's order the shared strings, in others the
 * workbook part) were silently never read. This way the parts' order in the file does not matter and
 * no worksheet is spooled to a temporary file.
 */
export function xlsxSource(file: string, sheetName?: string, index = 0): RowSource {
  return xlsxWorkbook(file, sheetName)(index);
}

/**
 * The sheets of one workbook, each read as xlsxSource reads one. The relationships, the workbook part, the shared
 * strings and the styles are parsed, in that order, with the first sheet opened and kept for the others: read.ts
 * looks in up to maxSheets sheets for the header, and each parsed them all again. Each sheet still opens the zip for
 * itself (its central directory only, as the guard read it), so nothing stays open between one sheet and the next.
 */
export function xlsxWorkbook(file: string, sheetName?: string): (index: number) => RowSource {
  let parsed: Promise<Parsed> | null = null;
  return (index) => sheetSource(file, sheetName, index, (open) => (parsed ??= parseParts(file, open)));
}

async function parseParts(file: string, open: OpenPart): Promise<Parsed> {
  // exceljs is loaded when a workbook is first read, not when the core starts: it is a third of the
  // CLI's start-up, and most commands never read a sheet.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  const rels = await open('xl/_rels/workbook.xml.rels');
  const workbook = await open('xl/workbook.xml');
  if (!rels || !workbook) throw new AppError('SHEET_DAMAGED');
  await call(reader, '_parseRels', rels);
  await call(reader, '_parseWorkbook', workbook);
  const targets = relationshipTargets(reader);
  const sharedStrings = await open(targets.get('sharedStrings')?.[0] ?? 'xl/sharedStrings.xml');
  if (sharedStrings) await drain(call(reader, '_parseSharedStrings', sharedStrings));
  const styles = await open(targets.get('styles')?.[0] ?? 'xl/styles.xml');
  if (styles) await call(reader, '_parseStyles', styles);
  return { reader, targets, sheets: sheetsOf(reader) };
}

function sheetSource(file: string, sheetName: string | undefined, index: number, parts: (open: OpenPart) => Promise<Parsed>): RowSource {
  let reader: object | null = null;
  let read: string | null = null;
  let more = false;
  async function* rows(): AsyncGenerator<SourceRow> {
    let zip: yauzl.ZipFile | null = null;
    let sheetStream: Readable | null = null;
    try {
      const opened = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
      zip = opened;
      const entries = new Map<string, yauzl.Entry>();
      for await (const entry of opened.eachEntry()) entries.set(entry.fileName, entry);
      // Decoded here, where a character split between two chunks is joined again: exceljs decodes each
      // chunk on its own, which turns such a character (any letter beyond ASCII) into U+FFFD.
      const open = async (name: string) => {
        const entry = entries.get(name);
        return entry ? (await opened.openReadStreamPromise(entry)).setEncoding('utf8') : null;
      };
      // Every part a worksheet depends on is parsed before it, with this sheet's zip or an earlier sheet's.
      const workbook = await parts(open);
      reader = workbook.reader;
      const { sheets, targets } = workbook;
      const sheet = sheetName === undefined ? sheets[index] : sheets.find((s) => s.name === sheetName);
      if (!sheet) throw sheetName === undefined ? new AppError('SHEET_EMPTY') : new AppError('SHEET_NO_WORKSHEET', { name: sheetName });
      read = sheet.name;
      more = sheetName === undefined && index + 1 < sheets.length;
      const target = targets.get(`rId:${sheet.rId}`)?.[0];
      sheetStream = target ? await open(target) : null;
      if (!sheetStream) throw new AppError('SHEET_DAMAGED');
      const worksheet = firstWorksheet(call(reader, '_parseWorksheet', sheetStream, String(sheet.id)));
      for await (const row of worksheet) {
        const number: unknown = Reflect.get(row, 'number');
        if (typeof number === 'number') yield { number, cells: cellsOf(Reflect.get(row, 'values')) };
      }
    } catch (error) {
      throw error instanceof AppError ? error : new AppError('SHEET_DAMAGED');
    } finally {
      sheetStream?.destroy();
      zip?.close();
    }
  }
  return { rows: rows(), date1904: () => (reader ? date1904Of(reader) : false), sheetName: () => read, moreSheets: () => more };
}

/** Calls one of the WorkbookReader's part parsers (not part of its typed API; the tests pin the behaviour). */
function call(reader: object, name: string, ...args: unknown[]): unknown {
  const method: unknown = Reflect.get(reader, name);
  if (typeof method !== 'function') throw new Error(`exceljs WorkbookReader has no ${name}`);
  return Reflect.apply(method, reader, args);
}

async function drain(generator: unknown): Promise<void> {
  if (!isAsyncIterable(generator)) throw new Error('exceljs: shared strings parser is not an async generator');
  for await (const event of generator) void event;
}

function firstWorksheet(events: unknown): AsyncIterable<object> {
  if (!isIterable(events)) throw new Error('exceljs: worksheet parser is not a generator');
  for (const event of events) {
    const value: unknown = typeof event === 'object' && event !== null ? Reflect.get(event, 'value') : undefined;
    if (isAsyncIterable(value)) return value;
  }
  throw new Error('exceljs: no worksheet reader');
}

function isAsyncIterable(value: unknown): value is AsyncIterable<object> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

/**
 * The workbook's relationships as zip part names: `rId:<id>` for each, and the shared strings and
 * styles parts by their type. Targets are relative to `xl/` unless they start with `/`.
 */
function relationshipTargets(reader: object): Map<string, string[]> {
  const targets = new Map<string, string[]>();
  const rels: unknown = Reflect.get(reader, 'workbookRels');
  if (!Array.isArray(rels)) return targets;
  for (const rel of rels) {
    const id: unknown = Reflect.get(rel, 'Id');
    const target: unknown = Reflect.get(rel, 'Target');
    const type: unknown = Reflect.get(rel, 'Type');
    if (typeof target !== 'string') continue;
    const part = target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`);
    if (typeof id === 'string') targets.set(`rId:${id}`, [part]);
    if (typeof type === 'string') {
      const kind = type.slice(type.lastIndexOf('/') + 1);
      targets.set(kind, [...(targets.get(kind) ?? []), part]);
    }
  }
  return targets;
}

/** The sheets in the workbook's order, as exceljs read them from the workbook part. */
function sheetsOf(reader: object): { name: string; id: number; rId: string }[] {
  const model: unknown = Reflect.get(reader, 'model');
  const sheets: unknown = typeof model === 'object' && model !== null ? Reflect.get(model, 'sheets') : undefined;
  if (!Array.isArray(sheets)) return [];
  return sheets.flatMap((s) => {
    const name: unknown = Reflect.get(s, 'name');
    const id: unknown = Reflect.get(s, 'id');
    const rId: unknown = Reflect.get(s, 'rId');
    return typeof name === 'string' && typeof id === 'number' && typeof rId === 'string' ? [{ name, id, rId }] : [];
  });
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
