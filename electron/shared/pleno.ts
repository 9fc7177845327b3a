/**
 * Closing the loop at the LSP (issue 17): the results review, the rapat pleno and appeals (FR.AK.04).
 * Types of the `results/*`, `pleno/*` and `appeals/*` methods; their argument schemas are in pleno-args.ts.
 */
import type { TukZone } from './time-zones';
import type { AttemptStatus, Decision, ExtraEvidence, KnowledgeConclusion } from './assessment';
import type { KeyCorrection } from './key-corrections';
import type { SubmitReason } from './cbt';
import type { AttendanceStatus, Incident, ProctorAction } from './exam-day';
import type { Bilingual } from './types';

export const PLENO_STATUSES = ['draft', 'decided', 'signed'] as const;
export type PlenoStatus = (typeof PLENO_STATUSES)[number];

export const PLENO_ROLES = ['chair', 'member', 'secretary'] as const;
export type PlenoRole = (typeof PLENO_ROLES)[number];

export const APPEAL_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/**
 * What the review marks on a candidate. Those in BLOCKING_FLAGS keep the pleno from deciding; the others
 * are shown. `absent`: did not come and has no signed record, so gets no decision (and blocks nothing).
 */
export const REVIEW_FLAGS = [
  'absent',
  'unsigned',
  'noRecommendation',
  'unitsUndecided',
  'testNotSubmitted',
  /** Came (or has a record) but never started the written test the scheme has: no answers to count. */
  'testNotTaken',
  'notAcknowledged',
  'appealOpen',
  'incident',
] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];
export const BLOCKING_FLAGS: readonly ReviewFlag[] = ['unsigned', 'noRecommendation', 'unitsUndecided'];

/** Errors of this area (messages in i18n/pleno.*.ts, `errors.<CODE>`). */
export const PLENO_ERRORS = [
  /** Fewer members than the LSP's rule (params: min, count). */
  'PLENO_MEMBERS_TOO_FEW',
  /** Not exactly one chair (params: count). */
  'PLENO_CHAIR_COUNT',
  /** A member assessed a candidate of one of the pleno's sessions (params: member, session). */
  'PLENO_MEMBER_CONFLICT',
  /** A member's account or assessor is not of this LSP (params: member). */
  'PLENO_MEMBER_UNKNOWN',
  /** One person on the list twice, e.g. by their account and by the assessor record it is linked to (params: member, other). */
  'PLENO_MEMBER_TWICE',
  /** Signing needs the chair's own account (params: chair). */
  'PLENO_CHAIR_NO_ACCOUNT',
  /** The pleno is not in a state that allows this (params: status). */
  'PLENO_LOCKED',
  /** Signing before the decisions are recorded. */
  'PLENO_NOT_DECIDED',
  /** Since the decision, a recommendation or who was absent changed: decide again (params: count, candidates). */
  'PLENO_RECORDS_CHANGED',
  /** Candidates whose records are incomplete or unsigned (params: count, candidates). */
  'PLENO_BLOCKED',
  /** A decision that departs from the assessor's recommendation without a reason (params: candidate). */
  'PLENO_DEPARTURE_NEEDS_REASON',
  /** Already decided in another pleno in force (params: candidate, pleno). */
  'PLENO_ALREADY_DECIDED',
  /** A decision for someone not in the pleno's sessions, or absent (params: candidate). */
  'PLENO_NOT_A_CANDIDATE',
  /** A session without results, or not of this LSP (params: session). */
  'PLENO_SESSION_NO_RESULTS',
  /** The SK number is already another pleno's (params: skNumber). */
  'PLENO_SK_TAKEN',
  /** Only a signed pleno is corrected, once at a time (params: pleno). */
  'PLENO_CORRECTION_OPEN',
  /** assessment/unlock of an FR.AK.02 a signed pleno decided on (params: skNumber). */
  'RECORD_DECIDED_BY_PLENO',
  /** appeals/close on a case already closed. */
  'APPEAL_NOT_OPEN',
  /** accepted: a re-assessment session of this candidate is needed (params: session when one was named). */
  'APPEAL_REASSESSMENT_INVALID',
  /** rejected: the reason is needed. */
  'APPEAL_REASON_REQUIRED',
  /** The candidate is not in that session (params: candidate). */
  'APPEAL_CANDIDATE_NOT_IN_SESSION',
  /** A unit named is not of the session's scheme (params: unit). */
  'APPEAL_UNIT_INVALID',
  /** appeals/record: the grounds are needed (at least 3 characters, as a rejection's reason). */
  'APPEAL_GROUNDS_REQUIRED',
  /** appeals/record: lodged before the session's test day (params: date, the test day). */
  'APPEAL_LODGED_BEFORE_TEST',
  /** appeals/record: lodged on a day still to come (params: date, today). */
  'APPEAL_LODGED_IN_FUTURE',
  /** appeals/record: the candidate already has an open appeal against this session, at the LSP or from the TUK (params: date, lodged). */
  'APPEAL_ALREADY_OPEN',
] as const;

