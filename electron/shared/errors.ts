import { BANK_ERRORS } from './bank';
import { HANDOVER_ERRORS } from './handover';
import { BANK_IMPORT_ERRORS } from './bank-import';
import { PLENO_ERRORS } from './pleno';
import { CERTIFICATE_ERRORS } from './certificates';
import { APL_SELF_ERRORS } from './apl-self';
import { KEY_CORRECTION_ERRORS } from './key-corrections';

/** The ways a bundle is refused: each its own message, each tested with an unchanged database. */
export const BUNDLE_FAILURES = [
  'BUNDLE_NOT_A_BUNDLE',
  'BUNDLE_WRONG_KEY',
  'BUNDLE_TRUNCATED',
  'BUNDLE_TAMPERED',
  'BUNDLE_BAD_SIGNATURE',
  'BUNDLE_SIGNER_UNKNOWN',
  'BUNDLE_SIGNER_REKEYED',
  'BUNDLE_WRONG_KIND',
  'BUNDLE_FORMAT_TOO_NEW',
  'BUNDLE_WRONG_TARGET',
  'BUNDLE_OTHER_TUK',
  'BUNDLE_REPLAYED',
  'BUNDLE_CONFLICTS',
  'BUNDLE_FINGERPRINT_MISMATCH',
  'BUNDLE_NOT_OWNER',
  'BUNDLE_BACKUP_NOT_EMPTY',
] as const;

/** The ways a spreadsheet file is refused as a whole (import of candidates, assessors, schemes). */
export const SHEET_FAILURES = [
  'SHEET_NOT_SPREADSHEET',
  'SHEET_LEGACY_XLS',
  'SHEET_ENCRYPTED',
  'SHEET_TOO_LARGE',
  'SHEET_ZIP_BOMB',
  'SHEET_TOO_MANY_PARTS',
  'SHEET_ENTITIES',
  'SHEET_DAMAGED',
  'SHEET_NO_WORKSHEET',
  'SHEET_TOO_MANY_ROWS',
  'SHEET_NO_HEADER',
  'SHEET_NO_HEADER_SHEETS',
  'SHEET_EMPTY',
] as const;

/** What can be wrong with one cell of an imported sheet: the row is refused for it, the file is not. */
export const SHEET_PROBLEMS = [
  'SHEET_REQUIRED',
  'SHEET_TOO_LONG',
  'SHEET_NUMBER_NOT_TEXT',
  'SHEET_FORMULA_NO_VALUE',
  'SHEET_CELL_ERROR',
  'SHEET_NOT_INTEGER',
  'SHEET_BAD_CHOICE',
  'SHEET_BAD_EMAIL',
  'SHEET_BAD_PHONE',
  'SHEET_BAD_DATE',
  'SHEET_NO_SUCH_DAY',
  'SHEET_MONTH_FIRST',
  'SHEET_NOT_DIGITS',
  'SHEET_DIGITS_LENGTH',
] as const;
export type SheetProblemCode = (typeof SHEET_PROBLEMS)[number];

/**
 * A scheme sheet's structure (registry import): a row that belongs under nothing, or two rows that disagree,
 * or a scheme whose rows leave out a KUK that questions use (IMPORT_KUK_IN_USE);
 * rows of one candidates' or assessors' file that name the same person (IMPORT_DUPLICATE_KEY); and, in the
 * refused-rows file's reasons only, how a cell stored as a number was written back (refused-cells.ts).
 */
export const IMPORT_PROBLEMS = [
  'IMPORT_CONFLICT',
  'IMPORT_NO_UNIT',
  'IMPORT_NO_ELEMENT',
  'IMPORT_UNIT_NO_ELEMENTS',
  'IMPORT_ELEMENT_NO_KUK',
  'IMPORT_KUK_IN_USE',
  'IMPORT_APL02_MISSING',
  'IMPORT_KKNI_LEVEL',
  'IMPORT_DUPLICATE_KEY',
  'IMPORT_NUMBER_EMPTIED',
  'IMPORT_NUMBER_KEPT',
] as const;

