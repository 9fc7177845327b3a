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
import { NOTES_SHEET, REASON_HEADER, SHEET_NAMES, notesOf } from './texts';

/** A kind's written layout: the template's columns, in order. */
export type Layout = { kind: ImportKind; columns: readonly WriteColumn[] };

const REASON_KEY = '__reason';

/** Files go where bundles do, under a fresh name, so that /files/exports/<name> serves them. */
function exportPath(dataDir: string, kind: ImportKind, what: string): { fileName: string; file: string } {
  const fileName = `${kind}-${what}-${crypto.randomUUID().slice(0, 8)}.xlsx`;
  return { fileName, file: path.join(transferDir(dataDir, 'exports'), fileName) };
}

export async function writeTemplate(dataDir: string, layout: Layout, language: Language): Promise<SheetFile> {
  const { fileName, file } = exportPath(dataDir, layout.kind, 'template');
  await writeSheet(file, {
    sheetName: SHEET_NAMES[layout.kind][language],
    columns: layout.columns,
    rows: [],
    notes: { sheetName: NOTES_SHEET[language], lines: notesOf(layout.kind, language) },
  });
  return { fileName, rows: 0 };
}

/** The registry in the template's layout (numbered in the No column when the layout has one). */
export async function writeExport(dataDir: string, layout: Layout, pages: Iterable<Partial<Record<string, SheetValue>>[]>, language: Language): Promise<SheetFile> {
  const { fileName, file } = exportPath(dataDir, layout.kind, 'export');
  let count = 0;
  const numbered = layout.columns.some((c) => c.key === 'no');
  function* rows() {
    for (const page of pages) for (const row of page) yield numbered ? { ...row, no: ++count } : (count++, row);
  }
  await writeSheet(file, { sheetName: SHEET_NAMES[layout.kind][language], columns: layout.columns, rows: rows() });
  return { fileName, rows: count };
}

/** The refused rows as the file had them, in the template's columns, with a reason column to fix them by. */
export async function writeRefused(dataDir: string, layout: Layout, refused: readonly RefusedRow[], language: Language): Promise<SheetFile> {
  const { fileName, file } = exportPath(dataDir, layout.kind, 'refused');
  const columns: WriteColumn[] = [...layout.columns, { key: REASON_KEY, header: REASON_HEADER[language], width: 80 }];
  const rows = refused.map((r) => ({ ...r.cells, [REASON_KEY]: reasonText(r.problems, language) }));
  await writeSheet(file, { sheetName: SHEET_NAMES[layout.kind][language], columns, rows });
  return { fileName, rows: refused.length };
}

export async function sha256Of(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}
