import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Language } from '../../shared/i18n';
import type { ImportKind, SheetFile } from '../../shared/registry-import';
import { transferDir } from '../bundles/transfers';
import { writeSheet, type WriteColumn } from '../spreadsheets/write';
import type { SheetValue } from '../spreadsheets/spec';
import type { RefusedRow } from './pending';
import { reasonText } from '../../shared/i18n/import-problem-text';
import { NOTES_SHEET, REASON_HEADER, SHEET_NAMES, notesOf, sourceRowText } from './texts';

/** A kind's written layout: the template's columns, in order. */
export type Layout = { kind: ImportKind; columns: readonly WriteColumn[] };

const REASON_KEY = '__reason';

/** How long a written workbook waits for its download: they hold personal data in plain text. */
export const SHEET_FILE_TTL_MS = 60 * 60_000;
/**
 * A downloaded file is named in the language it was asked in (the screen's, else the installation's), as
 * its sheet and notes are: `asesi-ekspor-…` in Indonesian, `candidates-export-…` in English.
 */
type SheetWhat = 'template' | 'export' | 'refused';
const FILE_WORDS = {
  id: { candidates: 'asesi', assessors: 'asesor', schemes: 'skema', template: 'templat', export: 'ekspor', refused: 'ditolak' },
  en: { candidates: 'candidates', assessors: 'assessors', schemes: 'schemes', template: 'template', export: 'export', refused: 'refused' },
} as const satisfies Record<Language, Record<ImportKind | SheetWhat, string>>;
// Both languages' names, so that every leftover is swept.
const SHEET_FILE = /^((asesi|asesor|skema)-(templat|ekspor|ditolak)|(candidates|assessors|schemes)-(template|export|refused))-[0-9a-f]{8}\.xlsx$/;

/** Files go where bundles do, under a fresh name, so that /files/exports/<name> serves them. */
function exportPath(dataDir: string, kind: ImportKind, what: SheetWhat, language: Language): { fileName: string; file: string } {
  const words = FILE_WORDS[language];
  const fileName = `${words[kind]}-${words[what]}-${crypto.randomUUID().slice(0, 8)}.xlsx`;
  return { fileName, file: path.join(transferDir(dataDir, 'exports'), fileName) };
}

/**
 * Unlike a bundle, a workbook is not encrypted: once a new one is written, those written more than
 * SHEET_FILE_TTL_MS before it are removed. Measured against the new file's own time, so that the file
 * system's clock is compared with itself, never with the process's.
 */
export function sweepOlder(fresh: string, names: RegExp = SHEET_FILE): void {
  const dir = path.dirname(fresh);
  const cutoff = fs.statSync(fresh).mtimeMs - SHEET_FILE_TTL_MS;
  for (const name of fs.readdirSync(dir)) {
    if (!names.test(name)) continue;
    const file = path.join(dir, name);
    if ((fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < cutoff) fs.rmSync(file, { force: true });
  }
}

function written<T extends SheetFile>(file: string, done: T): T {
  sweepOlder(file);
  return done;
}

export async function writeTemplate(dataDir: string, layout: Layout, language: Language): Promise<SheetFile> {
  const { fileName, file } = exportPath(dataDir, layout.kind, 'template', language);
  await writeSheet(file, {
    sheetName: SHEET_NAMES[layout.kind][language],
    columns: layout.columns,
    rows: [],
    notes: { sheetName: NOTES_SHEET[language], lines: notesOf(layout.kind, language) },
  });
  return written(file, { fileName, rows: 0 });
}

/** The registry in the template's layout (numbered in the No column when the layout has one). */
export async function writeExport(dataDir: string, layout: Layout, pages: Iterable<Partial<Record<string, SheetValue>>[]>, language: Language): Promise<SheetFile> {
  const { fileName, file } = exportPath(dataDir, layout.kind, 'export', language);
  let count = 0;
  const numbered = layout.columns.some((c) => c.key === 'no');
  function* rows() {
    for (const page of pages) for (const row of page) yield numbered ? { ...row, no: ++count } : (count++, row);
  }
  await writeSheet(file, { sheetName: SHEET_NAMES[layout.kind][language], columns: layout.columns, rows: rows() });
  return written(file, { fileName, rows: count });
}

/**
 * The refused rows as the file had them, with a reason column to fix them by: in the template's order,
 * but only the columns of `keys` (the file's own) when given. A column the file lacked, written empty,
 * would read on re-import as an empty cell, which clears the field, where the file meant to leave it alone.
 */
export async function writeRefused(dataDir: string, layout: Layout, refused: readonly RefusedRow[], language: Language, keys?: ReadonlySet<string>): Promise<SheetFile> {
  const { fileName, file } = exportPath(dataDir, layout.kind, 'refused', language);
  const kept = keys ? layout.columns.filter((c) => keys.has(c.key)) : layout.columns;
  const columns: WriteColumn[] = [...kept, { key: REASON_KEY, header: REASON_HEADER[language], width: 80 }];
  // Reasons name columns as this file's headers do (the template's), not as the file imported had them
  // ("No KTP: …" beside a column headed NIK sent the reader looking for a column that is not there).
  const header = new Map(layout.columns.map((c) => [c.key, c.header]));
  const named = (problems: RefusedRow['problems']) => problems.map((p) => (p.key !== null && header.has(p.key) ? { ...p, column: header.get(p.key) ?? p.column } : p));
  const reason = (r: RefusedRow) => {
    const text = reasonText(named(r.problems), language);
    return r.problems.some((p) => p.row !== undefined) ? text : `${sourceRowText(r.row, language)} ${text}`;
  };
  const rows = refused.map((r) => ({ ...r.cells, [REASON_KEY]: reason(r) }));
  await writeSheet(file, { sheetName: SHEET_NAMES[layout.kind][language], columns, rows, keepNumbers: true });
  return written(file, { fileName, rows: refused.length });
}

export async function sha256Of(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}
