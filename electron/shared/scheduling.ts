/**
 * Scheduling (issue 16) as the contract carries it: a candidate's FR.APL.01 (application) and FR.APL.02
 * (self-assessment) per scheme version, the gate they open, the session plan, the LSP's scheduling rules
 * and the conflicts a plan raises. Shared by the core and the planning screens.
 */
import type { ErrorParams, SchedulingConflictCode } from './errors';
import type { TukType } from './types';
import type { TukZone } from './time-zones';
import type { IssuedPasswordsState, SessionExportState } from './handover';

// ---- FR.APL.01 ------------------------------------------------------------------------------------

/** Tujuan asesmen on FR.APL.01: Sertifikasi, Sertifikasi Ulang, PKT, RPL, Lainnya. */
export const APL_PURPOSES = ['sertifikasi', 'sertifikasi_ulang', 'pkt', 'rpl', 'lainnya'] as const;
export type AplPurpose = (typeof APL_PURPOSES)[number];

/** Part 3 of FR.APL.01: basic requirements (persyaratan dasar) and administrative documents. */
export const EVIDENCE_KINDS = ['basic', 'administrative'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Memenuhi syarat / tidak memenuhi syarat / tidak ada. */
export const EVIDENCE_STATUSES = ['memenuhi', 'tidak_memenuhi', 'tidak_ada'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** The LSP's recommendation on FR.APL.01: diterima / tidak diterima sebagai peserta sertifikasi. */
export const APL01_RESULTS = ['accepted', 'rejected'] as const;
export type Apl01Result = (typeof APL01_RESULTS)[number];

/** `id` is absent for a new row; given, it keeps the row (and its attachment). */
export type EvidenceInput = { id?: string; kind: EvidenceKind; description: string; status: EvidenceStatus };

export type Evidence = {
  id: string;
  kind: EvidenceKind;
  description: string;
  status: EvidenceStatus;
  /** The scan or photo the candidate gave, stored by hash (apl/setEvidenceFile). */
  attachment: { sha256: string; name: string; mediaType: string; size: number } | null;
};

export type Apl01 = {
  id: string;
  purpose: AplPurpose;
  /** What "Lainnya" means; null for the other purposes. */
  purposeNote: string | null;
  evidence: Evidence[];
  savedAt: string;
  /** Null until LSP staff verify it; any later change to the form clears it. */
  verification: { result: Apl01Result; note: string | null; at: string; accountId: string; by: string } | null;
};

// ---- FR.APL.02 ------------------------------------------------------------------------------------

export const SELF_ANSWERS = ['K', 'BK'] as const;
export type SelfAnswer = (typeof SELF_ANSWERS)[number];

/** Asesmen dapat dilanjutkan / tidak dapat dilanjutkan. */
export const APL02_RECOMMENDATIONS = ['proceed', 'not_proceed'] as const;
export type Apl02Recommendation = (typeof APL02_RECOMMENDATIONS)[number];

/** Who typed the answers in: the candidate on a PC, or LSP staff from the paper form. */
export const APL02_ENTERED_BY = ['candidate', 'staff'] as const;
export type Apl02EnteredBy = (typeof APL02_ENTERED_BY)[number];

export type SelfAnswerInput = { elementId: string; answer: SelfAnswer | null; evidence: string | null };

/** One element of the scheme version, in unit and element order, with the candidate's answer. */
export type SelfAnswerRow = {
  unitId: string;
  unitCode: string;
  unitTitleId: string;
  unitTitleEn: string | null;
  elementId: string;
  elementNo: number;
  elementTitleId: string;
  elementTitleEn: string | null;
  /** The element's KUK numbers and texts, as FR.APL.02 lists them under the element. */
  kuk: { number: string; textId: string; textEn: string | null }[];
  answer: SelfAnswer | null;
  evidence: string | null;
};

export type Apl02 = {
  rows: SelfAnswerRow[];
  /** Every element answered K or BK. */
  complete: boolean;
  savedAt: string | null;
  enteredBy: Apl02EnteredBy | null;
  /**
   * When the candidate sent these answers from their own PC (apl/submitMySelfAssessment): their electronic mark on
   * FR.APL.02. Null for answers staff entered from paper, and for a draft the candidate saved but never sent.
   */
  submittedAt: string | null;
  /** Null until an assessor reviews it; any later change to the answers clears it. */
  review: { recommendation: Apl02Recommendation; note: string | null; at: string; assessorId: string; assessorName: string; metNumber: string } | null;
};

// ---- The gate -------------------------------------------------------------------------------------

/**
 * What still stands between a candidate and a session of this scheme version, in the order it is done;
 * an empty list: schedulable.
 */
export const GATE_MISSING = ['apl01_missing', 'apl01_unverified', 'apl01_rejected', 'apl02_missing', 'apl02_incomplete', 'apl02_unreviewed', 'apl02_not_proceed'] as const;
export type GateMissing = (typeof GATE_MISSING)[number];
export type AplGate = { schedulable: boolean; missing: GateMissing[] };

/** A session an application was used in (a seat planned on it, the session over or decided). */
export type AplUse = { sessionId: string; code: string; date: string };

/** One certification round of a candidate's applications for a scheme version, as the APL page's history lists it. */
export type AplRound = {
  round: number;
  applicationId: string;
  purpose: AplPurpose;
  savedAt: string;
  verification: { result: Apl01Result; at: string } | null;
  recommendation: Apl02Recommendation | null;
  /** The newest round: the one a new session seats the candidate on. */
  current: boolean;
  usedIn: AplUse | null;
};

export type AplDetail = {
  candidate: { id: string; name: string; nik: string; participantNo: string };
  scheme: { id: string; code: string; version: number; titleId: string; titleEn: string | null };
  /**
   * The round shown (null before any application), whether it is the current one, the session that used it,
   * and whether it still changes: a round used by a session, or followed by a newer one, is that session's
   * record and stays as it was.
   */
  round: { number: number; current: boolean; usedIn: AplUse | null; writable: boolean } | null;
  /** Every round, newest first. */
  rounds: AplRound[];
  /** A new application (the next round, typically sertifikasi ulang) may be started: the current one was used and seats no session still to come. */
  newRoundAllowed: boolean;
  apl01: Apl01 | null;
  /** Always the scheme version's elements; answers null until entered. */
  apl02: Apl02;
  gate: AplGate;
};

/** apl/list: one candidate's state for one scheme version. */
export type AplSummary = {
  candidateId: string;
  name: string;
  nik: string;
  participantNo: string;
  purpose: AplPurpose;
  /** The current application's round: 2 and above is a candidate back for another round. */
  round: number;
  apl01Result: Apl01Result | null;
  apl02Recommendation: Apl02Recommendation | null;
  gate: AplGate;
  /** The latest expiry of a certificate this candidate holds in the scheme (any version, not revoked): a planner sees who is already certified. */
  certifiedUntil: string | null;
  /** That last valid day has passed (on the core's clock): the candidate held the scheme's certificate, and is due re-certification. */
  certifiedExpired: boolean;
  /**
   * The first session of the scheme (any version) not over yet that already seats this candidate, other
   * than apl/list's exceptSessionId: the plan would refuse them (SCHEDULE_CANDIDATE_SAME_SCHEME), so the
   * planner's picker names it, its date and start on its TUK's clock (timeZone). Null while the LSP has that
   * rule switched off.
   */
  bookedIn: { code: string; date: string; startTime: string; timeZone: TukZone } | null;
};

/** apl/list's filter: schedulable now, waiting for staff (APL.01) or for an assessor (APL.02), or refused. */
export const APL_LIST_STATES = ['schedulable', 'awaiting_verification', 'awaiting_review', 'refused'] as const;
export type AplListState = (typeof APL_LIST_STATES)[number];

// ---- Sessions -------------------------------------------------------------------------------------

/** Room server (lab PCs on the proctor's station), one station for everything, or standalone lab PCs. */
export const SESSION_MODES = ['room_server', 'single_station', 'standalone'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/**
 * Derived from the clock, the exam-day run, results bundles, the assessors' signed FR.AK.02, the rapat pleno
 * and the certificates issued (see sessions/list), in the order a session goes through them; `cancelled`
 * from sessions/cancel, whatever the clock says since.
 */
export const SESSION_STATUSES = ['upcoming', 'running', 'awaiting_results', 'results_in', 'decided', 'pleno_decided', 'certified', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * Its results are in: the session was held, and there is nothing left to hand over to a TUK. Not
 * `awaiting_results`, which the clock alone sets: the demo's session of today reaches it in the afternoon.
 */
export function resultsIn(status: SessionStatus): boolean {
  return status === 'results_in' || status === 'decided' || status === 'pleno_decided' || status === 'certified';
}

export type SessionCandidateInput = { candidateId: string; assessorId: string; seat?: string | null };

/** A session as the planner writes it: the whole plan each time (check, create and update alike). */
export type SessionPlanInput = {
  schemeId: string;
  tukId: string;
  /** Null: generated (JDW-YYYYMMDD-NNN); unique across the installation. */
  code?: string | null;
  /** Null: the scheme's title. */
  titleId?: string | null;
  titleEn?: string | null;
  /** YYYY-MM-DD and HH:MM, the TUK's local time. */
  date: string;
  startTime: string;
  durationMinutes: number;
  mode: SessionMode;
  assessorIds: string[];
  candidates: SessionCandidateInput[];
};

/** refused: save is refused while it stands. pending: saved, but to be settled before the session (a TUK verification). */
export const CONFLICT_SEVERITIES = ['refused', 'pending'] as const;
export type ConflictSeverity = (typeof CONFLICT_SEVERITIES)[number];

/**
 * One broken rule. `code` is an error code (its message is `errors.<code>`, params interpolated) naming
 * the rule; `params` name the conflicting record (assessor, candidate, session code, dates). `field`
 * points into the plan: `assessorIds.2`, `candidates.5`, `candidates.5.assessorId`, `tukId`, `date`, `code`.
 */
export type SessionConflict = { code: SchedulingConflictCode; severity: ConflictSeverity; field: string; params: ErrorParams };

export type SessionCheck = { conflicts: SessionConflict[]; refused: number; pending: number };

/**
 * sessions/assessorFit: what the plan's rules would refuse about an assessor by their own record (inactive,
 * MET or certificate lapsed by the date, not registered for the scheme, no loan letter), before they are
 * added; empty where the rules let them in, or are switched off. The rules that depend on the rest of the
 * plan (day limit, overlaps) stay with sessions/check.
 */
export type AssessorFit = { assessorId: string; conflicts: SessionConflict[] };

/** An upcoming session whose rules the assessor's own record breaks (AssessorDetail.sessionBreaks). */
export type AssessorSessionBreak = { sessionId: string; code: string; date: string; conflicts: SessionConflict[] };

export type PlannedSession = {
  id: string;
  code: string;
  titleId: string;
  titleEn: string | null;
  date: string;
  startTime: string;
  durationMinutes: number;
  /** Where the session ends, on the TUK's clock: another date when it runs past midnight. */
  endDate: string;
  endTime: string;
  mode: SessionMode;
  status: SessionStatus;
  scheme: { id: string; code: string; version: number; titleId: string; titleEn: string | null };
  /** timeZone: the TUK's clock, on which date, startTime, endDate and endTime are. */
  tuk: { id: string; code: string; name: string; type: TukType; timeZone: TukZone };
  assessorCount: number;
  candidateCount: number;
  /** Called off before it started (sessions/cancel): when, by whom (their name then), why; null otherwise. */
  cancellation: SessionCancellation | null;
  /**
   * An upcoming session's plan against the rules as they stand now (an assessor's MET lapsed, a TUK verification
   * due since its bundle went out); null where nothing breaks, or the session is no longer upcoming. On the list
   * (sessions/list), the rules a saved plan can come to break, all refused (scheduling/rule-problems.ts); on its
   * page (sessions/get), every rule checkPlan checks, refused and to check.
   */
  ruleProblems: SessionRuleProblems | null;
} & SessionExportState;

export type SessionRuleProblems = { refused: number; pending: number };

export type SessionCancellation = { at: string; by: string; reason: string };

export type PlannedAssessor = { id: string; name: string; metNumber: string; candidateCount: number };
export type PlannedCandidate = {
  candidateId: string;
  name: string;
  nik: string;
  participantNo: string;
  assessorId: string;
  seat: string | null;
  /**
   * Of the application the seat names (migration 028): once the session can no longer change, the round it
   * was planned on, whatever the candidate started since; before, the current one, which a save seats them on.
   */
  gate: AplGate;
  /** That application's round; null when the seat names none (planned without an application, the gate off). */
  aplRound: number | null;
};

export type PlannedSessionDetail = PlannedSession & {
  assessors: PlannedAssessor[];
  candidates: PlannedCandidate[];
  /** Only an upcoming session that has not started here may be changed. */
  editable: boolean;
  /** The rules as they stand now (a certificate may have lapsed, a TUK verification may be due). */
  conflicts: SessionConflict[];
  /** Last saved by sessions/create or sessions/update; null for a session that arrived otherwise (demo, bundle). */
  changedAt: string | null;
  /** Sent back with sessions/update: a save over another admin's later change is refused (RECORD_CHANGED). */
  revision: string;
  /** Passwords already issued: a reload loses the clear ones, not the fact that issuing again voids the printed cards. */
  passwords: IssuedPasswordsState;
};

// ---- The LSP's rules ------------------------------------------------------------------------------

/** Each rule can be switched off by the LSP; the limit is a number. */
export type SchedulingSettings = {
  /** At most this many candidates per assessor per day (over every session that day). */
  maxCandidatesPerAssessorPerDay: number;
  /** An assessor is never in two sessions whose times overlap (any TUK, across midnight). */
  assessorOverlap: boolean;
  /** MET registration and technical certificate valid on the session date. */
  assessorCredentials: boolean;
  /** The assessor may assess the session's scheme. */
  assessorScheme: boolean;
  /** A borrowed assessor (another home LSP) comes with the loan letter's number and date. */
  loanLetter: boolean;
  /** Sewaktu / Tempat Kerja: a fit verification for this session; Mandiri: one within its period. */
  tukVerification: boolean;
  /** Candidates at most the TUK's capacity. */
  tukCapacity: boolean;
  /** A candidate is never in two sessions whose times overlap. */
  candidateOverlap: boolean;
  /** A candidate is never in two sessions of the same scheme code that are not over yet (one held already: a re-assessment is fine). */
  candidateSameScheme: boolean;
  /** APL.01 verified (accepted) and APL.02 recommended to proceed. */
  aplGate: boolean;
};

export const SCHEDULING_SETTINGS_DEFAULT: SchedulingSettings = {
  maxCandidatesPerAssessorPerDay: 10,
  assessorOverlap: true,
  assessorCredentials: true,
  assessorScheme: true,
  loanLetter: true,
  tukVerification: true,
  tukCapacity: true,
  candidateOverlap: true,
  candidateSameScheme: true,
  aplGate: true,
};

// ---- The written test -----------------------------------------------------------------------------

/**
 * How a session's written test is assembled from the scheme version's approved multiple-choice and
 * essay questions: all of them (the default), a fixed list, or a draw of `count` questions per unit or
 * per KUK, the same for everyone or different per candidate (each candidate's stable: seeded, as the
 * CBT shuffles). `reseed` draws anew; otherwise assembling again with the same rule keeps every draw.
 */
export const DRAW_PER = ['unit', 'kuk'] as const;
export type DrawPer = (typeof DRAW_PER)[number];
export type WrittenTestInput =
  | { mode: 'all' }
  | { mode: 'fixed'; itemIds: string[] }
  | { mode: 'draw'; per: DrawPer; count: number; perCandidate: boolean; reseed?: boolean };

/** Per KUK (or unit): questions in the bank, and the fewest and most a candidate gets. */
export type CoverageCount = { available: number; min: number; max: number };

export type WrittenTestPreview = {
  spec: WrittenTestInput;
  /** When the rule was last set (sessions/setWrittenTest); null: never, all approved questions. */
  assembledAt: string | null;
  units: (CoverageCount & {
    unitId: string;
    code: string;
    titleId: string;
    titleEn: string | null;
    kuk: (CoverageCount & { kukId: string; number: string })[];
  })[];
  candidates: { candidateId: string; name: string; participantNo: string; multipleChoice: number; essay: number }[];
  /**
   * A KUK with written questions in the bank that some candidates' tests do not cover: its written
   * evidence is lost for them (the assessor needs other evidence).
   */
  warnings: { unitCode: string; kukNumber: string; kukId: string; candidates: number }[];
  /**
   * Questions the assembled test names that are no longer approved (edited back to draft, or retired,
   * `replacementRef` naming the question that replaces it): no candidate gets them until it is assembled
   * again. Empty when the session takes all approved questions.
   */
  dropped: { itemId: string; ref: string; status: 'draft' | 'retired'; replacementRef: string | null }[];
};
