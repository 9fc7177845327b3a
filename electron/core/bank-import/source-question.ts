/**
 * What every question-bank source (Excel, Word, Aiken, GIFT, Moodle XML, IMS QTI) is read into, before the
 * bank decides what importing it would do. A reader never touches the database: it turns a file into
 * questions it could convert and questions it refused, each with where it sits in the file.
 *
 * Text is always plain text (HTML from a source is reduced to its text, line breaks kept; markup that a
 * plain-text source wrote is kept as the characters it is). Images travel beside the text.
 */

import type { BankSourceNote, BankSourceReason } from '../../shared/bank-source';

export const SOURCE_TYPES = ['xlsx', 'docx', 'aiken', 'gift', 'moodle_xml', 'qti'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Where a question sits: `line` for text formats, `row` for a sheet or a Word table row, `number` for the n-th question of an XML file. */
export type SourcePosition = { line?: number; row?: number; number?: number; file?: string };

export type SourceText = { id: string; en: string | null };

/** `stem`, or `option:0`..`option:4` (A..E). */
export type ImagePlace = 'stem' | `option:${number}`;

export type SourceImage = { place: ImagePlace; bytes: Uint8Array; mime: 'image/png' | 'image/jpeg'; name: string | null };

/** A change the conversion made that the preview must state (true/false became two options, a weight was ignored, …). */
export type SourceNote = { code: BankSourceNote; params: Record<string, string | number> };

export type SourceQuestion = {
  position: SourcePosition;
  sourceType: SourceType;
  /** The source's own type name (Moodle `truefalse`, GIFT `numerical`, QTI `choiceInteraction`, …). */
  originalType: string;
  /** The question's name or number in the source, when it has one. */
  name: string | null;
  kind: 'multiple_choice' | 'essay';
  stem: SourceText;
  /** Multiple choice: 2..5 options in order (A..E). Essay: empty. */
  options: SourceText[];
  /** Multiple choice: the index of the correct option. */
  key: number | null;
  /**
   * Multiple choice: the options keep their order for every candidate (the bank's `optionsInOrder`): the file
   * says not to shuffle them (Moodle `shuffleanswers` 0, QTI `shuffle="false"` or a `fixed` choice), the
   * question is a true/false one (Benar before Salah, as Moodle and GIFT show it), or an option names others.
   */
  optionsInOrder: boolean;
  /** Essay: the expected answer (short answer / numerical: the accepted answers and tolerance). */
  expected: SourceText | null;
  /** Essay: how to score it, when the source has a guide. */
  scoringGuide: SourceText | null;
  /** From sources that carry them (our Excel and Word templates): the unit code and KUK numbers ("1.1"). */
  unitCode: string | null;
  kukRefs: string[];
  /** Moodle categories, GIFT $CATEGORY, QTI/xlsx tags. */
  tags: string[];
  images: SourceImage[];
  notes: SourceNote[];
};

/** A question the reader could not convert: broken input or a type the bank does not take. Nothing is silent. */
export type SourceRefusal = {
  position: SourcePosition;
  sourceType: SourceType;
  originalType: string;
  name: string | null;
  /** The start of its text, so the admin recognises it (≤ 120 characters). */
  excerpt: string;
  code: BankSourceReason;
  params: Record<string, string | number>;
};

/** A sheet's column whose header the reader does not know: its content is not imported. */
export type IgnoredColumn = { header: string; letter: string };

export type SourceRead = { sourceType: SourceType; questions: SourceQuestion[]; refused: SourceRefusal[]; ignoredColumns: IgnoredColumn[] };
