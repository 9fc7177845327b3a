import type { BankSourceReason } from '../../../shared/bank-source';
import { normalizeKey } from '../../spreadsheets/header';
import type { SourceNote, SourcePosition, SourceText } from '../source-question';
import { draftOf, letter, type Sink, type Where } from './build';
import type { RawImage } from './images';

/**
 * One row of our own layouts (the Excel and Word templates), whatever file it came from: a question with
 * up to five options in columns A–E, the key as a letter, its kind (PG / Esai) and where it belongs
 * (Unit, KUK). Shared so that both templates follow one set of rules.
 */
export type TemplateRow = {
  position: SourcePosition;
  /** The No column, as written. */
  name: string | null;
  stem: SourceText;
  /** Columns A–E in order, then any past E the file has (a sixth one refuses the row); empty text and no image is an empty option. */
  options: { text: SourceText; hasImage: boolean }[];
  key: string;
  kind: string;
  expected: SourceText;
  unit: string;
  kuk: string;
  /**
   * "Urutan Pilihan Tetap" (the Word template's URUTAN PILIHAN TETAP, a numbered question's "Urutan pilihan
   * tetap" line): Ya keeps a multiple choice's options in their order.
   */
  inOrder?: string;
  images: RawImage[];
  notes: SourceNote[];
  /** A problem the file format found in a cell (Excel's #N/A, a formula with no value…), refusing the row. */
  problem?: { code: BankSourceReason; params: Record<string, string | number> };
};

const KINDS: Readonly<Record<'multiple_choice' | 'essay', readonly string[]>> = {
  multiple_choice: ['PG', 'Pilihan Ganda', 'Pilgan', 'Objektif', 'MC', 'Multiple Choice'],
  essay: ['Esai', 'Essai', 'Esay', 'Essay', 'Uraian', 'Isian'],
};

/**
 * A template row to a question, or a refusal naming the row: an empty row is skipped; an option left
 * empty before a filled one, a key that is empty, not a letter or names no option, several keys, a kind
 * that is neither PG nor Esai, an essay with options each refuse the row. With no kind given, a row with
 * options is multiple choice and one without is an essay, whose expected answer is the Expected answer
 * column or else the key column (the Word layout has one answer column for both).
 */
export function addTemplateRow(row: TemplateRow, sink: Sink): void {
  const filled = row.options.map((o) => o.text.id !== '' || (o.text.en ?? '') !== '' || o.hasImage);
  if (row.stem.id === '' && (row.stem.en ?? '') === '' && filled.every((f) => !f) && row.key === '' && row.expected.id === '' && row.images.length === 0) return;
  // The source's own type is what its Jenis column says (PG, Esai), as written; our internal kind names
  // ('essay', 'multiple_choice', 'row') showed on the Indonesian preview as English words.
  const originalType = row.kind.trim().slice(0, 40);
  const where: Where = { position: row.position, originalType, name: row.name, text: row.stem.id || (row.stem.en ?? '') };
  if (row.problem) return sink.refuse(where, row.problem.code, row.problem.params);
  const count = filled.lastIndexOf(true) + 1;
  const gap = filled.slice(0, count).indexOf(false);
  if (gap >= 0) return sink.refuse(where, 'BANK_OPTION_MISSING', { letter: letter(gap) });
  const kind = kindOf(row.kind, count);
  if (kind === null) return sink.refuse(where, 'BANK_BAD_KIND', { value: row.kind.slice(0, 40) });
  const base = {
    position: row.position,
    originalType,
    name: row.name,
    stem: row.stem,
    unitCode: row.unit || null,
    kukRefs: kukRefs(row.kuk),
    images: row.images,
    notes: row.notes,
  };
  if (kind === 'essay') {
    if (count > 0) return sink.refuse(where, 'BANK_KIND_MISMATCH');
    const expected = row.expected.id !== '' || (row.expected.en ?? '') !== '' ? row.expected : row.key !== '' ? { id: row.key, en: null } : null;
    return sink.add(draftOf({ ...base, kind: 'essay', expected }));
  }
  if (count === 0) return sink.refuse(where, 'BANK_NO_OPTIONS');
  const options = row.options.slice(0, count).map((o) => o.text);
  const key = keyOf(row.key, options);
  if ('refusal' in key) return sink.refuse(where, key.refusal, key.params);
  const inOrder = yesOrNo(row.inOrder ?? '');
  if (inOrder === null) return sink.refuse(where, 'BANK_BAD_IN_ORDER', { value: (row.inOrder ?? '').slice(0, 40) });
  const notes: SourceNote[] = inOrder ? [...row.notes, { code: 'BANK_OPTIONS_IN_ORDER', params: {} }] : row.notes;
  return sink.add(draftOf({ ...base, kind: 'multiple_choice', options, key: key.index, optionsInOrder: inOrder, notes }));
}

