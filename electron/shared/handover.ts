/**
 * Handing a planned session over to the TUK (issue 16): candidate passwords, the export's checks and the
 * TUK's refusal of a newer plan once the day has answers. Codes spread into ERROR_CODES (errors.ts).
 */
export const HANDOVER_ERRORS = [
  /** sessions/issuePasswords: a candidate named who is not in the session. */
  'SESSION_CANDIDATE_NOT_IN_SESSION',
  /** The participant number is already the username of another account (a staff account). */
  'SESSION_CANDIDATE_USERNAME_TAKEN',
  /** bundles/exportSession: the plan breaks rules that refuse (params: count; each rule in ApiError.reasons). */
  'SESSION_EXPORT_REFUSED',
  /** Reasons of SESSION_EXPORT_REFUSED: the session has no candidates. */
  'SESSION_EXPORT_NO_CANDIDATES',
  /** The scheme version has no approved written-test question (params: scheme, version). */
  'SESSION_EXPORT_NO_QUESTIONS',
  /** The assembled written test gives these candidates no question (params: count, names). */
  'SESSION_EXPORT_EMPTY_TEST',
  /** At the TUK: a newer session bundle for a session whose candidates already answered. */
  'BUNDLE_SESSION_ANSWERED',
] as const;

/**
 * What sessions/issuePasswords returns, ONCE: the clear passwords exist only in this answer (the core
 * keeps their scrypt hashes). The screen hands them to the card print in memory; a reload loses them and
 * the cards then say "issued separately" until the passwords are issued again.
 */
export type IssuedPasswords = {
  sessionId: string;
  issuedAt: string;
  passwords: { candidateId: string; participantNo: string; name: string; password: string }[];
};

/**
 * The session's candidates who hold a session password (sessions/get), and when sessions/issuePasswords last
 * ran here: null when unknown (the demo's accounts, or ones that arrived otherwise). Issuing again replaces them.
 * `forSession` is the code of another session when none were issued for this one but its candidates got them
 * there (a re-sit): the cards printed then are that session's, not this one's.
 */
export type IssuedPasswordsState = { count: number; lastIssuedAt: string | null; forSession: string | null };

/** The export state of a session at the LSP (sessions/get). */
export type SessionExportState = {
  /** When its last session bundle was written here; null before the first. */
  exportedAt: string | null;
  /** Changed (plan, written test, passwords) after that bundle: the TUK holds an older plan. */
  changedSinceExport: boolean;
};