/** The ways a question-bank file is refused as a whole (core/bank-import/sources/read.ts). */
export const BANK_FILE_FAILURES = [
  'BANK_FILE_NOT_A_BANK',
  'BANK_FILE_EMPTY',
  'BANK_FILE_TOO_LARGE',
  'BANK_FILE_ZIP_BOMB',
  'BANK_FILE_TOO_MANY_PARTS',
  'BANK_FILE_ENTITIES',
  'BANK_FILE_DAMAGED',
  'BANK_FILE_ENCRYPTED',
  'BANK_FILE_LEGACY_OFFICE',
  /** A PDF, whatever its name: a print of the questions, not the document they were typed in. */
  'BANK_FILE_PDF',
  'BANK_FILE_QTI_VERSION',
  'BANK_FILE_NO_HEADER',
  /** A Word document with neither a question table nor numbered questions in paragraphs. */
  'BANK_FILE_NO_TABLE',
  'BANK_FILE_NO_QUESTIONS',
  'BANK_FILE_TOO_MANY_QUESTIONS',
] as const;

/**
 * A session plan's broken rules (core/scheduling/rules.ts): each code names the rule, its params the
 * conflicting record. sessions/check lists them; sessions/create and update refuse with the first.
 */
export const SCHEDULING_CONFLICTS = [
  'SCHEDULE_ASSESSOR_DAY_LIMIT',
  'SCHEDULE_ASSESSOR_OVERLAP',
  'SCHEDULE_ASSESSOR_MET_EXPIRED',
  'SCHEDULE_ASSESSOR_CERT_EXPIRED',
  /** A note, never a refusal: the MET registration ends within `days` days after the session date. */
  'SCHEDULE_ASSESSOR_MET_EXPIRING',
  'SCHEDULE_ASSESSOR_NO_ACCOUNT',
  /** The same two lapses judged before the plan has a date (the planner's picker): as of today, no session date to name. */
  'SCHEDULE_ASSESSOR_MET_LAPSED',
  'SCHEDULE_ASSESSOR_CERT_LAPSED',
  'SCHEDULE_ASSESSOR_NOT_COMPETENT',
  'SCHEDULE_ASSESSOR_NO_LOAN_LETTER',
  'SCHEDULE_ASSESSOR_INACTIVE',
  /** A warning, never a refusal: a planned assessor no candidate of the session is assigned to. */
  'SCHEDULE_ASSESSOR_NO_CANDIDATES',
  'SCHEDULE_TUK_NOT_VERIFIED',
  'SCHEDULE_TUK_VERIFICATION_DUE',
  /** A TUK Mandiri with no fit verification at all: no date to name, so a message of its own. */
  'SCHEDULE_TUK_NEVER_VERIFIED',
  /** The TUK's latest verification (for the session, or the Mandiri's latest by the date) found it unfit: refused. */
  'SCHEDULE_TUK_UNFIT',
  /** The same, recorded without a note. */
  'SCHEDULE_TUK_UNFIT_NO_NOTE',
  'SCHEDULE_TUK_CAPACITY',
  /**
   * The session's bundle went to `tuk` (at `exportedAt`) and the plan names another TUK: refused, since the
   * first would keep it as a session to run and refuse any later bundle of it (BUNDLE_WRONG_TARGET).
   */
  'SCHEDULE_TUK_AFTER_EXPORT',
  'SCHEDULE_TUK_INACTIVE',
  'SCHEDULE_SCHEME_INACTIVE',
  'SCHEDULE_CANDIDATE_OVERLAP',
  /** The candidate is already in another session of this scheme code that is not over yet. */
  'SCHEDULE_CANDIDATE_SAME_SCHEME',
  'SCHEDULE_CANDIDATE_APL01_UNVERIFIED',
  'SCHEDULE_CANDIDATE_APL01_REJECTED',
  'SCHEDULE_CANDIDATE_APL02_UNREVIEWED',
  'SCHEDULE_CANDIDATE_APL02_NOT_PROCEED',
  'SCHEDULE_CANDIDATE_INACTIVE',
  'SCHEDULE_CANDIDATE_ASSESSOR',
  'SCHEDULE_CODE_TAKEN',
  'SCHEDULE_IN_PAST',
  /** A warning, never a refusal: candidates whose password was not issued yet (sessions/get, the export). */
  'SCHEDULE_PASSWORDS_NOT_ISSUED',
] as const;
export type SchedulingConflictCode = (typeof SCHEDULING_CONFLICTS)[number];

