/**
 * The question bank (issue 15) as the contract carries it: every instrument of a scheme version (multiple
 * choice FR.IA.05, essay FR.IA.06, oral FR.IA.07, supporting questions FR.IA.03, observation benchmarks
 * FR.IA.01) with its KUK, status, authors, tags and images. Shared by the core, the screens, the CLI and
 * the bank import.
 *
 * Life of an entry: created as a draft; approved (needs a KUK, and a multiple choice 2–5 options with one
 * key); retired (never deleted, so what a session used stays readable). An edit of an approved entry no
 * session has used returns it to draft (its approval vouched for the old text). An entry a session has
 * used (its scheme version is frozen, or answers or scores name it) is never edited: the edit becomes a
 * new draft that `replaces` it, and approving that draft retires the old one, which keeps its id for the
 * records that point at it. A change of tags only is not an edit of the content: it is saved in place and
 * keeps the status. Retired entries are not edited.
 */
import type { Bilingual, Dimension, ItemKind } from './types';

/** The four kinds of `item`, and the observation benchmark (observation_item, one per KUK). */
export const BANK_KINDS = ['multiple_choice', 'essay', 'oral', 'supporting', 'observation'] as const;
export type BankKind = (typeof BANK_KINDS)[number];

export const BANK_STATUSES = ['draft', 'approved', 'retired'] as const;
export type BankStatus = (typeof BANK_STATUSES)[number];

export const SCORINGS = ['yes_no', 'score_0_3'] as const;
export type Scoring = (typeof SCORINGS)[number];

/** Where an image sits: the stem, or an option by its position in the item (0 = A), whatever order a candidate sees. */
export const IMAGE_PLACES = ['stem', 'option:0', 'option:1', 'option:2', 'option:3', 'option:4'] as const;
export type ImagePlace = (typeof IMAGE_PLACES)[number];

export const OPTIONS_MAX = 5;
export const OPTIONS_MIN_TO_APPROVE = 2;
export const KUKS_PER_ITEM_MAX = 20;
export const TAGS_MAX = 20;
export const TAG_MAX_CHARS = 60;
export const REF_MAX_CHARS = 40;
/** A stem, an expected answer or a scoring guide. */
export const BANK_TEXT_MAX_CHARS = 10_000;
export const OPTION_MAX_CHARS = 2_000;
export const IMAGES_PER_PLACE_MAX = 4;
/** A diagram or a screenshot; a photo from a phone fits after the LSP shrinks it. */
export const BANK_IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/** The ref a new entry gets when none is given: its kind's prefix and the next free number (PG-25). */
export const REF_PREFIX: Record<ItemKind, string> = { multiple_choice: 'PG', essay: 'ES', oral: 'LS', supporting: 'PP' };

/** Why one field of an entry was refused (`BANK_INVALID` carries the list); messages under `bank.reasons.*`. */
export const BANK_FIELD_REASONS = [
  'required',
  'too_long',
  'format',
  'taken',
  'duplicate',
  'unknown_kuk',
  'not_for_kind',
  'over_limit',
  'key_count',
] as const;
export type BankFieldReason = (typeof BANK_FIELD_REASONS)[number];
/** `field` names the input's property: `prompt.id`, `options.2.text.en`, `kukIds.1`, `ref`. */
export type BankFieldIssue = { field: string; reason: BankFieldReason };

/** The bank's error codes, spread into ERROR_CODES (shared/errors.ts); messages under `errors.*`. */
export const BANK_ERRORS = [
  /** Fields refused: `fields` lists them. */
  'BANK_INVALID',
  'BANK_APPROVE_NO_KUK',
  'BANK_APPROVE_NO_KEY',
  'BANK_APPROVE_FEW_OPTIONS',
  'BANK_ITEM_RETIRED',
  /** An edit of a used entry while an earlier edit of it waits as a draft: edit that draft. */
  'BANK_REPLACEMENT_PENDING',
  /** A KUK has one live observation benchmark: edit it instead of adding another. */
  'BANK_BENCHMARK_EXISTS',
  'BANK_IMAGE_SVG',
  'BANK_IMAGE_NOT_PNG_OR_JPEG',
  'BANK_IMAGE_TOO_LARGE',
  'BANK_IMAGE_TOO_MANY',
  /** A kept image (by sha256) that the entry does not have, or an option place the item has no option for. */
  'BANK_IMAGE_UNKNOWN',
] as const;
export type BankErrorCode = (typeof BANK_ERRORS)[number];

/** A KUK as a bank entry names it: where it sits and its text. */
export type BankKuk = { kukId: string; unitId: string; unitCode: string; number: string; text: Bilingual };

/** Who did something to an entry and when; null ids and names for entries older than the bank. */
export type BankStamp = { accountId: string | null; name: string | null; at: string | null };

