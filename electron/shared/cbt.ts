/** Shapes and constants of the computer-based written test (CBT), shared by the core and the UI. */
import type { Bilingual, TukType } from './types';
import type { McCorrectionNote } from './key-corrections';

/** No O/0 or I/1: a token is read off a projector and typed by people under stress. */
export const TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TOKEN_LENGTH = 6;
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
export const ESSAY_MAX_CHARS = 20_000;

/** Evidence listed on FR.AK.01, in the form's order. */
export const AGREEMENT_EVIDENCE = ['portfolio', 'observation', 'written', 'oral', 'interview'] as const;
export type AgreementEvidence = (typeof AGREEMENT_EVIDENCE)[number];

export const SUBMIT_REASONS = ['candidate', 'timeout', 'proctor', 'session_ended'] as const;
export type SubmitReason = (typeof SUBMIT_REASONS)[number];

export type CbtPhase = 'agreement' | 'test' | 'submitted';

export type CbtAgreement = {
  candidateName: string;
  participantNo: string;
  schemeCode: string;
  schemeTitle: Bilingual;
  sessionTitle: Bilingual;
  tukName: string;
  tukType: TukType;
  date: string;
  startTime: string;
  durationMinutes: number;
  assessorName: string;
  assessorMet: string;
  evidence: readonly AgreementEvidence[];
};

/** A question as the candidate sees it: displayed order, options already shuffled, no key. */
export type CbtItem = {
  itemId: string;
  number: number;
  kind: 'multiple_choice' | 'essay';
  prompt: Bilingual;
  options: readonly Bilingual[];
  /**
   * Only when the question has images: sha256s of the stem's, and of each option's in the order shown,
   * fetched from /files/attachments/<sha256> (a candidate may fetch only those of their own paper).
   */
  images?: CbtImages;
};

export type CbtImages = { stem: readonly string[]; options: readonly (readonly string[])[] };

/** `choice` is the displayed option index (0 = A); the core maps it back to the original option. */
export type CbtAnswer = {
  itemId: string;
  choice: number | null;
  text: string | null;
  doubtful: boolean;
  seq: number;
};

/** Computed in the core from the server's clock; the UI only counts down from `remainingMs`. */
export type CbtClock = {
  serverNow: string;
  deadline: string;
  remainingMs: number;
  paused: boolean;
};

export type CbtSubmitted = { at: string; receipt: string; reason: SubmitReason };

/**
 * A session a lab PC's outbox still holds answers for, as its sign-in screen is told: answers kept for a
 * session that has ended (`endedAt`) can no longer reach it, and the screen says so, naming it.
 */
export type OutboxSession = { sessionId: string; sessionCode: string; endedAt: string | null };

/** How many sessions' answers one sign-in screen asks about at once. */
export const OUTBOX_SESSIONS_MAX = 20;

export type CbtState = {
  phase: CbtPhase;
  sessionId: string;
  agreement: CbtAgreement;
  agreedAt: string | null;
  items: readonly CbtItem[];
  answers: readonly CbtAnswer[];
  position: number;
  lastSeq: number;
  clock: CbtClock | null;
  submitted: CbtSubmitted | null;
};

/** `stored: false` means a newer save of that question was already on disk: harmless, nothing changed. */
export type CbtSaveResult = { itemId: string; seq: number; stored: boolean; savedAt: string; clock: CbtClock };

export type SessionTokenState = {
  sessionId: string;
  status: 'not_started' | 'running' | 'ended';
  token: string | null;
  issuedAt: string | null;
  rotatesAt: string | null;
  rotateMinutes: number;
  serverNow: string;
};

export type ProctorAttemptClock = { sessionId: string; candidateId: string; clock: CbtClock | null; extensionMinutes: number };

/** FR.IA.05 part C, computed by the core for the assessor. */
export type McKuk = { unitCode: string; kukNumber: string };

/**
 * A question's KUK as FR.IA.05 prints them beside it: the numbers, with the unit code before a KUK of
 * another unit than the question's own ("1.1, 1.2, J.620100.005.01 2.1").
 */
export function kukNumbersOf(item: { unitCode: string; kuks: readonly McKuk[] }): string {
  return item.kuks.map((k) => (k.unitCode === item.unitCode ? k.kukNumber : `${k.unitCode} ${k.kukNumber}`)).join(', ');
}

export type McScoreSheet = {
  sessionId: string;
  candidateId: string;
  submitted: boolean;
  items: readonly {
    itemId: string;
    ref: string;
    /** As numbered on the candidate's screen (their shuffled order) once they have a test. */
    number: number;
    /** The question's stem, for the printed answer sheet. */
    prompt: Bilingual;
    /** The stem's images (sha256s), when it has any. */
    stemImages?: readonly string[];
    /** The unit of the question's first KUK: where FR.IA.05 lists it. */
    unitCode: string;
    /** Every KUK the question covers, the first first; a wrong answer leaves each of them not achieved. */
    kuks: readonly McKuk[];
    /** The candidate's answer and the key, by the letters of the options as the candidate saw them. */
    answer: string | null;
    key: string;
    achieved: boolean;
  }[];
  units: readonly {
    unitCode: string;
    unitTitle: Bilingual;
    total: number;
    achieved: number;
    kukNotAchieved: readonly { kukNumber: string; elementNo: number; text: Bilingual }[];
  }[];
  /** The session's key corrections of questions this candidate had (annulled ones are not among `items`), oldest first. */
  corrections: readonly McCorrectionNote[];
  allAchieved: boolean;
};