// ---- Results review (`results/sessions`, `results/review`) ----

/** One session that has results at the LSP (a results bundle imported, or assessment records here). */
export type ResultsSessionSummary = {
  sessionId: string;
  code: string;
  title: Bilingual;
  date: string;
  scheme: { schemeId: string; code: string; title: Bilingual };
  tuk: { tukId: string; code: string; name: string };
  /** The latest results bundle imported for it; null when the records were made here. */
  resultsImportedAt: string | null;
  candidates: number;
  recommendedK: number;
  recommendedBK: number;
  absent: number;
  /** Candidates with any flag other than `absent`; `blocking`: those that keep the pleno from deciding. */
  flagged: number;
  blocking: number;
  /** Candidates with a decision in a pleno in force (signed or not). */
  decided: number;
};

export type ReviewUnit = {
  unitId: string;
  unitCode: string;
  title: Bilingual;
  /** The assessor's decision on FR.AK.02 (null: not decided) and what the evidence suggested when they decided. */
  decision: Decision | null;
  suggestionAtDecision: Decision | null;
  comment: string | null;
  extraEvidence: ExtraEvidence[];
};

/** Scored / achieved counts of one hand-scored instrument (essay FR.IA.06, oral FR.IA.07, supporting FR.IA.03). */
export type ScoredCount = { total: number; scored: number; achieved: number };

export type ReviewEvidence = {
  /** FR.IA.05: the key's auto-score, per unit (the core's one multiple-choice scoring). */
  multipleChoice: {
    /** False when the candidate never started the written test: the counts then say nothing about them. */
    taken: boolean;
    total: number;
    achieved: number;
    units: { unitCode: string; unitTitle: Bilingual; total: number; achieved: number }[];
  };
  essay: ScoredCount;
  oral: ScoredCount;
  supporting: ScoredCount;
  /** FR.IA.01 per KUK: K, BK, further evidence, not yet observed. */
  observation: { total: number; k: number; bk: number; further: number; unscored: number };
  knowledgeConclusion: KnowledgeConclusion | null;
};

/** A candidate's appeal as the review shows it: the TUK's FR.AK.04 and the cases at the LSP. */
export type ReviewAppeal = {
  tuk: { reasons: string; savedAt: string } | null;
  cases: { caseId: string; status: AppealStatus; lodgedAt: 'tuk' | 'lsp'; lodgedOn: string }[];
  /** isHeldByAppeal: an open case, an accepted one (for good), or a TUK FR.AK.04 not yet on record. */
  held: boolean;
};

/**
 * What a proctor did to the candidate's written test, oldest first: time added, a pause, a resume, for the
 * candidate alone or the whole room. From the audit log (the TUK's arrives in the results bundle), as the
 * berita acara lists them. `by`: the proctor's name, or their username at the TUK; null when neither is
 * known here (the account is the TUK's own).
 */
export type ReviewTestAction = Pick<ProctorAction, 'at' | 'reason' | 'minutes'> & {
  /** passwordIssued: a new card given at the TUK, so the candidate sat with a password the LSP never issued. */
  action: 'extended' | 'paused' | 'resumed' | 'extendedAll' | 'pausedAll' | 'resumedAll' | 'passwordIssued';
  by: string | null;
};

