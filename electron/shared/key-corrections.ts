import type { TukZone } from './time-zones';
import type { Bilingual } from './types';

/**
 * A multiple-choice key found wrong after the test: `accept` another option as correct too (ralat kunci),
 * or `annul` the question (soal dianulir), for every candidate of the session.
 */
export const KEY_CORRECTION_ACTIONS = ['accept', 'annul'] as const;
export type KeyCorrectionAction = (typeof KEY_CORRECTION_ACTIONS)[number];

/**
 * One correction as recorded: the option by its original ordinal (as the bank lists it, A first). A withdrawn
 * one (made by mistake) stays listed with who withdrew it, when and why, and does nothing to the key.
 */
export type KeyCorrection = {
  itemId: string;
  ref: string;
  action: KeyCorrectionAction;
  acceptedOption: number | null;
  reason: string;
  by: string;
  at: string;
  withdrawal: KeyCorrectionWithdrawal | null;
};

export type KeyCorrectionWithdrawal = { by: string; at: string; reason: string };

/** A correction as one candidate's FR.IA.05 states it: their question number and the option's letter as they saw it. */
export type McCorrectionNote = {
  itemId: string;
  ref: string;
  number: number;
  action: KeyCorrectionAction;
  option: string | null;
  reason: string;
  by: string;
  at: string;
};

/** Why a correction cannot be recorded now (the same codes the core refuses with). */
export type KeyCorrectionBlock = 'KEY_CORRECTION_NOT_HERE' | 'KEY_CORRECTION_NOT_ASSESSOR';

/** The session's multiple-choice questions and their corrections, for the assessor's key-correction view. */
export type KeyCorrectionView = {
  sessionId: string;
  /** The session TUK's zone, which the view states the corrections' times in, as the workspace's other views; null for a TUK an old bundle brought. */
  tukZone: TukZone | null;
  /** Null when the caller may record a correction here; else why not (a question's signed seats are per question). */
  blocked: KeyCorrectionBlock | null;
  questions: {
    itemId: string;
    ref: string;
    ordinal: number;
    prompt: Bilingual;
    options: Bilingual[];
    /** The bank's key, by original ordinal. */
    correct: number | null;
    annulled: boolean;
    /** Options accepted too, by original ordinal. */
    accepted: number[];
    /** The candidates whose signed FR.AK.02 counts this question: a correction waits until they are unlocked. */
    signedBy: string[];
  }[];
  corrections: KeyCorrection[];
};

export const KEY_CORRECTION_ERRORS = [
  'KEY_CORRECTION_NOT_HERE',
  'KEY_CORRECTION_NOT_ASSESSOR',
  'KEY_CORRECTION_SIGNED',
  'KEY_CORRECTION_ANNULLED',
  'KEY_CORRECTION_ALREADY_CORRECT',
  'KEY_CORRECTION_NO_OPTION',
  // Withdrawing a correction made by mistake: refused where a new correction would be, in its own words.
  'KEY_WITHDRAWAL_NOT_HERE',
  'KEY_WITHDRAWAL_NOT_ASSESSOR',
  'KEY_WITHDRAWAL_SIGNED',
  'KEY_WITHDRAWAL_NONE',
] as const;
