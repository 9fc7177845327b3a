import { z } from 'zod';
import type { SelfAnswerRow } from './scheduling';
import { apl02Args } from './scheduling-args';

/**
 * FR.APL.02 filled by the candidate on a PC before any session (issue 16): the LSP admin issues a
 * sign-in for one application; the candidate reaches that form alone, until they submit it, the
 * assessor reviews it, or APL_SELF_DAYS pass.
 */
export const APL_SELF_DAYS = 14;

/** The username of an APL.02 sign-in: never a participant number, so the screens can tell the two apart. */
export const APL_USERNAME_PREFIX = 'apl-';
export const isAplUsername = (username: string): boolean => username.toLowerCase().startsWith(APL_USERNAME_PREFIX);

export const APL_SELF_ERRORS = [
  /** This sign-in does not reach an APL.02 form (a session's sign-in, or the access was replaced). */
  'APL_SELF_NO_ACCESS',
  /** The candidate submitted the form: it waits for the assessor and no longer changes. */
  'APL_SELF_SUBMITTED',
  /** The assessor reviewed the form: the APL.02 sign-in has ended. */
  'APL_SELF_REVIEWED',
  /** APL_SELF_DAYS passed since the sign-in was issued (params: date). */
  'APL_SELF_EXPIRED',
  /** No FR.APL.01 yet: the APL.02 sign-in is for an application. */
  'APL_SELF_NEEDS_APL01',
  /** The sign-in's application is no longer the candidate's current one: a new round was started since. */
  'APL_SELF_SUPERSEDED',
] as const;

/** What the admin hands the candidate, once: the password is never shown again (issuing again replaces it). */
export type IssuedAplAccess = {
  username: string;
  password: string;
  candidateName: string;
  schemeCode: string;
  schemeTitleId: string;
  schemeTitleEn: string | null;
  issuedAt: string;
  expiresAt: string;
};

/** The admin's view of the current APL.02 sign-in of an application (never the password). */
export type AplAccessState = { username: string; expiresAt: string; submittedAt: string | null } | null;

export type AplSelfStatus = 'open' | 'submitted' | 'reviewed';

/** The candidate's own FR.APL.02: their name, the scheme, every element with their answer. */
export type AplSelf = {
  candidateName: string;
  scheme: { code: string; version: number; titleId: string; titleEn: string | null };
  rows: SelfAnswerRow[];
  complete: boolean;
  savedAt: string | null;
  enteredBy: 'candidate' | 'staff' | null;
  status: AplSelfStatus;
  expiresAt: string;
};

export const aplSelfSaveArgs = apl02Args.pick({ answers: true }).strict();
export const aplSelfSubmitArgs = z.object({ confirm: z.literal(true) }).strict();
