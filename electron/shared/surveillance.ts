/**
 * Surveillance (surveilan) of certificate holders while their certificates are in force, shared by the core,
 * the screens and the CLI. Texts in i18n/surveillance.*.ts; arguments in certificates-args.ts.
 */

/** How the LSP checked on the holder: an interview, portfolio or work evidence, a workplace visit, a questionnaire (on paper or online). */
export const SURVEILLANCE_METHODS = ['interview', 'portfolio', 'workplace_visit', 'questionnaire'] as const;
export type SurveillanceMethod = (typeof SURVEILLANCE_METHODS)[number];

/**
 * What it found. `not_competent` does not revoke the certificate (that is a pleno's and its SK's): the certificate
 * is flagged for the LSP's decision until a later surveillance finds the holder competent or it is revoked.
 */
export const SURVEILLANCE_RESULTS = ['competent', 'not_competent', 'unreachable'] as const;
export type SurveillanceResult = (typeof SURVEILLANCE_RESULTS)[number];

export const SURVEILLANCE_NOTE_MAX_LENGTH = 2000;

/** Months between surveillances unless the LSP sets otherwise: once a year, twice in a three-year certificate. */
export const SURVEILLANCE_MONTHS_DEFAULT = 12;

export type Surveillance = {
  id: string;
  heldOn: string;
  method: SurveillanceMethod;
  result: SurveillanceResult;
  note: string;
  recordedAt: string;
  /** The display name of the account that recorded it. */
  recordedBy: string;
};

/** A certificate's surveillance as its page shows it. */
export type SurveillanceState = {
  /** Newest first (held on, then recorded at). */
  records: Surveillance[];
  /** The period after the last surveillance, or the issue date; null for a certificate no longer in force (revoked or expired). */
  dueOn: string | null;
  /** dueOn is today or before: the register's 'surveillance due' lists it. */
  due: boolean;
  /** The last surveillance found the holder not competent: the LSP decides (a pleno may revoke). */
  needsDecision: boolean;
};

/** The register's surveillance filters: due (or overdue), or waiting for the LSP's decision. */
export const SURVEILLANCE_FILTERS = ['due', 'decision'] as const;
export type SurveillanceFilter = (typeof SURVEILLANCE_FILTERS)[number];