export type ReviewCandidate = {
  candidateId: string;
  participantNo: string;
  name: string;
  nik: string;
  seat: string | null;
  assessor: { assessorId: string; name: string; met: string };
  attendance: AttendanceStatus;
  attempt: AttemptStatus;
  /**
   * How the written test ran, from the attempt the results bundle carries: time the proctor added, and
   * when and how it was submitted (null while open). Null when it was never started. lateAnswers and
   * heldRefused: as the assessor's workspace counts them (Workspace['attempt']), answers that count though
   * they reached the room server after time ran out, and late answers refused because the server had heard
   * from the PC after they were given, the TUK station's refusals included.
   */
  writtenTest: {
    extensionMinutes: number;
    submittedAt: string | null;
    submitReason: SubmitReason | null;
    actions: ReviewTestAction[];
    lateAnswers: number;
    heldRefused: number;
  } | null;
  /** FR.AK.02 overall (assessment_record.recommendation). */
  recommendation: Decision | null;
  /** FR.AK.02's follow-up needed and the assessor's comments/observations, as written on the form. */
  followUp: string | null;
  assessorComment: string | null;
  units: ReviewUnit[];
  evidence: ReviewEvidence;
  /** The assessor's FR.AK.02 signature in force (a revoked one does not count). */
  signature: { signedAt: string; signedByName: string } | null;
  acknowledgement: { acknowledgedAt: string } | null;
  /** FR.AK.03, and who entered it; onEarlierDecision as the workspace's (given on an FR.AK.02 decision since unlocked). */
  feedback: { enteredBy: 'candidate' | 'assessor'; savedAt: string; onEarlierDecision: boolean } | null;
  appeal: ReviewAppeal;
  /** Berita acara entries that name the candidate (participant number or name). */
  incidents: Incident[];
  /** The decision of a pleno in force that holds this candidate, if any. */
  plenoDecision: { plenoId: string; status: PlenoStatus; decision: Decision } | null;
  flags: ReviewFlag[];
  blocksDecision: boolean;
};

export type ResultsReview = {
  session: ResultsSessionSummary & {
    lspName: string;
    tukType: string;
    /** The TUK's zone, which the review states the exam's instants in; null for a TUK an old bundle brought. */
    tukZone: TukZone | null;
    startTime: string;
    assessors: { assessorId: string; name: string; met: string }[];
  };
  /** The whole berita acara (incidents and the proctor's closing notes). */
  incidents: Incident[];
  notes: string;
  /** The session's multiple-choice key corrections (ralat kunci, soal dianulir), oldest first; the counts apply them. */
  keyCorrections: KeyCorrection[];
  candidates: ReviewCandidate[];
};

// ---- Rapat pleno (`pleno/*`) ----

export type PlenoSettings = {
  /** At least this many members (default 3). */
  minMembers: number;
  /** A session's own assessors may not sit on its pleno (default true). */
  excludeSessionAssessors: boolean;
};
export const PLENO_SETTINGS_DEFAULT: PlenoSettings = { minMembers: 3, excludeSessionAssessors: true };

export type PlenoMemberInput = { role: PlenoRole; name: string; accountId?: string | null; assessorId?: string | null };

export type PlenoMember = {
  position: number;
  role: PlenoRole;
  name: string;
  accountId: string | null;
  /** The linked account's username, so the chair knows whose password signs. */
  accountUsername: string | null;
  assessorId: string | null;
  assessorMet: string | null;
};

export type PlenoSession = {
  sessionId: string;
  code: string;
  title: Bilingual;
  date: string;
  startTime: string;
  scheme: { schemeId: string; code: string; title: Bilingual; kind: string; skkni: string };
  tuk: { tukId: string; code: string; name: string; type: string; address: string | null };
  assessors: { assessorId: string; name: string; met: string }[];
  candidates: number;
};

export type PlenoDecision = {
  sessionId: string;
  sessionCode: string;
  candidateId: string;
  participantNo: string;
  name: string;
  nik: string;
  institution: string | null;
  scheme: { code: string; title: Bilingual };
  /** The assessor's recommendation when the pleno decided, kept beside the decision. */
  recommendation: Decision | null;
  decision: Decision;
  /** Why the decision departs from the recommendation (null when it follows it). */
  reason: string | null;
  departs: boolean;
  /**
   * The latest appeal (FR.AK.04) against this seat, at the LSP or the TUK's not yet acted on, with the
   * re-assessment session when accepted; null when none was lodged.
   */
  /** `reassessmentCancelled`: the accepted appeal's re-assessment session was called off since. */
  appeal: { status: AppealStatus; reassessmentCode: string | null; reassessmentCancelled: boolean } | null;
  /**
   * A BK decision's candidate's certificate for this seat still in force (issued from a K of the pleno this
   * one corrects): to be revoked, which the correction does not do by itself; null otherwise.
   */
  heldCertificate: { certificateId: string; number: string } | null;
  /**
   * The candidate's FR.AK.02 as it stands now, where it moved since the pleno decided on it (a results bundle
   * brought the assessor's later change): its recommendation now, and whether it is signed. A K decision so
   * changed issues no certificate until a correcting pleno decides again. Null while the record is as decided on.
   */
  recordNow: { recommendation: Decision | null; signed: boolean } | null;
};

