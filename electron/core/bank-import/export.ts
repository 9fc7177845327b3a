import crypto from 'node:crypto';
import path from 'node:path';
import type { BankExportFile } from '../../shared/bank-import';
import type { Language } from '../../shared/i18n';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { bankLsp, bankScheme } from '../bank/scope';
import { transferDir } from '../bundles/transfers';
import type { Db } from '../db/open';
import * as q from '../db/queries/bank-items';
import { sweepOlder } from '../registry-import/files';
import { askedLanguage } from '../setup/asked-language';
import { writeSheet } from '../spreadsheets/write';
import { exportNotes, type ExportFacts } from './export-notes';
import { OPTION_EN_KEYS, OPTION_KEYS, sheetHeaders, type SheetKey } from './sources/template-columns';
import { COMMON, NOTES_SHEET, SHEET_NAME, SHEET_NOTES, SHEET_WIDTHS } from './templates/bank-template';

export type BankExportEnv = { db: Db; dataDir: string; now: () => Date };

// Both languages' names are swept.
const EXPORT_FILE = /^bank-(soal-ekspor|export)-[0-9a-f]{8}\.xlsx$/;
/** Named in the sheet's language, as every download (registry-import/files.ts). */
const EXPORT_FILE_WORD = { id: 'bank-soal-ekspor', en: 'bank-export' } as const satisfies Record<Language, string>;
/** What the Kind column says, as the template's readers take it back (template-rows.ts KINDS). */
const KIND_WORD: Readonly<Record<Language, Record<'multiple_choice' | 'essay', string>>> = {
  id: { multiple_choice: 'PG', essay: 'Esai' },
  en: { multiple_choice: 'MC', essay: 'Essay' },
};
const LETTERS = 'ABCDE';
/** What the Urutan Pilihan Tetap column says of a question kept in order (template-rows.ts reads it back). */
const YES_WORD: Readonly<Record<Language, string>> = { id: 'Ya', en: 'Yes' };

type Row = Partial<Record<SheetKey, string>>;

/** One question as a template row: its ref in the No column, the KUK of its first unit by number. */
function rowOf(db: Db, item: q.ItemRow, language: Language): { row: Row; images: boolean; otherUnit: boolean } {
  const kind = item.kind === 'essay' ? 'essay' : 'multiple_choice';
  const options = q.optionsOf(db, item.id);
  const kuks = q.kuksOfItems(db, [item.id]);
  const unit = kuks[0]?.unit_code ?? '';
  const row: Row = {
    no: item.ref,
    stemId: item.prompt_id,
    stemEn: item.prompt_en ?? '',
    kind: KIND_WORD[language][kind],
    unit,
    kuk: kuks
      .filter((k) => k.unit_code === unit)
      .map((k) => k.number)
      .join(', '),
    expectedId: item.expected_id ?? '',
    expectedEn: item.expected_en ?? '',
    key: kind === 'multiple_choice' ? (LETTERS[options.findIndex((o) => o.is_correct === 1)] ?? '') : '',
    inOrder: kind === 'multiple_choice' && item.options_in_order === 1 ? YES_WORD[language] : '',
  };
  options.forEach((o, i) => {
    const id = OPTION_KEYS[i];
    const en = OPTION_EN_KEYS[i];
    if (id) row[id] = o.text_id;
    if (en) row[en] = o.text_en ?? '';
  });
  return { row, images: q.imageCountOf(db, item.id) > 0, otherUnit: kuks.some((k) => k.unit_code !== unit) };
}

type Written = { item: q.ItemRow; row: Row; images: boolean; otherUnit: boolean };

/** What the import's reader compares to find a question twice in a file (sources/build.ts sameness), of what a row carries. */
function rowKey(row: Row): string {
  const flat = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const { no: _no, unit: _unit, kuk: _kuk, ...content } = row;
  return JSON.stringify(Object.entries(content).map(([k, v]) => [k, flat(v)]).sort());
}