export type BankOption = { text: Bilingual; correct: boolean; images: string[] };

/** A row of `bank/list`. */
export type BankItemSummary = {
  id: string;
  schemeId: string;
  kind: BankKind;
  /** PG-01, ES-02…; a benchmark: its KUK's unit code and number. */
  ref: string;
  ordinal: number;
  status: BankStatus;
  /** The stem, question or benchmark. */
  prompt: Bilingual;
  kuks: BankKuk[];
  dimensions: Dimension[];
  tags: string[];
  /** Some text the candidate or assessor reads has no English. */
  missingEnglish: boolean;
  imageCount: number;
  /**
   * Approved or retired, and its scheme version is frozen (a session uses it) or answers or scores name it:
   * an edit becomes a new draft. A draft never is (drafts reach no paper, and one is edited in place).
   */
  used: boolean;
  replacesId: string | null;
};

/** `bank/get`: everything about one entry. Images are sha256s, shown from /files/attachments/<sha256>. */
export type BankItem = BankItemSummary & {
  expected: Bilingual | null;
  guide: Bilingual | null;
  scoring: Scoring;
  options: BankOption[];
  /** As BankItemInput's: the options keep their order for every candidate. */
  optionsInOrder: boolean;
  stemImages: string[];
  created: BankStamp | null;
  updated: BankStamp | null;
  approved: BankStamp | null;
  retired: BankStamp | null;
  /** An imported entry: the file's sha256 and the question's place in it. */
  source: { sha256: string; position: string } | null;
  /** A draft (or the approved entry) made from this one by an edit. */
  replacedById: string | null;
};

/** A question as the admin writes it (bank/save). Images are set apart (bank/setImages). */
export type BankItemInput = {
  kind: ItemKind;
  /** Null: keep the entry's ref, or give a new one the next free ref of its kind. */
  ref: string | null;
  /** In order; the first is the one forms print beside the question. A draft may have none. */
  kukIds: string[];
  dimensions: Dimension[];
  prompt: Bilingual;
  /** Essay, oral, supporting: the expected answer (kunci jawaban). */
  expected: Bilingual | null;
  /** Essay: how to score the answer. */
  guide: Bilingual | null;
  /** Essay: Ya/Tidak or 0–3; the other kinds are Ya/Tidak. */
  scoring: Scoring;
  /** Multiple choice: 2–5 options (A–E), one correct. Other kinds: none. */
  options: { text: Bilingual; correct: boolean }[];
  /**
   * Multiple choice: every candidate sees the options in this order (A–E as written) instead of shuffled,
   * for a question with an option that names others ("A dan B benar", "Semua jawaban di atas benar").
   * Always false for the other kinds.
   */
  optionsInOrder: boolean;
  tags: string[];
};

/** An observation benchmark (FR.IA.01) as the admin writes it (bank/saveBenchmark). */
export type BenchmarkInput = { kukId: string; text: Bilingual };

/** `copied`: the entry was used, so the save made a new draft (`item.replacesId` names the old one). */
export type BankSaved = { item: BankItem; copied: boolean };

/** One image of a place: a new upload (POST /files/upload), or one the entry has, kept by its hash. */
export type BankImageFile = { uploadId: string } | { sha256: string };

export type BankStatusCounts = Record<BankStatus, number>;
export type BankKindCounts = Record<BankKind, BankStatusCounts>;

/** One KUK of the coverage view, with the entries that give evidence for it. */
export type CoverageKuk = {
  kukId: string;
  unitId: string;
  unitCode: string;
  unitTitle: Bilingual;
  elementNo: number;
  elementTitle: Bilingual;
  number: string;
  text: Bilingual;
  counts: BankKindCounts;
  /** Drafts and approved entries mapped to it (retired ones only counted). */
  entries: { id: string; kind: BankKind; ref: string; status: BankStatus }[];
  /** An approved multiple choice or essay. */
  written: boolean;
  /** An approved observation benchmark or supporting question. */
  observed: boolean;
  /** Neither: the assessor's K/BK rule has no written or observed evidence to go on. */
  flagged: boolean;
};

/**
 * The upcoming sessions whose assembled written test (a fixed list or a draw's pools) names the question
 * that would leave the approved bank (bank/sessionsLosing): an approved question by being retired or
 * edited back to draft; the question a draft replaces, once the draft is approved (which retires it). A
 * paper takes approved questions only, so each such test loses it until assembled again. `ref` is that
 * question's; none is null (a draft replacing nothing, a retired entry, a benchmark).
 */
export type BankSessionsLosing = { ref: string | null; sessions: { sessionId: string; code: string; date: string; startTime: string }[] };

export type BankCoverage = {
  schemeId: string;
  kuks: CoverageKuk[];
  totals: BankKindCounts;
  flagged: number;
  /** Drafts without any KUK yet (imports arrive so). */
  unmapped: number;
};
