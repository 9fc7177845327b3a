/** Shapes and rules of the assessor's work (FR.IA.01/03/05/06/07, FR.AK.02–05), shared by the core and the UI. */
import type { AgreementEvidence, McKuk, McScoreSheet } from './cbt';
import type { TukZone } from './time-zones';
import type { Bilingual, TukType } from './types';
import type { AttendanceCounts, AttendanceStatus } from './exam-day';

/** The instruments the assessor scores by hand; FR.IA.05 (multiple choice) is scored by the core. */
export const SCORED_INSTRUMENTS = ['essay', 'oral', 'observation', 'supporting'] as const;
export type ScoredInstrument = (typeof SCORED_INSTRUMENTS)[number];

/** yes/no: Pencapaian Ya/Tidak (IA.03, IA.06, IA.07); k/bk/further: K / BK / penilaian lanjut (IA.01). */
export const VERDICTS = ['yes', 'no', 'k', 'bk', 'further'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * A 0–3 essay score counts as achieved from 2 up: 0 wrong or none, 1 partly right, 2 right but
 * incomplete, 3 complete. "Right but incomplete" still shows the knowledge the KUK asks for.
 */
export const ESSAY_ACHIEVED_FROM = 2;

export const DECISIONS = ['K', 'BK'] as const;
export type Decision = (typeof DECISIONS)[number];

/** FR.AK.02 evidence columns, in the form's order. */
export const AK02_EVIDENCE = ['observation', 'portfolio', 'third_party', 'oral', 'written', 'project', 'other'] as const;
export type Ak02Evidence = (typeof AK02_EVIDENCE)[number];
/** The columns no instrument in the app fills: the assessor ticks them. */
export const EXTRA_EVIDENCE = ['portfolio', 'third_party', 'project', 'other'] as const;
export type ExtraEvidence = (typeof EXTRA_EVIDENCE)[number];

/** FR.AK.03 has ten standard statements (their text is in the i18n resources, `feedback.items.N`). */
export const FEEDBACK_ITEM_COUNT = 10;

export const KNOWLEDGE_CONCLUSIONS = ['achieved', 'not_yet'] as const;
export type KnowledgeConclusion = (typeof KNOWLEDGE_CONCLUSIONS)[number];

export type ScoreInput = {
  instrument: ScoredInstrument;
  /** The item id (essay, oral, supporting) or the KUK's observation item id (observation). */
  targetId: string;
  verdict: Verdict | null;
  score: number | null;
  response: string | null;
  note: string | null;
};
export type ScoreState = ScoreInput & { seq: number; savedAt: string };

/** Every save answers the same way: `stored: false` means a newer save of that record was already on disk. */
export type SaveResult = { seq: number; stored: boolean; savedAt: string };

/** The common header of every BNSP form. */
export type FormHeader = {
  lspName: string;
  /** The LSP's BNSP licence number, printed under its name on every form; null where the LSP recorded none. */
  lspLicenceNo: string | null;
  schemeCode: string;
  schemeTitle: Bilingual;
  sessionId: string;
  sessionCode: string;
  sessionTitle: Bilingual;
  tukName: string;
  tukType: TukType;
  /** The TUK's zone, which the form states the exam's instants in; null for a TUK an old bundle brought (this computer's, unlabelled). */
  tukZone: TukZone | null;
  date: string;
  startTime: string;
  assessorName: string;
  assessorMet: string;
};

export type SeatCandidate = { candidateId: string; participantNo: string; name: string; seat: string | null };

export type KukRef = { unitCode: string; elementNo: number; kukNumber: string };

export type QuestionRow = KukRef & {
  /** Every KUK the question gives evidence for, the first first: the forms name them all (kukNumbersOf). */
  kuks: readonly McKuk[];
  itemId: string;
  ref: string;
  number: number;
  prompt: Bilingual;
  /** The stem's images (sha256s, shown from /files/attachments/<sha256>), when it has any. */
  stemImages?: readonly string[];
  expected: Bilingual;
  scoring: 'yes_no' | 'score_0_3';
  score: ScoreState | null;
};
/** FR.IA.06: the candidate's written answer beside the expected one. */
export type EssayRow = QuestionRow & { answer: string | null };

export type ObservationKuk = {
  kukId: string;
  observationId: string;
  number: string;
  text: Bilingual;
  benchmark: Bilingual;
  score: ScoreState | null;
};
export type ObservationUnit = {
  unitId: string;
  unitCode: string;
  title: Bilingual;
  elements: { elementNo: number; title: Bilingual; kuks: ObservationKuk[] }[];
};

/**
 * Why a unit is not (yet) suggested K, one entry per KUK: `bk` FR.IA.01 says BK; `further` penilaian
 * lanjut is open; `missing` evidence the scheme requires is not recorded yet (observation, a written
 * question, the test itself); `not_achieved` a question on the KUK was not achieved and no oral or
 * supporting question on the KUK confirmed it; `no_evidence` nothing in the scheme covers the KUK.
 */
export const REASON_KINDS = ['bk', 'further', 'missing', 'not_achieved', 'no_evidence'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];
export type KukReason = { kind: ReasonKind; kukNumber: string; elementNo: number; text: Bilingual; refs: string[] };

export type UnitState = {
  unitId: string;
  unitCode: string;
  title: Bilingual;
  suggestion: Decision;
  reasons: KukReason[];
  /** FR.AK.02 evidence actually used, from the instruments recorded for this unit's KUK. */
  evidenceUsed: Ak02Evidence[];
  decision: {
    decision: Decision | null;
    suggestionAtDecision: Decision;
    comment: string | null;
    extraEvidence: ExtraEvidence[];
    seq: number;
    savedAt: string;
  } | null;
};

export type AssessmentRecordState = {
  knowledgeConclusion: KnowledgeConclusion | null;
  knowledgeNote: string | null;
  recommendation: Decision | null;
  followUp: string | null;
  comment: string | null;
  seq: number;
  savedAt: string;
};

export type SignatureState = { signedAt: string; signedByName: string } | null;

/**
 * An electronic mark one person gave on a form, and when: agreed (FR.AK.01 on the lab PC), signed (the
 * assessor with their password), acknowledged (the candidate's password on FR.AK.02), entered (FR.AK.03
 * filled in by the candidate themself). Null: nobody gave one, and the form prints an empty line for a
 * wet signature. Computed by the core, so a print can never claim a signature nobody gave.
 */
export type SignatureMark = { at: string; how: 'agreed' | 'signed' | 'acknowledged' | 'entered' } | null;
export const SIGNED_FORMS = ['ak01', 'ia05', 'ia06', 'ia07', 'ia01', 'ia03', 'ak02', 'ak03', 'ak04'] as const;
export type SignedForm = (typeof SIGNED_FORMS)[number];
export type FormSignatures = Record<SignedForm, { candidate: SignatureMark; assessor: SignatureMark }>;
/** The instrument forms the assessor fills in; one they recorded nothing on is printed as not used, unsigned. */
export const INSTRUMENT_FORMS = ['ia05', 'ia06', 'ia07', 'ia01', 'ia03'] as const;
export type InstrumentForm = (typeof INSTRUMENT_FORMS)[number];
export type FormsRecorded = Record<InstrumentForm, boolean>;

/** The candidate's acknowledgement of the signed FR.AK.02 (their own password on the assessor's screen). */
export type AcknowledgementState = { acknowledgedAt: string } | null;

export type FeedbackAnswer = { agree: boolean | null; comment: string };
export type FeedbackState = {
  answers: FeedbackAnswer[];
  comment: string | null;
  enteredBy: 'candidate' | 'assessor';
  seq: number;
  savedAt: string;
  /**
   * Given on an FR.AK.02 decision since unlocked: saved before the live signature (the decision was unlocked and
   * signed again after it) or with none live (unlocked, not yet signed again). It does not respond to the decision
   * in force; the candidate may give it again once that decision is signed.
   */
  onEarlierDecision: boolean;
} | null;

export type AppealInput = {
  processExplained: boolean;
  discussedWithAssessor: boolean;
  involveOther: boolean;
  reasons: string;
};
export type AppealState = (AppealInput & { seq: number; savedAt: string }) | null;

export type AttemptStatus = 'absent' | 'in_progress' | 'submitted';

/** Everything one candidate's assessment needs, in one call: the assessor's workspace. */
export type Workspace = {
  header: FormHeader;
  candidate: SeatCandidate;
  /**
   * missed: never started, and marked absent or the session is over (a form printed before the day says
   * nothing of a test not yet held). agreementEvidence: FR.AK.01's list as the candidate's screen showed it.
   * lateAnswers: how many of the answers that count reached the room server after time ran out, delivered
   * by a PC that had lost the LAN and stamped by it as given before the deadline. heldRefused: how many late
   * answers were refused because the room server had heard from the PC after they were given (an attempt to
   * change answers after time was up), from this installation's audit log.
   */
  attempt: {
    status: AttemptStatus;
    missed: boolean;
    submittedAt: string | null;
    agreedAt: string | null;
    agreementEvidence: readonly AgreementEvidence[];
    lateAnswers: number;
    heldRefused: number;
  };
  multipleChoice: McScoreSheet;
  /** The LSP's pass percentage for the scheme (scheme_policy), shown beside the score as a hint only; null: none set. */
  passHintPercent: number | null;
  essays: EssayRow[];
  oral: QuestionRow[];
  supporting: QuestionRow[];
  observation: ObservationUnit[];
  units: UnitState[];
  record: AssessmentRecordState | null;
  /** The recommendation the units allow: K only when every unit is decided K. */
  allowedRecommendation: Decision | null;
  signature: SignatureState;
  acknowledgement: AcknowledgementState;
  /** Per form, who gave an electronic signature and when; everyone else signs on paper. */
  formSignatures: FormSignatures;
  /** Per instrument form, whether it holds anything the assessor recorded (the FR.IA.05 conclusion, a score). */
  formsRecorded: FormsRecorded;
  feedback: FeedbackState;
  appeal: AppealState;
  /** The highest sequence number stored for this candidate's records; the next save uses a higher one. */
  lastSeq: number;
};

/** `not_used`: the scheme has nothing for the instrument, or it was signed off with nothing recorded on it. */
export const PROGRESS = ['not_started', 'in_progress', 'scored', 'decided', 'signed', 'not_used'] as const;
export type Progress = (typeof PROGRESS)[number];
export const OVERVIEW_COLUMNS = ['ia05', 'ia06', 'ia07', 'ia01', 'ia03', 'decision'] as const;
export type OverviewColumn = (typeof OVERVIEW_COLUMNS)[number];

export type OverviewRow = SeatCandidate & {
  attempt: AttemptStatus;
  /** As on the daftar hadir: a candidate the proctor marked absent is shown so, not as one yet to begin. */
  attendance: AttendanceStatus;
  progress: Record<OverviewColumn, Progress>;
  recommendation: Decision | null;
  signed: boolean;
};
export type AssessmentOverview = {
  header: FormHeader;
  rows: OverviewRow[];
  essays: { itemId: string; ref: string; number: number }[];
  reportSigned: boolean;
};

/** FR.IA.06 by question: one essay across all of the assessor's candidates. */
/**
 * The score an essay left unanswered in a submitted test gets: 0, or Tidak. Shown to the assessor, who still
 * confirms it (it is stored only then), so the evidence is complete and nothing is decided behind their back.
 */
export type UnansweredScore = { verdict: 'no'; score: null } | { verdict: null; score: 0 };

/** What an essay left empty in a submitted test scores, awaiting the assessor's confirmation: Tidak, or 0. */
export function unansweredScore(scoring: EssayRow['scoring']): UnansweredScore {
  return scoring === 'yes_no' ? { verdict: 'no', score: null } : { verdict: null, score: 0 };
}

export type EssayAcross = {
  header: FormHeader;
  question: Omit<EssayRow, 'answer' | 'score'>;
  /**
   * Every candidate who submitted, answered or not, and anyone still writing who has answered or been scored;
   * `unanswered` is set while a submitted candidate's empty essay awaits the assessor's confirmation.
   */
  rows: {
    candidate: SeatCandidate;
    answer: string | null;
    score: ScoreState | null;
    locked: boolean;
    lastSeq: number;
    unanswered: UnansweredScore | null;
  }[];
};

export type ReportInput = { positives: string; negatives: string; rejections: string; suggestions: string };
/** FR.AK.05: one per assessor per session. */
export type AssessmentReport = {
  header: FormHeader;
  rows: {
    candidate: SeatCandidate;
    recommendation: Decision | null;
    signed: boolean;
    attempt: AttemptStatus;
    /** As the workspace's attempt.missed, or never started when the report was signed: only then does Keterangan say the candidate was not assessed. */
    missed: boolean;
    /** The BK units, named in Keterangan. */
    bkUnits: { unitCode: string; title: Bilingual }[];
  }[];
  report: (ReportInput & { seq: number; savedAt: string }) | null;
  signature: SignatureState;
};

/** What the candidate sees of FR.AK.03: the form, once the assessor has signed their decision. */
export type CandidateFeedback = {
  header: FormHeader;
  candidate: SeatCandidate;
  open: boolean;
  feedback: FeedbackState;
};

/** Candidate cards and the attendance list (daftar hadir) of one session, for the proctor's printouts. */
export type SessionSheet = {
  header: Omit<FormHeader, 'assessorName' | 'assessorMet'> & {
    assessorNames: string[];
    /** The same assessors in the same order, each with their No. Reg. MET (the daftar hadir's signature block). */
    assessors: { name: string; metNumber: string }[];
  };
  attendance: AttendanceCounts;
  rows: (SeatCandidate & {
    nik: string;
    institution: string | null;
    assessorName: string;
    attendance: AttendanceStatus;
    /**
     * Only hashes of passwords are stored, so a card can carry a password only where it is known:
     * on the embedded demo (whose logins are public anyway). Elsewhere the core never returns one: the
     * LSP's print fills it in from the answer of sessions/issuePasswords held in the window's memory
     * (renderer/src/screens/print/issued-passwords.ts), and without it the card says "issued separately".
     */
    cardPassword: string | null;
  })[];
};
