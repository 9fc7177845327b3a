/**
 * The question-bank import (issue 15) as the contract carries it: bankImport/preview reads a file into
 * questions and says what applying it would do, writing nothing; bankImport/map sets the KUK of its
 * questions; bankImport/apply writes it in one transaction (core/bank-import/service.ts).
 *
 * Mapping, in order of precedence for each question:
 * 1. `question`: the admin named its KUK in the preview (bankImport/map `questions`);
 * 2. `file`: the file's own Unit and KUK columns (our Excel and Word templates) matched this scheme
 *    version's unit code and KUK numbers (KUK numbers without a unit code are read in the unit the whole
 *    file is mapped to);
 * 3. `unit`: the whole file was mapped to one unit (bankImport/map `unitId`): the question gives evidence
 *    for every KUK of that unit (the admin narrows it per question, here or later in the bank).
 * A question none of these maps is imported as a draft: approval needs a KUK, so `approve` on apply
 * approves the mapped questions only and counts the others as not approved, unmapped.
 */
import { z } from 'zod';
import type { BankFieldIssue, BankStatus } from './bank';
import type { BankSourceNote, BankSourceReason } from './bank-source';
import type { ErrorCode, ErrorParams } from './errors';
import { LANGUAGES } from './i18n';

export const BANK_SOURCE_TYPES = ['xlsx', 'docx', 'aiken', 'gift', 'moodle_xml', 'qti'] as const;
export type BankSourceType = (typeof BANK_SOURCE_TYPES)[number];

/** The import's own error codes, spread into ERROR_CODES (shared/errors.ts); messages under `errors.*`. */
export const BANK_IMPORT_ERRORS = [
  /** { kukId }: bankImport/map names a KUK that is not of the import's scheme version. */
  'BANK_IMPORT_KUK_UNKNOWN',
  /** bankImport/map names a unit that is not of the import's scheme version. */
  'BANK_IMPORT_UNIT_UNKNOWN',
  /** { index }: bankImport/map names a question the preview does not have. */
  'BANK_IMPORT_QUESTION_UNKNOWN',
  /** { count, max }: the unit has more KUK than one question may carry: map its questions one by one. */
  'BANK_IMPORT_UNIT_TOO_MANY_KUK',
] as const;
export type BankImportErrorCode = (typeof BANK_IMPORT_ERRORS)[number];

/** Why the file's own Unit / KUK columns did not map a question (a note of the preview; messages `bankImport.mapNotes.*`). */
export const BANK_MAP_NOTES = [
  /** { unit }: no unit of this scheme version has the code. */
  'BANK_MAP_UNIT_UNKNOWN',
  /** { unit, kuk }: the unit has no KUK of that number. */
  'BANK_MAP_KUK_UNKNOWN',
  /** { kuk }: KUK numbers without a unit code, and the file is not mapped to a unit. */
  'BANK_MAP_NO_UNIT',
] as const;
export type BankMapNote = (typeof BANK_MAP_NOTES)[number];

export type BankImportPosition = { line?: number; row?: number; number?: number; file?: string };

/**
 * The words that say a position: an Excel sheet's row is a row ("baris 7", as the registry import says it), a
 * Word file's a row of its table ("baris tabel 7"). Where the source type is not known (a stored position read
 * back on a question's page) the plain row, true of both. One file has one source type (the preview's).
 */
export type BankPositionWords = 'line' | 'row' | 'tableRow' | 'number' | 'file';

export function positionWords(p: BankImportPosition, source: BankSourceType | null): { words: BankPositionWords; params: Record<string, number> } {
  if (p.line !== undefined) return { words: 'line', params: { line: p.line } };
  if (p.row !== undefined) return { words: source === 'docx' ? 'tableRow' : 'row', params: { row: p.row } };
  return p.number !== undefined ? { words: 'number', params: { number: p.number } } : { words: 'file', params: {} };
}

/** A position carried in a refusal's params (BANK_DUPLICATE names the first of the same question so). */
export function positionOfParams(params: Readonly<Record<string, string | number>>): BankImportPosition {
  const position: BankImportPosition = {};
  if (typeof params.line === 'number') position.line = params.line;
  if (typeof params.row === 'number') position.row = params.row;
  if (typeof params.number === 'number') position.number = params.number;
  if (typeof params.file === 'string') position.file = params.file;
  return position;
}

/** How a question got its KUK (see the file's comment); null: unmapped. */
export type BankMappedBy = 'question' | 'file' | 'unit' | null;

/**
 * add: applying adds it (a draft, or approved with `approve` when `approvable`); unchanged: this file's
 * question at this position is in the scheme already (any status), nothing is written; refused: nothing
 * is written, `problem` says why.
 */
export type BankImportOutcome = 'add' | 'unchanged' | 'refused';

