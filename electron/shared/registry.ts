/**
 * The LSP's registry (issue 14) as the contract carries it: schemes with their units, elements and KUK,
 * assessors, TUKs with verification records, candidates. Shared by the core, the screens, the CLI and
 * the spreadsheet import, which all speak these shapes.
 */
import type { AssessorSessionBreak, SessionStatus } from './scheduling';
import type { TukZone } from './time-zones';
import type { Dimension, SchemeKind, TukType } from './types';

/** L: laki-laki, P: perempuan, as the KTP and every LSP sheet write it. */
export const SEXES = ['L', 'P'] as const;
export type Sex = (typeof SEXES)[number];

export const VERIFICATION_RESULTS = ['fit', 'unfit'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

/** Rows per page unless the caller asks for another size (at most LIST_LIMIT_MAX). */
export const LIST_LIMIT_DEFAULT = 50;
export const LIST_LIMIT_MAX = 200;
/** A first page counts its matches up to this many; above it `total` is null and `totalAtLeast` set. */
export const LIST_TOTAL_CAP = 10_000;

/**
 * One page of a list in a stable order. `nextCursor` is opaque: pass it back for the next page; null on
 * the last. `total` is counted on the first page only (null on later pages or above the cap).
 */
export type Page<T> = { rows: T[]; total: number | null; totalAtLeast: number | null; nextCursor: string | null };

/**
 * Why one field was refused. Each reason has a message in both languages under `registry.reasons.*`
 * (the label map is renderer/src/registry/field-reasons.ts); `REGISTRY_INVALID` carries the list.
 */
export const FIELD_REASONS = [
  'required',
  'too_long',
  'format',
  'nik_length',
  'nik_digits',
  'nik_region',
  'nik_birth_date',
  'nik_serial',
  'nik_birth_date_mismatch',
  'nik_sex_mismatch',
  'nik_number_lost',
  'nik_taken',
  'date_format',
  'date_range',
  'date_future',
  'email_format',
  'phone_format',
  'code_format',
  'region_code',
  'choice',
  'number_range',
  'taken',
  'duplicate',
  'unknown_scheme',
  'loan_letter_incomplete',
  'in_use',
  'unknown_session',
  'empty',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number];

/** `field` names the input's property, with a path for the scheme tree: `units.0.elements.1.kuk.2.number`. */
export type FieldIssue = { field: string; reason: FieldReason };

export type Active = { active: boolean };

// ---- Schemes ---------------------------------------------------------------------------------------

export type KukInput = { id?: string; number: string; textId: string; textEn: string | null; dimensions?: Dimension[] };
export type ElementInput = { id?: string; titleId: string; titleEn: string | null; kuk: KukInput[] };
export type UnitInput = { id?: string; code: string; titleId: string; titleEn: string | null; elements: ElementInput[] };

/** A scheme as the admin (or an import) writes it: the whole tree, in order. */
export type SchemeInput = {
  code: string;
  kind: SchemeKind;
  /** KKNI level 1–9; null for an occupation or cluster scheme without one. */
  level: number | null;
  /** The SKKNI (or other standard) the scheme rests on. */
  skkni: string;
  titleId: string;
  titleEn: string | null;
  /** YYYY-MM-DD */
  approvedOn: string | null;
  units: UnitInput[];
};

export type SchemeSummary = {
  id: string;
  code: string;
  version: number;
  kind: SchemeKind;
  level: number | null;
  skkni: string;
  titleId: string;
  titleEn: string | null;
  approvedOn: string | null;
  active: boolean;
  /** Used by a session: an edit makes a new version. */
  frozen: boolean;
  /** No newer version of the same code exists. */
  latest: boolean;
  unitCount: number;
};

export type Kuk = { id: string; number: string; textId: string; textEn: string | null; dimensions: Dimension[] };
export type Element = { id: string; titleId: string; titleEn: string | null; kuk: Kuk[] };
export type Unit = { id: string; code: string; titleId: string; titleEn: string | null; elements: Element[] };
/** `revision` is sent back with schemes/update: a save over another admin's later change is refused (RECORD_CHANGED). */
export type SchemeDetail = SchemeSummary & { units: Unit[]; versions: { id: string; version: number; active: boolean }[]; revision: string };

/** What `schemes/update` did: edited in place, or (frozen) a new version under a new id. */
export type SchemeSaved = { scheme: SchemeDetail; newVersion: boolean };

// ---- Assessors -------------------------------------------------------------------------------------

export type AssessorInput = {
  name: string;
  nik: string | null;
  birthPlace: string | null;
  birthDate: string | null;
  sex: Sex | null;
  address: string | null;
  city: string | null;
  province: string | null;
  phone: string | null;
  email: string | null;
  metNumber: string;
  metExpiresOn: string;
  techCertNumber: string | null;
  techCertExpiresOn: string | null;
  /** Null: this LSP's own assessor; otherwise the lending LSP, and the loan letter's number and date. */
  homeLsp: string | null;
  loanLetterNo: string | null;
  loanLetterDate: string | null;
  /** Codes of the schemes they may assess. */
  schemeCodes: string[];
};

/** valid, expiring within the "soon" setting, expired, or no date recorded (tech certificate only). */
export const EXPIRY_STATES = ['valid', 'soon', 'expired', 'none'] as const;
export type ExpiryState = (typeof EXPIRY_STATES)[number];

export type AssessorSummary = {
  id: string;
  name: string;
  nik: string | null;
  metNumber: string;
  metExpiresOn: string;
  metState: ExpiryState;
  techCertExpiresOn: string | null;
  techCertState: ExpiryState;
  homeLsp: string | null;
  active: boolean;
  accountId: string | null;
};

export type AssessorDetail = AssessorSummary &
  Omit<AssessorInput, 'name' | 'nik' | 'metNumber' | 'metExpiresOn' | 'techCertExpiresOn' | 'homeLsp'> & {
    /** Sessions from today on whose rules this record breaks: saved all the same (the registry records facts), said on its page. */
    sessionBreaks: AssessorSessionBreak[];
    /** Sent back with assessors/update: a save over another admin's later change is refused (RECORD_CHANGED). */
    revision: string;
  };

// ---- TUKs ------------------------------------------------------------------------------------------

export type TukInput = {
  code: string;
  name: string;
  type: TukType;
  address: string | null;
  /** PCs (or places) available. */
  capacity: number | null;
  contactName: string | null;
  contactPhone: string | null;
  /** The zone of its wall clocks: its sessions' times and the instants of their exams are stated on it. */
  timeZone: TukZone;
};

/**
 * per_session: Sewaktu / Tempat Kerja, verified for each session; due / ok: Mandiri, by the period
 * setting; never: Mandiri never verified.
 */
export const VERIFICATION_STATES = ['per_session', 'ok', 'due', 'never'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export type TukSummary = TukInput & { id: string; active: boolean; lastVerifiedOn: string | null; verificationState: VerificationState };

export type TukVerificationInput = {
  verifiedOn: string;
  verifier: string;
  result: VerificationResult;
  note: string | null;
  /** The session it was made for (Sewaktu / Tempat Kerja). */
  sessionId: string | null;
};
/** With the session's code and date when it was made for one, so the record says which. */
export type TukVerification = TukVerificationInput & { id: string; recordedAt: string; sessionCode: string | null; sessionDate: string | null };
export type TukDetail = TukSummary & { verifications: TukVerification[] };

// ---- Candidates ------------------------------------------------------------------------------------

export type CandidateInput = {
  name: string;
  /** 16 digits, checked for a plausible structure (region, date of birth, serial). */
  nik: string;
  birthPlace: string | null;
  birthDate: string | null;
  sex: Sex | null;
  address: string | null;
  /** Kemendagri codes: province 2 digits, regency 4 (its first two are the province). */
  regencyCode: string | null;
  provinceCode: string | null;
  phone: string | null;
  email: string | null;
  educationCode: string | null;
  occupationCode: string | null;
  institution: string | null;
  /** sha256 of an attachment holding the photo. */
  photoSha256: string | null;
};

export type CandidateSummary = {
  id: string;
  participantNo: string;
  name: string;
  nik: string;
  institution: string | null;
  provinceCode: string | null;
  active: boolean;
};
/** `revision` is sent back with an edit: a save over someone else's later change is refused. */
export type CandidateDetail = CandidateSummary & CandidateInput & { revision: string };

/**
 * One session a candidate was planned in (candidates/sessions), with what the LSP knows of its outcome for
 * them: the session's status, whether they came (from the TUK's results), the assessor's signed
 * recommendation, the pleno's decision in force and the certificate issued from it. Null where that step
 * has not been reached (or, for a recommendation, not signed).
 */
export type CandidateSession = {
  sessionId: string;
  code: string;
  date: string;
  startTime: string;
  status: SessionStatus;
  scheme: { code: string; version: number; titleId: string; titleEn: string | null };
  tuk: { code: string; name: string };
  attendance: 'present' | 'absent' | null;
  recommendation: 'K' | 'BK' | null;
  /** A signed pleno's decision first, else a decided one's; a corrected pleno's none. */
  pleno: { plenoId: string; decision: 'K' | 'BK'; signed: boolean; skNumber: string | null } | null;
  certificate: { certificateId: string; number: string; validUntil: string; revoked: boolean } | null;
};

// ---- Lists and settings ------------------------------------------------------------------------------

export type RegistrySettings = {
  /** An assessor's MET or technical certificate expiring within this many days is flagged "soon". */
  expirySoonDays: number;
  /** A TUK Mandiri is due for verification this many months after its last one. */
  mandiriVerificationMonths: number;
};
export const REGISTRY_SETTINGS_DEFAULT: RegistrySettings = { expirySoonDays: 90, mandiriVerificationMonths: 12 };

// ---- Bulk writes (import) ----------------------------------------------------------------------------

export const ROW_OUTCOMES = ['added', 'updated', 'unchanged', 'refused'] as const;
export type RowOutcomeKind = (typeof ROW_OUTCOMES)[number];
/** One input row's fate in a preview or an apply; `id` is the record's (null when refused or new in a preview). */
export type RowOutcome = { index: number; outcome: RowOutcomeKind; id: string | null; issues: FieldIssue[] };
