import { DomUtils, parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { AppError } from '../../../shared/errors';
import type { Cell } from '../../spreadsheets/cells';
import { matchHeader, type Placed } from '../../spreadsheets/header';
import type { ImagePlace } from '../source-question';
import type { Sink } from './build';
import { docxContent, EQUATION_MARK, IMAGE_SRC, type DocxContent } from './docx-content';
import { readNumberedParagraphs } from './docx-paragraphs';
import { DOC_COLUMNS, DOC_OPTION_KEYS, type DocKey } from './template-columns';
import { zipParts } from '../templates/zip-writer';
import { addTemplateRow } from './template-rows';
import { isElement, reduceNodes, type DomElement } from './text';
import { openZipEntries } from './zip-entries';

/** Rows from the top of a table searched for its header (a title row or a two-row header above the data). */
const HEADER_ROWS = 3;
/** OMML equations (any prefix), which mammoth drops without a trace in its HTML. */
const EQUATION = /<(\w+):oMathPara\b[\s\S]*?<\/\1:oMathPara>|<(\w+):oMath\b[\s\S]*?<\/\2:oMath>/g;

/**
 * Our Word layout, and the tables Indonesian CBT users already write: a table whose header row names
 * SOAL and JAWABAN A… or the key (NO | SOAL | JAWABAN A–E | JAWABAN BENAR | UNIT | KUK, in any order
 * and spelling the header tolerance allows; a two-row header such as PILIHAN JAWABAN over A…E too). The
 * document goes through mammoth (the file was checked first: caps, and no DOCTYPE in any part), whose
 * HTML keeps each image where the cell had it; an image in the SOAL cell belongs to the stem, one in a
 * JAWABAN cell to that option. Every table with such a header is read, rows counted across them. A
 * document without such a table is read as numbered questions in paragraphs (docx-paragraphs.ts).
 */
export async function readDocx(file: string, sink: Sink): Promise<void> {
  const images: Buffer[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      await mammothInput(file),
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push(await image.read());
          return { src: `${IMAGE_SRC}${images.length - 1}` };
        }),
      },
    );
    html = result.value;
  } catch {
    throw new AppError('BANK_FILE_DAMAGED');
  }
  const body = parseDocument(html).children;
  const tables = DomUtils.findAll((e) => e.name === 'table', body).filter((t) => !insideTable(t));
  let found = false;
  let closest: string[] | null = null;
  let row = 0;
  for (const table of tables) {
    const grid = tableGrid(table);
    const header = findHeader(grid);
    if ('missing' in header) {
      if (closest === null || header.missing.length < closest.length) closest = header.missing;
      continue;
    }
    found = true;
    for (const cells of grid.slice(header.dataFrom)) {
      row++;
      readRow(cells, header.placed, row, images, sink);
    }
  }
  if (found) return;
  // No question table: most offices type their questions as numbered paragraphs, a table in one of them
  // being part of its question, not a header row to look for.
  if (readNumberedParagraphs(body, images, sink)) return;
  if (tables.length === 0) throw new AppError('BANK_FILE_NO_TABLE');
  throw new AppError('BANK_FILE_NO_HEADER', { missing: (closest ?? ['SOAL']).join(', ') });
}

/**
 * The file for mammoth, or, when its document holds Word equations (which mammoth drops without a word),
 * the same parts re-packed with each equation replaced by a mark, so the question shows where one was
 * and says it could not be kept.
 */
async function mammothInput(file: string): Promise<{ path: string } | { buffer: Buffer }> {
  const zip = await openZipEntries(file);
  try {
    const document = (await zip.read('word/document.xml'))?.toString('utf8');
    if (!document || !/:oMath\b/.test(document)) return { path: file };
    const parts = [];
    for (const name of zip.names()) {
      if (name.endsWith('/')) continue;
      const data = name === 'word/document.xml' ? Buffer.from(document.replace(EQUATION, `<w:r><w:t>${EQUATION_MARK}</w:t></w:r>`), 'utf8') : await zip.read(name);
      if (data) parts.push({ name, data });
    }
    return { buffer: zipParts(parts, { store: true }) };
  } finally {
    zip.close();
  }
}

function insideTable(element: DomElement): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if (isElement(parent) && parent.name === 'table') return true;
  return false;
}

/** A slot of the table grid: the cell covering it, and whether the slot is in the cell's first column. */
type Slot = { cell: DomElement; firstColumn: boolean } | null;