export type PlenoSummary = {
  plenoId: string;
  status: PlenoStatus;
  heldOn: string;
  place: string | null;
  skNumber: string | null;
  skDate: string | null;
  sessions: { sessionId: string; code: string }[];
  members: number;
  decided: number;
  competent: number;
  notCompetent: number;
  correctsId: string | null;
  /** The signed pleno that corrects this one: its decisions no longer count. */
  supersededBy: string | null;
  /** Its K decisions in force still without a certificate and not held by an appeal: what issuing would number now. */
  toIssue: number;
};

/** A signed pleno named by its decision letter. */
export type PlenoSkRef = { number: string; date: string };

/** Everything the screen, the minutes (berita acara rapat pleno) and the SK with its candidate list need. */
export type PlenoDetail = Omit<PlenoSummary, 'sessions' | 'members' | 'decided' | 'competent' | 'notCompetent' | 'toIssue'> & {
  lsp: { lspId: string; code: string; name: string; licenceNo: string | null; address: string | null };
  correctionReason: string | null;
  /** The SK of the signed pleno this one corrects (correctsId): a correction's minutes and SK name what they correct. */
  correctsSk: PlenoSkRef | null;
  /** The SK of the signed correction that replaced this pleno (supersededBy): its minutes and SK say they no longer stand. */
  supersededBySk: PlenoSkRef | null;
  createdAt: string;
  createdByName: string;
  decidedAt: string | null;
  decidedByName: string | null;
  /** Sent back with pleno/decide: a decision recorded since the screen opened is refused (RECORD_CHANGED), not replaced. */
  revision: string;
  signedAt: string | null;
  signedByName: string | null;
  sessions: PlenoSession[];
  members: PlenoMember[];
  /** Stored decisions, in session then participant-number order. */
  decisions: PlenoDecision[];
  counts: { candidates: number; absent: number; competent: number; notCompetent: number; departures: number };
  /** Its schemes without the KBLI code the certificate numbers need: issuing would skip their candidates. */
  schemesWithoutKbli: { schemeId: string; code: string }[];
  /** While not signed: the candidates still blocking a decision (flags from the review). */
  blocking: { sessionId: string; candidateId: string; participantNo: string; name: string; flags: ReviewFlag[] }[];
};

// ---- Appeals (`appeals/*`) ----

/**
 * What an appeal's hold keeps back for the seat: a K decision's certificate (with its BNSP sheet row), or, for a
 * BK decision (or none yet), the candidate's row of the BNSP sheet: a BK candidate has no certificate to hold.
 */
export const APPEAL_HOLDS = ['certificate', 'bnsp_row'] as const;
export type AppealHold = (typeof APPEAL_HOLDS)[number];

export type AppealCase = {
  /** `tuk:<sessionId>:<candidateId>` for a TUK FR.AK.04 not yet on record at the LSP (closing it records it). */
  caseId: string;
  /** False for such a TUK appeal listed from the results (no appeal_case row yet). */
  recorded: boolean;
  sessionId: string;
  sessionCode: string;
  candidateId: string;
  participantNo: string;
  name: string;
  lodgedAt: 'tuk' | 'lsp';
  lodgedOn: string;
  reasons: string;
  units: { unitId: string; unitCode: string }[];
  status: AppealStatus;
  outcomeReason: string | null;
  /** `cancelled`: the session was called off after the appeal named it; the candidate is to be planned in another. */
  reassessment: { sessionId: string; code: string; date: string; cancelled: boolean } | null;
  createdAt: string | null;
  closedAt: string | null;
  closedByName: string | null;
  held: boolean;
  /** What the hold keeps back (null when not held), by the pleno's decision in force or else the assessor's recommendation. */
  holds: AppealHold | null;
};

/**
 * What `appeals/close` returns: the case as closed, and, when accepted, the certificate still in force from
 * the appealed session's decision (null otherwise). Issued before the appeal, it is not revoked by closing:
 * the admin decides on its page, so the close says so at once rather than only a later certificates/issue.
 */
export type AppealCloseResult = AppealCase & { issuedBeforeAppeal: { certificateId: string; number: string } | null };
