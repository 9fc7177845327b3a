import type { ZipLimits } from '../../office-guard';

/**
 * What one question-bank file may hold. The text and image caps are the bank's own (shared/bank.ts keeps
 * the same numbers for what an admin types); a reader applies them so the preview already says what
 * would not fit.
 */
export type BankLimits = ZipLimits & {
  /** Questions and refusals together, before the file is refused with BANK_FILE_TOO_MANY_QUESTIONS. */
  maxQuestions: number;
  /** A stem, expected answer or scoring guide, in characters. */
  maxTextChars: number;
  maxOptionChars: number;
  /** One image, in bytes; a larger one is skipped with a note. */
  maxImageBytes: number;
  /** Images in one place (the stem, one option); more are skipped with a note. */
  maxImagesPerPlace: number;
};

export const DEFAULT_BANK_LIMITS: BankLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxParts: 5_000,
  maxQuestions: 20_000,
  maxTextChars: 10_000,
  maxOptionChars: 2_000,
  maxImageBytes: 5 * 1024 * 1024,
  maxImagesPerPlace: 4,
};