/** The table as a grid of slots, rowspan and colspan laid out as a browser does. */
function tableGrid(table: DomElement): Slot[][] {
  const rows = DomUtils.findAll((e) => e.name === 'tr', table.children).filter((tr) => nearestTable(tr) === table);
  const grid: Slot[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let column = 0;
    for (const cell of tr.children.filter((c): c is DomElement => isElement(c) && (c.name === 'td' || c.name === 'th'))) {
      while (grid[r][column]) column++;
      const colspan = Math.max(1, Math.min(50, Number.parseInt(cell.attribs.colspan ?? '1', 10) || 1));
      const rowspan = Math.max(1, Math.min(rows.length - r, Number.parseInt(cell.attribs.rowspan ?? '1', 10) || 1));
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) grid[r + dr][column + dc] = { cell, firstColumn: dc === 0 };
      column += colspan;
    }
  });
  return grid;
}

function nearestTable(element: DomElement): DomElement | null {
  for (let parent = element.parent; parent; parent = parent.parent) if (isElement(parent) && parent.name === 'table') return parent;
  return null;
}

function slotText(slot: Slot | undefined): string {
  return slot ? reduceNodes(slot.cell.children).text.replace(/\s+/g, ' ').trim() : '';
}

/**
 * The header: the first of the top rows (or two rows read together, a merged heading over its
 * sub-headings) naming SOAL and an option or the key. Otherwise the names still missing, for the message.
 */
function findHeader(grid: Slot[][]): { placed: Placed<DocKey>[]; dataFrom: number } | { missing: string[] } {
  let best: string[] | null = null;
  for (let r = 0; r < Math.min(HEADER_ROWS, grid.length); r++) {
    const width = Math.max(grid[r].length, grid[r + 1]?.length ?? 0);
    const single: Cell[] = grid[r].map((slot) => textCell(slotText(slot)));
    const double: Cell[] = Array.from({ length: width }, (_, c) => {
      const top = slotText(grid[r][c]);
      const below = grid[r + 1]?.[c];
      return textCell(below && below.cell !== grid[r][c]?.cell ? `${top} ${slotText(below)}` : top);
    });
    let found: { placed: Placed<DocKey>[]; dataFrom: number } | null = null;
    for (const [cells, rows] of [[single, 1], [double, 2]] as const) {
      const { placed } = matchHeader(cells, DOC_COLUMNS);
      const has = (key: DocKey) => placed.some((p) => p.column.key === key);
      // The reading that names more columns wins: a heading row over A–E names the options only with the row below.
      if (has('stem') && (has('optionA') || has('key'))) {
        if (found === null || placed.length > found.placed.length) found = { placed, dataFrom: r + rows };
        continue;
      }
      const missing = [has('stem') ? null : 'SOAL', has('optionA') || has('key') ? null : 'JAWABAN A / JAWABAN BENAR'].filter((m): m is string => m !== null);
      if (best === null || missing.length < best.length) best = missing;
    }
    if (found) return found;
  }
  return { missing: best ?? ['SOAL', 'JAWABAN A / JAWABAN BENAR'] };
}

function textCell(text: string): Cell {
  return text === '' ? { t: 'empty' } : { t: 'text', text };
}

function readRow(cells: Slot[], placed: Placed<DocKey>[], row: number, images: readonly Buffer[], sink: Sink): void {
  const at = (key: DocKey): Slot => {
    const p = placed.find((c) => c.column.key === key);
    const slot = p ? cells[p.index] : null;
    // A cell merged across columns belongs to its first column only; one merged down rows (a unit for
    // several questions) belongs to each of them.
    return slot?.firstColumn ? slot : null;
  };
  const read = (key: DocKey, place: ImagePlace | 'elsewhere'): DocxContent => {
    const slot = at(key);
    return slot ? docxContent(slot.cell.children, place, images) : { text: '', images: [], notes: [] };
  };
  const stem = read('stem', 'stem');
  const options = DOC_OPTION_KEYS.map((key, index) => read(key, `option:${index}`));
  const key = read('key', 'elsewhere');
  const expected = read('expected', 'elsewhere');
  const unit = read('unit', 'elsewhere');
  const kuk = read('kuk', 'elsewhere');
  const kind = read('kind', 'elsewhere');
  const no = read('no', 'elsewhere');
  const inOrder = read('inOrder', 'elsewhere');
  const all = [no, stem, ...options, key, expected, unit, kuk, kind, inOrder];
  addTemplateRow(
    {
      position: { row },
      name: no.text.replace(/\.$/, '') || null,
      stem: { id: stem.text, en: null },
      options: options.map((o) => ({ text: { id: o.text, en: null }, hasImage: o.images.length > 0 })),
      key: key.text,
      kind: kind.text,
      expected: { id: expected.text, en: null },
      unit: unit.text,
      kuk: kuk.text,
      inOrder: inOrder.text,
      images: all.flatMap((c) => c.images),
      notes: all.flatMap((c) => c.notes),
    },
    sink,
  );
}