/** FR.APL.01 / FR.APL.02 and session edits (core/scheduling). */
export const SCHEDULING_ERRORS = [
  ...SCHEDULING_CONFLICTS,
  'SESSION_NOT_EDITABLE',
  /** sessions/update, written test, passwords: the session was called off. */
  'SESSION_CANCELLED',
  /** sessions/cancel again: it already is, said when and by whom. */
  'SESSION_ALREADY_CANCELLED',
  /** sessions/cancel once it started here or its start passed. */
  'SESSION_CANCEL_STARTED',
  /** A session bundle of a session cancelled before it was ever exported: no TUK holds it, nothing to send. */
  'SESSION_EXPORT_CANCELLED',
  'APL01_REQUIRED',
  'APL02_INCOMPLETE',
  'APL_ASSESSOR_NOT_ALLOWED',
  'APL_FILE_TYPE',
  'APL_FILE_TOO_LARGE',
  /** An application used by a session (or followed by a newer round) is that session's record: it no longer changes (params: round, session, date). */
  'APL_ROUND_USED',
  /** A form written on a round that is no longer the current one: a newer round was started meanwhile (params: round, current). */
  'APL_ROUND_NOT_CURRENT',
  /** A new round while the current one was never used: that application is still to be completed and used (params: round). */
  'APL_ROUND_NOT_USED',
  /** A new round while a session still to come seats the candidate on the current one (params: round, session, date). */
  'APL_ROUND_SEATED',
  /** apl/get or apl/print of a round the candidate does not have (params: round). */
  'APL_ROUND_NOT_FOUND',
] as const;