const YES = ['Ya', 'Y', 'Yes', 'Iya', 'Tetap', '1', 'True', 'Benar', 'V', 'X'];
const NO = ['Tidak', 'T', 'No', 'N', 'Diacak', 'Acak', '0', 'False', 'Salah'];
/** Marks a header's normalization would erase, compared as typed. */
const YES_MARKS = ['✓', '✔', '√'];
const NO_MARKS = ['', '-', '–'];

/**
 * The Urutan Pilihan Tetap column (or a Word numbered question's "Urutan pilihan tetap: …" line): empty or
 * Tidak shuffles; anything else neither yes nor no refuses the row rather than guessing.
 */
export function yesOrNo(text: string): boolean | null {
  const typed = text.trim();
  if (YES_MARKS.includes(typed)) return true;
  if (NO_MARKS.includes(typed)) return false;
  const given = normalizeKey(typed);
  if (YES.some((word) => normalizeKey(word) === given)) return true;
  if (NO.some((word) => normalizeKey(word) === given)) return false;
  return null;
}

function kindOf(text: string, options: number): 'multiple_choice' | 'essay' | null {
  const given = normalizeKey(text);
  if (given === '') return options > 0 ? 'multiple_choice' : 'essay';
  for (const [kind, names] of Object.entries(KINDS)) if (names.some((n) => normalizeKey(n) === given)) return kind === 'essay' ? 'essay' : 'multiple_choice';
  return null;
}

/** "A", "a", "A.", "(A)": the option's index. Several letters are multiple response. */
export function keyLetter(text: string, count: number): { index: number } | { refusal: BankSourceReason; params: Record<string, string | number> } {
  const tokens = text
    .trim()
    .toUpperCase()
    .split(/[\s,;/&+]+/)
    .map((t) => t.replace(/^\(|[.)]$/g, ''))
    .filter((t) => t !== '' && t !== 'DAN' && t !== 'AND');
  if (tokens.length === 0) return { refusal: 'BANK_NO_KEY', params: {} };
  if (tokens.length > 1 && tokens.every((t) => /^[A-Z]$/.test(t))) return { refusal: 'BANK_MULTIPLE_RESPONSE', params: {} };
  const index = tokens.length === 1 && /^[A-Z]$/.test(tokens[0]) ? tokens[0].charCodeAt(0) - 65 : -1;
  if (index < 0 || index >= count) return { refusal: 'BANK_KEY_NOT_AN_OPTION', params: { key: text.trim().slice(0, 20) } };
  return { index };
}

/**
 * The key as a letter, or, when it is not one, as the option it names by its words: "B. Kabel UTP" (the
 * letter and that option's text) or "Kabel UTP" (the text of exactly one option), as authors write a key
 * line. Such a key was refused as naming no option, though it named one.
 */
function keyOf(text: string, options: readonly SourceText[]): ReturnType<typeof keyLetter> {
  const byLetter = keyLetter(text, options.length);
  if (!('refusal' in byLetter) || byLetter.refusal !== 'BANK_KEY_NOT_AN_OPTION') return byLetter;
  const words = comparable(text);
  const lettered = /^\(?([a-e])[.)]\s*(.+)$/i.exec(text.trim());
  if (lettered) {
    const index = lettered[1].toUpperCase().charCodeAt(0) - 65;
    const option = options[index];
    if (option && [option.id, option.en].some((t) => t !== null && comparable(t) === comparable(lettered[2]))) return { index };
  }
  const same = options.flatMap((o, index) => ([o.id, o.en].some((t) => t !== null && t !== '' && comparable(t) === words) ? [index] : []));
  return same.length === 1 ? { index: same[0] } : byLetter;
}

function comparable(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
}

/** "1.1, 1.2; KUK 2.3." → ["1.1", "1.2", "2.3"]. */
export function kukRefs(text: string): string[] {
  return text
    .split(/[,;\n]+|\s{2,}/)
    .map((ref) => ref.trim().replace(/^KUK\s*/i, '').replace(/\.$/, '').trim())
    .filter(Boolean);
}