/**
 * Each row's content once: the reader refuses a row that repeats an earlier one (BANK_DUPLICATE), so
 * the file could not read back unchanged. A second live question the template shows the same (a used
 * question's pending replacement that changed only its pictures, or a copy already in the bank) is left
 * out and named beside the one written.
 */
function onceEach(all: Written[]): { rows: Written[]; repeated: ExportFacts['repeated'] } {
  const first = new Map<string, Written>();
  const repeated: { ref: string; draft: boolean; of: string }[] = [];
  for (const w of all) {
    const key = rowKey(w.row);
    const earlier = first.get(key);
    // The approved one is written: it is what sessions use; the draft is named beside it.
    const [kept, left] = earlier && earlier.item.status === 'draft' && w.item.status === 'approved' ? [w, earlier] : [earlier ?? w, w];
    if (earlier) repeated.push({ ref: left.item.ref, draft: left.item.status === 'draft', of: kept.item.ref });
    first.set(key, kept);
  }
  return { rows: [...first.values()], repeated };
}

/**
 * A scheme version's draft and approved multiple-choice and essay questions, written in our Excel
 * template's layout (the same headers, so importing the file back into the version finds every question
 * unchanged, apply.ts), under /files/exports/. The instructions sheet says what the template could not
 * carry (pictures, oral and supporting questions, a second unit's KUK, status, tags, scoring guides) and
 * the result counts it. Audited (bank.export): the LSP's question bank leaves the app in plain text.
 */
export async function exportBank(env: BankExportEnv, principal: Principal, schemeId: string, language: Language | undefined): Promise<BankExportFile> {
  const scheme = bankScheme(env.db, bankLsp(principal), schemeId);
  const lang = askedLanguage(env.db, language);
  const live = q.itemsOfScheme(env.db, schemeId).filter((i) => i.status !== 'retired');
  // Multiple choice first, as the bank's list shows them (the query orders kinds by name, essays first).
  const written = [...live.filter((i) => i.kind === 'multiple_choice'), ...live.filter((i) => i.kind === 'essay')];
  const { rows, repeated } = onceEach(written.map((i) => ({ item: i, ...rowOf(env.db, i, lang) })));
  const facts: ExportFacts = {
    code: scheme.code,
    version: scheme.version,
    questions: rows.length,
    drafts: rows.filter((r) => r.item.status === 'draft').map((r) => r.item.ref),
    withoutImages: rows.filter((r) => r.images).map((r) => r.item.ref),
    otherKinds: live.length - written.length,
    otherUnitKuk: rows.filter((r) => r.otherUnit).map((r) => r.item.ref),
    repeated,
  };
  const fileName = `${EXPORT_FILE_WORD[lang]}-${crypto.randomUUID().slice(0, 8)}.xlsx`;
  const file = path.join(transferDir(env.dataDir, 'exports'), fileName);
  await writeSheet(file, {
    sheetName: SHEET_NAME[lang],
    columns: sheetHeaders(lang).map(({ key, header }) => ({ key, header, text: true, width: key === 'no' ? 10 : (SHEET_WIDTHS[key] ?? 24) })),
    rows: rows.map((r) => r.row),
    notes: { sheetName: NOTES_SHEET[lang], lines: [...exportNotes(facts, lang), ...COMMON[lang], ...SHEET_NOTES[lang]] },
  });
  // Plain text like the registry's workbooks: older exports go once a new one is written.
  sweepOlder(file, EXPORT_FILE);
  const result: BankExportFile = {
    fileName,
    questions: facts.questions,
    drafts: facts.drafts.length,
    withoutImages: facts.withoutImages.length,
    otherKinds: facts.otherKinds,
    otherUnitKuk: facts.otherUnitKuk.length,
    repeated: repeated.length,
  };
  const now = env.now();
  env.db.transaction(() => appendAudit(env.db, principal, { action: 'bank.export', entity: 'scheme', entityId: schemeId, details: { ...result } }, now))();
  return result;
}