export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'BAD_ARGS',
  'INVALID_TEXT',
  'UNAUTHENTICATED',
  'LOGIN_MOVED',
  // A staff sign-in ended because an admin disabled the account or reset its password (auth/sessions.ts)
  'SIGNED_OUT_DISABLED',
  'SIGNED_OUT_PASSWORD_RESET',
  // A staff sign-in that ran out (idle, or the day's cap): the same password carries the open screen on.
  'SESSION_EXPIRED',
  'FORBIDDEN',
  // A FORBIDDEN's reasons: who may do it instead (the contract's roles), or where it is done.
  'ROLE_ALLOWED',
  'BUNDLE_SESSION_AT_TUK',
  'BUNDLE_SESSION_BY_PROCTOR',
  'SEAT_OTHER_ASSESSOR',
  'BAD_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'NOT_FOUND',
  'DB_TOO_NEW',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'SESSION_NOT_STARTED',
  'SESSION_ENDED',
  /** exam/startSession: the LSP cancelled the session and a bundle saying so was imported here. */
  'EXAM_SESSION_CANCELLED',
  'NOT_IN_SESSION',
  'SIGNED_IN_ELSEWHERE',
  'AGREEMENT_REQUIRED',
  'TIME_UP',
  'ATTEMPT_SUBMITTED',
  /** exam/issueCard: a candidate without an account here, whose participant number (the username it needs) another account holds. */
  'CARD_USERNAME_TAKEN',
  /** exam/issueCard: the candidate's test is already submitted, so no sign-in is needed. */
  'CARD_TEST_SUBMITTED',
  'ATTEMPT_PAUSED',
  'ATTEMPT_NOT_PAUSED',
  'ANSWERED_WHILE_PAUSED',
  /** cbt/save after time ran out: the PC was heard from after the answer was given, while the test still took answers. */
  'ANSWER_HELD_WHILE_ONLINE',
  'NO_ATTEMPT',
  'NOT_IN_TEST',
  'ANSWER_KIND_MISMATCH',
  'ALREADY_STARTED',
  'ATTENDANCE_CLOSED',
  'CHECK_IN_NEEDS_REASON',
  'MARKED_ABSENT',
  'RATE_LIMITED',
  'BACKUP_DAMAGED',
  /** A backup from an older version whose data its migration to this version refused. */
  'BACKUP_UPGRADE_FAILED',
  'BACKUP_NOT_CONFIGURED',
  'BACKUP_FOLDER_INVALID',
  'BACKUP_FOLDER_NOT_ABSOLUTE',
  'BACKUP_FOLDER_BAD_NAME',
  'BACKUP_FOLDER_SYSTEM',
  'BACKUP_FOLDER_UNWRITABLE',
  'ROOM_ADDRESS_UNKNOWN',
  'ROOM_PORT_UNAVAILABLE',
  // Assessment
  'SCORE_SHAPE',
  'RECORD_LOCKED',
  'NOT_LOCKED',
  'DEPARTURE_NEEDS_COMMENT',
  'UNITS_UNDECIDED',
  'RECOMMENDATION_NEEDS_ALL_K',
  'RECOMMENDATION_MISMATCH',
  'RECOMMENDATION_MISSING',
  'KNOWLEDGE_CONCLUSION_MISSING',
  'WRONG_PASSWORD',
  'CANDIDATE_PASSWORD_WRONG',
  'ACKNOWLEDGE_NEEDS_SIGNATURE',
  'FEEDBACK_NOT_OPEN',
  'FEEDBACK_BY_CANDIDATE',
  /** FR.AK.03 with statements left without Ya or Tidak: params.statements lists them, fields name each `answers.N.agree`. */
  'FEEDBACK_UNANSWERED',
  'REPORT_INCOMPLETE',
  'INTERNAL',
  // Session bundles and keys
  ...BUNDLE_FAILURES,
  'BUNDLE_CANCELLED',
  'BUNDLE_VERIFY_FAILED',
  'BUNDLE_PASSPHRASE_WEAK',
  'BUNDLE_PASSPHRASE_AND_KEYS',
  'BUNDLE_RESULTS_NO_PASSPHRASE',
  'BUNDLE_NO_RECIPIENT',
  'BUNDLE_BAD_RECIPIENT',
  'BUNDLE_NO_LSP_KEY',
  'BUNDLE_RESULTS_AT_HOME',
  'BUNDLE_FILE_EXISTS',
  'KEYS_UNAVAILABLE',
  'KEYS_LOCKED',
  'KEYS_NOT_HELD',
  'KEY_BACKUP_INVALID',
  'KEY_BACKUP_WRONG_PASSPHRASE',
  'KEY_BACKUP_MISMATCH',
  'KEY_BACKUP_OTHER_INSTALLATION',
  'KEY_BACKUP_DAMAGED',
  'RECOVERY_NOT_KEY_HOLDER',
  // First run and staff accounts
  'SETUP_DONE',
  'SETUP_LOCAL_ONLY',
  'LSP_CODE_INVALID',
  'PASSWORD_WEAK',
  'PASSWORD_UNCHANGED',
  'PASSWORD_CHANGE_REQUIRED',
  'USERNAME_TAKEN',
  'ACCOUNT_SELF',
  'ASSESSOR_LINK_INVALID',
  // Spreadsheet import
  ...SHEET_FAILURES,
  ...SHEET_PROBLEMS,
  ...IMPORT_PROBLEMS,
  // The registry: field-by-field refusals (ApiError.fields), a record code already used
  'REGISTRY_INVALID',
  // A save from a form opened before someone else changed the record (core/revision.ts)
  'RECORD_CHANGED',
  // An edit of a scheme version that is not the newest of its code (registry/schemes.ts)
  'SCHEME_NOT_LATEST',
  // A candidate's photo (registry/candidate-photo.ts)
  'PHOTO_NOT_PNG_OR_JPEG',
  'PHOTO_TOO_LARGE',
  // A candidate deactivated while seated in a session not over yet (registry/candidate-sessions.ts); each such session a reason
  'CANDIDATE_IN_UNFINISHED_SESSION',
  'CANDIDATE_SEATED_IN',
  // A candidate typed in the form with the name and birth date of one registered under another NIK (registry/candidate-namesakes.ts); each a reason when several
  'CANDIDATE_LIKELY_DUPLICATE',
  'CANDIDATE_NAMESAKE',
  // Question-bank files refused whole (issue 15)
  ...BANK_FILE_FAILURES,
  // The question bank (shared/bank.ts)
  ...BANK_ERRORS,
  // The question-bank import (shared/bank-import.ts)
  ...BANK_IMPORT_ERRORS,
  // Scheduling: APL.01/APL.02 and session plans (issue 16)
  ...SCHEDULING_ERRORS,
  // Handing a planned session over to the TUK (shared/handover.ts)
  ...HANDOVER_ERRORS,
  // The results review, the rapat pleno and appeals (shared/pleno.ts)
  ...PLENO_ERRORS,
  // The certificate register and the BNSP sheet (shared/certificates.ts)
  ...CERTIFICATE_ERRORS,
  // FR.APL.02 filled by the candidate with their own sign-in (shared/apl-self.ts)
  ...APL_SELF_ERRORS,
  // A multiple-choice key corrected for a session after the test (shared/key-corrections.ts)
  ...KEY_CORRECTION_ERRORS,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