/** One question the reader converted, with what it became and what applying would do. */
export type BankImportQuestion = {
  /** Its place in the preview's `questions`; bankImport/map names questions by it. */
  index: number;
  position: BankImportPosition;
  /** "line 12", "row 7", "question 3", "items/q3.xml question 1": also what the bank stores as its source. */
  positionText: string;
  /** The source's own type (Moodle truefalse, GIFT numerical, QTI choiceInteraction, …). */
  originalType: string;
  name: string | null;
  kind: 'multiple_choice' | 'essay';
  /** The stem's start, at most 120 characters. */
  stem: string;
  hasEnglish: boolean;
  optionCount: number;
  /** Multiple choice: each option's start (at most 120 characters), A first, so the admin sees what the reader took for each. */
  options: string[];
  /** Essay: the expected answer's start (at most 120 characters), or null. */
  expected: string | null;
  /** Multiple choice: the key's letter. */
  key: string | null;
  imageCount: number;
  tags: string[];
  /** The KUK it is mapped to (of the import's scheme version), in order; empty: unmapped. */
  kukIds: string[];
  mappedBy: BankMappedBy;
  /** What the conversion changed (messages `bankSource.notes.*`). */
  notes: { code: BankSourceNote; params: ErrorParams }[];
  /** Why the file's own Unit / KUK columns did not map it. */
  mapNotes: { code: BankMapNote; params: ErrorParams }[];
  outcome: BankImportOutcome;
  /** unchanged: the question already in the bank, and its status. */
  itemId: string | null;
  status: BankStatus | null;
  /** add: apply with `approve` would approve it (mapped, and a multiple choice has its key and options). */
  approvable: boolean;
  /** refused: why (BANK_INVALID with fields, BANK_IMAGE_*); add but not approvable: why not (BANK_APPROVE_*). */
  problem: { code: ErrorCode; params: ErrorParams; fields?: BankFieldIssue[] } | null;
};

/**
 * A refused question, by the reader (a type the bank does not take, broken input: `code` is a
 * BankSourceReason, messages `bankSource.reasons.*`) or by the bank (`code` an ErrorCode such as
 * BANK_INVALID with `fields`, messages `errors.*`; `index` names the question in `questions`).
 */
export type BankImportRefusal = {
  by: 'reader' | 'bank';
  index: number | null;
  position: BankImportPosition;
  positionText: string;
  originalType: string;
  name: string | null;
  excerpt: string;
  code: BankSourceReason | ErrorCode;
  params: ErrorParams;
  fields?: BankFieldIssue[];
};

export type BankImportCounts = {
  /** Questions read and refused by the reader together. */
  total: number;
  add: number;
  unchanged: number;
  refused: number;
  /** Of the questions to add: mapped to a KUK or not, and approvable with `approve`. */
  mapped: number;
  unmapped: number;
  approvable: number;
};

export type BankImportPreview = {
  importId: string;
  schemeId: string;
  fileName: string;
  sha256: string;
  sourceType: BankSourceType;
  /** The whole file's unit (bankImport/map `unitId`), null when none. */
  unitId: string | null;
  counts: BankImportCounts;
  /** One file has one source type; kept per type so several files' counts add up the same way. */
  bySourceType: Partial<Record<BankSourceType, { add: number; unchanged: number; refused: number }>>;
  /** Every question the reader converted, in file order. */
  questions: BankImportQuestion[];
  /** Every refused question, the reader's and the bank's, in file order. */
  refused: BankImportRefusal[];
  /** An Excel sheet's columns whose header is not one the reader knows, left to right: their content is not imported. */
  ignoredColumns: { header: string; letter: string }[];
  expiresAt: string;
};

export type BankImportResult = {
  added: number;
  approved: number;
  unchanged: number;
  refused: number;
  /** Added as drafts although `approve` was asked: no KUK, or not approvable for another reason (BANK_APPROVE_*). */
  notApproved: { unmapped: number; other: number };
};

/** A template's file under /files/exports/<fileName>. */
export type BankTemplateFile = { fileName: string };

/**
 * A scheme version's questions in our Excel template's layout (bank/export), under /files/exports/<fileName>:
 * its draft and approved multiple-choice and essay questions, one row each. What the template cannot carry
 * is counted, never dropped silently: pictures (`withoutImages` questions had some), oral and supporting
 * questions (`otherKinds`, not in the file), and KUK of a second unit (`otherUnitKuk` questions lost them:
 * a row has one Unit column), and questions the template shows exactly as an earlier row (`repeated`,
 * written once: an import refuses a repeated row). Retired questions are left out.
 */
export type BankExportFile = { fileName: string; questions: number; drafts: number; withoutImages: number; otherKinds: number; otherUnitKuk: number; repeated: number };

// ---- Arguments ------------------------------------------------------------------------------------

const id = z.string().min(1).max(64);
const importId = z.uuid();

export const bankImportPreviewArgs = z
  .object({
    schemeId: id,
    uploadId: z.uuid(),
    /** The user's file name: only a hint (Aiken or GIFT when the text does not say). */
    fileName: z.string().min(1).max(255),
  })
  .strict();

/**
 * Changes the mapping: `unitId` (absent: kept; null: cleared) maps every question the admin or the file
 * did not map; each `questions` entry sets one question's KUK (null: back to the file's or the unit's).
 */
export const bankImportMapArgs = z
  .object({
    importId,
    mapping: z
      .object({
        unitId: id.nullable().optional(),
        questions: z
          .array(z.object({ index: z.number().int().min(0), kukIds: z.array(id).max(50).nullable() }).strict())
          .max(20_000)
          .optional(),
      })
      .strict(),
  })
  .strict();

export const bankImportApplyArgs = z.object({ importId, approve: z.boolean() }).strict();
export const bankImportDiscardArgs = z.object({ importId }).strict();
export const bankImportTemplateArgs = z.object({ format: z.enum(['xlsx', 'docx']), language: z.enum(LANGUAGES).optional() }).strict();
export const bankExportArgs = z.object({ schemeId: id, language: z.enum(LANGUAGES).optional() }).strict();
