import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { BankSourceReason } from '../../../shared/bank-source';
import type { IgnoredColumn, ImagePlace, SourceImage, SourceNote, SourcePosition, SourceQuestion, SourceRefusal, SourceText, SourceType } from '../source-question';
import { keepImages, type RawImage } from './images';
import { optionNamingOthers } from '../../../shared/option-references';
import { placePictureMarks, withoutPictureMarks } from './picture-lines';
import type { BankLimits } from './limits';

/** What every reader knows of a question before it is checked: the SourceQuestion's fields, images not yet sorted. */
export type Draft = Omit<SourceQuestion, 'sourceType' | 'images'> & { images: RawImage[] };

/** Who a question is and where: enough to refuse it. */
export type Where = { position: SourcePosition; originalType: string; name: string | null; text: string };

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'];
export const MAX_OPTIONS = 5;
const EXCERPT_CHARS = 120;

export function letter(index: number): string {
  return LETTERS[index] ?? String(index + 1);
}

/**
 * Collects a reader's questions and refusals in file order, and stops a file that holds more than the
 * cap (refused whole: a preview of it would be unusable anyway).
 */
export class Sink {
  readonly questions: SourceQuestion[] = [];
  readonly refused: SourceRefusal[] = [];
  /** An Excel sheet's columns not read (a "Keterangan" column, a misspelt "Kunci Jwban"), for the preview to name. */
  ignoredColumns: IgnoredColumn[] = [];
  /** Each question kept, by what it says (sameness), to the position where the file first had it. */
  private readonly seen = new Map<string, SourcePosition>();

  constructor(
    readonly sourceType: SourceType,
    readonly limits: BankLimits,
  ) {}

  refuse(where: Where, code: BankSourceReason, params: Record<string, string | number> = {}): void {
    this.count();
    this.refused.push({
      position: where.position,
      sourceType: this.sourceType,
      originalType: where.originalType,
      name: where.name,
      excerpt: excerpt(withoutPictureMarks(where.text)),
      code,
      params,
    });
  }

  /** Checks a draft against the bank's rules: kept as a question, or refused with the first rule it breaks. */
  add(found: Draft): void {
    const kept = keepImages(found.images, this.limits);
    const draft = withPictureLines(found, kept.stemKept);
    const where: Where = { position: draft.position, originalType: draft.originalType, name: draft.name, text: draft.stem.id };
    const refusal = check(draft, kept.lost, new Set(kept.images.map((i) => i.place)), this.limits);
    if (refusal) return this.refuse(where, refusal.code, refusal.params);
    // An office file often holds a question twice (copied while writing); two of it in the bank would
    // be drawn as two questions of one paper.
    const key = sameness(draft, kept.images);
    const first = this.seen.get(key);
    if (first) return this.refuse(where, 'BANK_DUPLICATE', positionParams(first));
    this.seen.set(key, draft.position);
    this.count();
    const naming = draft.kind === 'multiple_choice' ? optionNamingOthers(draft.options) : -1;
    // Noted only where it is why the options keep their order: where the file asked for it, its own note
    // says so already, and a second "so they are not shuffled" said the same thing twice.
    const namingNote = naming >= 0 && !draft.optionsInOrder ? [{ code: 'BANK_OPTION_NAMES_OTHERS' as const, params: { letter: letter(naming) } }] : [];
    this.questions.push({
      ...draft,
      sourceType: this.sourceType,
      images: kept.images,
      optionsInOrder: draft.kind === 'multiple_choice' && (draft.optionsInOrder || naming >= 0),
      notes: dedupe([...draft.notes, ...kept.notes, ...namingNote]),
    });
  }

  private count(): void {
    if (this.questions.length + this.refused.length >= this.limits.maxQuestions) throw new AppError('BANK_FILE_TOO_MANY_QUESTIONS', { cap: this.limits.maxQuestions });
  }
}

/**
 * A Word picture's place among the stem's words as a `[gambar N]` line (picture-lines.ts); every other
 * text of the question drops its marks (its pictures show after it, as they always did).
 */
function withPictureLines(draft: Draft, stemKept: readonly (number | null)[]): Draft {
  const plain = (t: SourceText): SourceText => ({ id: withoutPictureMarks(t.id), en: t.en === null ? null : withoutPictureMarks(t.en) });
  return {
    ...draft,
    stem: { ...plain(draft.stem), id: placePictureMarks(draft.stem.id, stemKept) },
    options: draft.options.map(plain),
    expected: draft.expected && plain(draft.expected),
    scoringGuide: draft.scoringGuide && plain(draft.scoringGuide),
  };
}