/** The only shape an error takes when it crosses a process or network boundary; the UI translates it. */
export type ApiError = {
  code: ErrorCode;
  messageKey: `errors.${ErrorCode}`;
  params: ErrorParams;
  /** REGISTRY_INVALID: each refused field and why (a FieldReason of shared/registry.ts), for the form to mark. */
  fields?: FieldIssues;
  /** A refusal with several causes (SESSION_EXPORT_REFUSED: each broken rule), each worded by its own message. */
  reasons?: readonly ErrorReason[];
};

/** One cause of a refusal: an error's code and params, so the UI words it as that error's message. */
export type ErrorReason = { code: ErrorCode; params: ErrorParams };

export type FieldIssues = readonly { field: string; reason: string }[];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly fields: FieldIssues | undefined;
  readonly reasons: readonly ErrorReason[] | undefined;

  constructor(code: ErrorCode, params: ErrorParams = {}, fields?: FieldIssues, reasons?: readonly ErrorReason[]) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}${fields ? ' ' + JSON.stringify(fields) : ''}`);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.fields = fields;
    this.reasons = reasons;
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, messageKey: `errors.${this.code}`, params: this.params };
    return { ...error, ...(this.fields ? { fields: this.fields } : {}), ...(this.reasons ? { reasons: this.reasons } : {}) };
  }
}

export function apiError(code: ErrorCode, params: ErrorParams = {}): ApiError {
  return new AppError(code, params).toApiError();
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  if (!('code' in value) || !('messageKey' in value) || !('params' in value)) return false;
  const { code, messageKey, params } = value;
  return (
    ERROR_CODES.some((known) => known === code) &&
    messageKey === `errors.${String(code)}` &&
    typeof params === 'object' &&
    params !== null
  );
}

/** Every transport answers with this envelope, so the renderer handles IPC and HTTP alike. */
export type Reply<R> = { ok: true; result: R } | { ok: false; error: ApiError };

export function errorReply(code: ErrorCode, params: ErrorParams = {}): Reply<never> {
  return { ok: false, error: apiError(code, params) };
}