type Refusal = { code: BankSourceReason; params: Record<string, string | number> };

function check(draft: Draft, lost: ReadonlyMap<ImagePlace, string>, withImages: ReadonlySet<ImagePlace>, limits: BankLimits): Refusal | null {
  // Indonesian is the bank's first language: an English text alone does not fill a stem or an option.
  // A picture does not either: the bank needs the text (BANK_INVALID would name a field path instead).
  if (draft.stem.id === '') {
    const name = lost.get('stem');
    if (name) return { code: 'BANK_IMAGE_WAS_CONTENT', params: { name } };
    return withImages.has('stem') ? { code: 'BANK_STEM_IMAGE_ONLY', params: {} } : { code: 'BANK_NO_STEM', params: {} };
  }
  if (tooLong(draft.stem, limits.maxTextChars) || tooLong(draft.expected, limits.maxTextChars) || tooLong(draft.scoringGuide, limits.maxTextChars)) {
    return { code: 'BANK_TEXT_TOO_LONG', params: { max: limits.maxTextChars } };
  }
  if (draft.kind === 'essay') return null;
  const count = draft.options.length;
  if (count === 0) return { code: 'BANK_NO_OPTIONS', params: {} };
  if (count > MAX_OPTIONS) return { code: 'BANK_TOO_MANY_OPTIONS', params: { count, max: MAX_OPTIONS } };
  if (count < 2) return { code: 'BANK_TOO_FEW_OPTIONS', params: { count } };
  for (const [index, option] of draft.options.entries()) {
    const place: ImagePlace = `option:${index}`;
    if (option.id === '') {
      const name = lost.get(place);
      if (name) return { code: 'BANK_IMAGE_WAS_CONTENT', params: { name } };
      return { code: withImages.has(place) ? 'BANK_OPTION_IMAGE_ONLY' : 'BANK_OPTION_EMPTY', params: { letter: letter(index) } };
    }
    if (tooLong(option, limits.maxOptionChars)) return { code: 'BANK_OPTION_TOO_LONG', params: { letter: letter(index), max: limits.maxOptionChars } };
  }
  if (draft.key === null) return { code: 'BANK_NO_KEY', params: {} };
  if (draft.key < 0 || draft.key >= count) return { code: 'BANK_KEY_NOT_AN_OPTION', params: { key: letter(draft.key) } };
  return null;
}

function positionParams(position: SourcePosition): Record<string, string | number> {
  return Object.fromEntries(Object.entries(position).filter((entry): entry is [string, string | number] => entry[1] !== undefined));
}

/** What a question says, spaces aside: its kind, texts, key and images (by their bytes, per place). */
function sameness(draft: Draft, images: readonly SourceImage[]): string {
  const text = (t: SourceText | null) => (t ? [t.id, t.en ?? ''].map((s) => s.replace(/\s+/g, ' ').trim()) : null);
  const pictures = images.map((i) => `${i.place}:${createHash('sha256').update(i.bytes).digest('hex')}`).sort();
  return JSON.stringify([draft.kind, text(draft.stem), draft.options.map(text), draft.key, text(draft.expected), text(draft.scoringGuide), pictures]);
}

function tooLong(text: SourceText | null, max: number): boolean {
  return text !== null && (characters(text.id) > max || characters(text.en ?? '') > max);
}

/** Characters as a person counts them (a pair of UTF-16 surrogates is one); a short text is not split to know. */
function characters(text: string): number {
  return text.length <= 1000 ? text.length - (text.match(/[\uD800-\uDBFF]/g)?.length ?? 0) : [...text].length;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS - 1).join('')}…` : line;
}

/** The same note twice (two SVGs, say) stays twice only when its params differ. */
function dedupe(notes: SourceNote[]): SourceNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.code} ${JSON.stringify(note.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A SourceText in Indonesian only (every source but our own templates' English columns). */
export function idOnly(id: string): SourceText {
  return { id, en: null };
}

/** A draft with the fields most readers leave empty. */
export function draftOf(fields: Pick<Draft, 'position' | 'originalType' | 'name' | 'kind' | 'stem'> & Partial<Draft>): Draft {
  return {
    options: [],
    key: null,
    optionsInOrder: false,
    expected: null,
    scoringGuide: null,
    unitCode: null,
    kukRefs: [],
    tags: [],
    images: [],
    notes: [],
    ...fields,
  };
}

