import type { Language } from './i18n';
import type { Principal, Role } from './roles';
import type { PlannedSession, SessionConflict } from './scheduling';
import type { ExpiryState } from './registry';
import type { TukZone } from './time-zones';

/** Scheme content carries both languages where the LSP provides them; `en` may be missing. */
export type Bilingual = { id: string; en: string | null };

export const TUK_TYPES = ['sewaktu', 'tempat_kerja', 'mandiri'] as const;
export type TukType = (typeof TUK_TYPES)[number];

export const SCHEME_KINDS = ['kkni', 'okupasi', 'klaster'] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];

export const DIMENSIONS = ['TS', 'TMS', 'CMS', 'JRES', 'TRS'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ITEM_KINDS = ['multiple_choice', 'essay', 'oral', 'supporting'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export type DemoLogin = { role: Role; username: string; password: string; name: string };

export type AppInfo = {
  name: string;
  version: string;
  schemaVersion: number;
  demo: boolean;
  /** Only filled on a demo installation; a real installation never reveals credentials. */
  demoLogins: DemoLogin[] | null;
  /** The language chosen at set-up: what a computer that has not chosen its own shows. */
  language: Language | null;
  /**
   * Whether the installation is set up. A browser on the LAN is refused setup/status (set-up is for this
   * computer alone), so this is how it learns that nobody can sign in yet and says where to set up.
   */
  setUp: boolean;
};

export type SignInResult = {
  token: string;
  expiresAt: string;
  principal: Principal;
  /** The password was set by an admin (a new account, a reset): every call but auth/changePassword is refused until it changes. */
  mustChangePassword?: boolean;
};

export type SchemeSummary = {
  id: string;
  code: string;
  /** The latest version of the code (the home lists one card per scheme). */
  version: number;
  title: Bilingual;
  kind: SchemeKind;
  skkni: string;
  unitCount: number;
  elementCount: number;
  kukCount: number;
  items: Record<ItemKind, number> & { observation: number };
};

export type SessionSummary = {
  id: string;
  code: string;
  title: Bilingual;
  date: string;
  startTime: string;
  durationMinutes: number;
  schemeTitle: Bilingual;
  schemeCode: string;
  tukName: string;
  tukType: TukType;
  /** The TUK's zone, which its exam's instants are stated in; null for a TUK an old bundle brought (this computer's). */
  tukZone: TukZone | null;
  candidateCount: number;
  assessorNames: string[];
  /**
   * The LSP cancelled it (a bundle exported after sessions/cancel): when, by whom, why; null otherwise.
   * `afterStart`: the cancellation reached this computer after the exam had started here, which it does not stop.
   */
  cancellation: { at: string; by: string; reason: string; afterStart: boolean } | null;
  /**
   * Candidates here whose clock runs on another duration than the session's: they accepted FR.AK.01 before
   * a re-planned session bundle changed it, and keep what they agreed to. Grouped by minutes; empty otherwise.
   */
  startedWithOtherDuration: { minutes: number; candidates: number }[];
};

/**
 * What waits for the LSP office, counted: each is a screen's list with the same filter (see
 * core/homes/lsp-tasks.ts), so the number on the home is the number of rows that screen shows.
 */
export const LSP_TASKS = [
  'aplToVerify',
  'sessionsToSend',
  'sessionsBreakingRules',
  'sessionsAwaitingResults',
  'sessionsToDecide',
  'plenosToDecide',
  'plenosToSign',
  'certificatesToIssue',
  'certificatesExpiringSoon',
  'certificatesSurveillanceDue',
  'certificatesAwaitingDecision',
  'certificatesCorrectedToBk',
  'appealsOpen',
  'assessorsExpired',
  'assessorsExpiringSoon',
  'tuksToVerify',
] as const;
export type LspTask = (typeof LSP_TASKS)[number];
export type LspTasks = Record<LspTask, number>;

/**
 * How far ahead the home counts certificates in force whose last valid day comes (the register's expiring
 * list over the same days): the time to plan their holders' re-certification before they lapse.
 */
export const CERTIFICATES_DUE_DAYS = 90;

/**
 * How far ahead the home looks for sessions that could not run as they stand (candidates without an exam
 * password, an assessor without a sign-in account): the days in which the LSP must still act on them.
 */
export const SESSION_READINESS_DAYS = 14;

/** An upcoming session that could not run as it stands, and what it lacks (the home links its page). */
export type UnreadySession = {
  sessionId: string;
  code: string;
  date: string;
  /** Its candidates with no exam password yet (sessions/issuePasswords gives them one). */
  candidatesWithoutPassword: number;
  /** Its planned assessors with no enabled sign-in account (Staff accounts creates one), by name. */
  assessorsWithoutAccount: string[];
};

/** The sessions from today on that the LSP admin's home shows; the rest are on `#/sessions`, paged. */
export const HOME_UPCOMING_SESSIONS = 8;

/**
 * The LSP admin's home, bounded whatever the LSP's size (5,000 sessions, 200 TUKs): what waits, the next
 * sessions and the counts. It listed every session and TUK, which the registry's own screens page.
 */
export type LspOverview = {
  lsp: { id: string; code: string; name: string };
  schemes: SchemeSummary[];
  /** From today on, soonest first, at most HOME_UPCOMING_SESSIONS; `upcomingTotal` counts them all. */
  upcoming: PlannedSession[];
  upcomingTotal: number;
  /** Counted as the lists count, up to LIST_TOTAL_CAP + 1: past the cap, "more than" the cap. */
  sessionCount: number;
  tukCount: number;
  assessorCount: number;
  candidateCount: number;
  /** Staff who can sign in (enabled, with a password): the first steps' "staff accounts" is done with one of each. */
  staffAccounts: { proctors: number; assessors: number };
  tasks: LspTasks;
  /**
   * `tasks.aplToVerify` per scheme version, those with none left out: the applications list shows one scheme
   * at a time, so the home links each scheme's count to that scheme's list.
   */
  aplToVerifyBySchemes: { schemeId: string; count: number }[];
  /**
   * Sessions starting within SESSION_READINESS_DAYS that lack passwords or an assessor's account, soonest first,
   * at most HOME_UPCOMING_SESSIONS; `sessionsNotReadyTotal` counts them all. A warning on the session's page
   * only said nothing on the home, which said nothing waited.
   */
  sessionsNotReady: UnreadySession[];
  sessionsNotReadyTotal: number;
};

export type ProctorCandidate = {
  candidateId: string;
  participantNo: string;
  name: string;
  /** The proctor checks identity at the door, so only staff ever receive the NIK. */
  nik: string;
  seat: string | null;
  assessorName: string;
  /** Null while the LSP has issued this candidate no password and no card was issued here (exam/issueCard): they cannot sign in yet. */
  accountId: string | null;
  locked: boolean;
  /** While locked: when the lock lifts by itself (core/auth/lock-lapse.ts). */
  lockedUntil?: string;
};

/** An assessor of one of today's sessions, whose locked account the proctor may unlock. */
export type ProctorAssessor = {
  assessorId: string;
  name: string;
  accountId: string;
  locked: boolean;
  /** While locked: when the lock lifts by itself. */
  lockedUntil?: string;
};

/** This computer's clock is well behind a moment the installation already saw (core/clock-check.ts). */
export type ClockBehind = { now: string; latestSeen: string; from: 'audit' | 'bundle' };

/** The data folder's disk is nearly full (core/disk-space.ts). */
export type DiskLow = { freeBytes: number };

/** What is wrong with the computer itself, for the staff homes to say (app/computer); each null when fine. */
export type ComputerHealth = {
  /** The clock is certainly wrong: "today" (the proctor's sessions, expiry dates) is the wrong day. */
  clockBehind: ClockBehind | null;
  /** The data folder's disk is nearly full: every write fails once it is. */
  diskLow: DiskLow | null;
};

export type ProctorToday = {
  date: string;
  sessions: {
    session: SessionSummary;
    /** When the proctor started and closed it here; null before the start. */
    run: { startedAt: string; endedAt: string | null } | null;
    /** The latest whole results bundle written here for the LSP (@lspName): when and by whom; null before the first. */
    resultsExport: { at: string; by: string | null; lspName: string } | null;
    candidates: ProctorCandidate[];
    assessors: ProctorAssessor[];
  }[];
  /**
   * This computer's clock is set to another zone than its TUK's (the record the session bundle brought, else the
   * zone set up): by how many minutes it is ahead (negative: behind). Null when it agrees or the zone is unknown.
   */
  clockOff: { tukZone: TukZone; aheadMinutes: number } | null;
  /**
   * At an LSP office that holds an exam day itself (its computer the room server for a session at one of its
   * TUKs), each TUK of today's sessions it runs whose zone this computer's clock is not set to: by how many minutes
   * it is ahead (negative: behind), with those sessions' codes. Empty at a TUK station (clockOff says it there).
   */
  tukClocksOff: { tukName: string; tukZone: TukZone; aheadMinutes: number; sessionCodes: string[] }[];
};

/** proctor/upcoming: the sessions on this computer after @date (today here), soonest first; none can start before its day. */
export type ProctorUpcoming = {
  date: string;
  /** withoutPassword: seated candidates the LSP issued no password yet, to ask for before the day. */
  sessions: (SessionSummary & { withoutPassword: number })[];
};

export type AssessorAssigned = {
  /** With each credential's state on the core's day (`soon`: within the registry's "soon" setting), so the home can warn. */
  assessor: { id: string; name: string; metNumber: string; metExpiresOn: string; metState: ExpiryState; techCertExpiresOn: string | null; techCertState: ExpiryState };
  sessions: {
    session: SessionSummary;
    candidates: { candidateId: string; participantNo: string; name: string; seat: string | null }[];
  }[];
};

export type CandidateHome = {
  participantNo: string;
  name: string;
  session: {
    title: Bilingual;
    schemeTitle: Bilingual;
    date: string;
    startTime: string;
    durationMinutes: number;
    tukName: string;
    seat: string | null;
  } | null;
};

/** Why a head was signed: routine after changes, or a moment worth anchoring (export, backup, session close). */
export type AuditHeadReason = 'start' | 'commit' | 'export' | 'backup' | 'session_close' | 'print' | 'close' | 'restore' | 'verify';

/**
 * Carried from head to head so a later head cannot hide it: `adopted` rows fromSeq..toSeq were found
 * unsigned at start-up (a crash, keys locked, or added to the file) and signed then; `restored` the
 * chain was rolled back from a head at fromSeq to toSeq by a restore; `contradicted` at start-up the
 * chain did not match the head at fromSeq (it ended at toSeq): rows were removed or rewritten.
 */
export type AuditHeadNote = { kind: 'adopted' | 'restored' | 'contradicted'; fromSeq: number; toSeq: number; at: string };

export type AuditHeadSummary = {
  installationId: string;
  /** Counter of heads signed by that installation: the later of two heads is the larger n. */
  n: number;
  seq: number;
  hash: string;
  signedAt: string;
  reason: AuditHeadReason;
  fingerprint: string | null;
};

/**
 * broken: the chain is inconsistent or contradicts a signed head (rows edited, removed, re-hashed);
 * unanchored: rows no signed head covers (they may be genuine, or added by someone holding the file);
 * notice: worth knowing, not a failure.
 */
export type AuditFindingSeverity = 'broken' | 'unanchored' | 'notice';
export type AuditFindingKind =
  | 'seq_gap'
  | 'prev_mismatch'
  | 'hash_mismatch'
  | 'answer_changed'
  | 'answer_unrecorded'
  | 'truncated'
  | 'head_mismatch'
  | 'head_bad_signature'
  | 'unsigned_tail'
  | 'no_head'
  | 'head_file_missing'
  | 'head_file_stale'
  | 'contradicted'
  | 'adopted'
  | 'restored'
  | 'foreign_head'
  | 'unpinned_head';
export type AuditFinding = { kind: AuditFindingKind; severity: AuditFindingSeverity; fromSeq: number | null; toSeq: number | null; at: string | null };

export type AuditChainResult = {
  ok: boolean;
  rows: number;
  firstBroken: { seq: number; reason: 'hash_mismatch' | 'prev_mismatch' | 'seq_gap' } | null;
  /** The latest valid signed head the chain was checked against. */
  head: AuditHeadSummary | null;
  findings: AuditFinding[];
};

/**
 * What this start of the app found of its own audit log (core/audit/integrity.ts): the chain from the latest
 * signed head to the end at once, then the whole chain in the background. `findings` holds only what is
 * broken; empty while nothing is. `rows`: the rows the whole-chain check has read of `lastSeq`.
 */
export type AuditIntegrity = {
  checkedAt: string;
  full: 'running' | 'done';
  rows: number;
  lastSeq: number;
  findings: AuditFinding[];
};

/** This installation's chain, and each chain received from another installation (remote_audit_log). */
export type AuditVerifyResult = AuditChainResult & { remote: (AuditChainResult & { installationId: string })[] };

export const BUNDLE_KINDS = ['session', 'results', 'backup'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

export type BundleRef = { id: string; code: string; name: string };

/** pinned: the key we already trust; new: first bundle from this signer; rekeyed: another key than the pinned one; self: this installation. */
export type SignerStatus = 'pinned' | 'new' | 'rekeyed' | 'self';

export type TableChanges = { table: string; added: number; updated: number; unchanged: number; conflicts: number };
export type ConflictReason = 'differs_kept_local' | 'older_than_local' | 'same_seq_differs' | 'constraint' | 'signed_replaced';
export type BundleConflict = { table: string; key: string; reason: ConflictReason };

/**
 * What a session bundle does to its session's plan here, read from this database before and after the
 * preview's dry run: the day and start it brings, whether it calls the session off, and, for a session
 * already here, the day and start it had and the candidates the newer plan no longer names.
 */
export type BundleSessionPlan = {
  date: string;
  startTime: string;
  durationMinutes: number;
  cancelled: { at: string; reason: string | null } | null;
  /** Null: the session is new on this computer. */
  before: { date: string; startTime: string; durationMinutes: number; cancelled: boolean } | null;
  leaving: { participantNo: string; name: string }[];
};

export type ImportPreview = {
  importId: string;
  bundleId: string;
  kind: BundleKind;
  createdAt: string;
  formatVersion: number;
  signer: { label: string; installationId: string; fingerprint: string; status: SignerStatus; pinnedFingerprint: string | null };
  lsp: BundleRef | null;
  tuk: BundleRef | null;
  session: BundleRef | null;
  /**
   * The session's title in both languages as this computer holds it once the bundle is applied (the manifest
   * names it in one language only, the LSP's Indonesian); null when the bundle names no session.
   */
  sessionTitle: Bilingual | null;
  /**
   * The first session bundle on a TUK station ties the station to the bundle's TUK for good (later bundles
   * for another TUK are refused): the TUK it names and the name the station was set up with. Null otherwise.
   */
  bindsStation: { tuk: string; setUpAs: string | null } | null;
  /** A session bundle's plan as it changes here; null for other kinds and for one already imported. */
  sessionPlan: BundleSessionPlan | null;
  partial: { station: string } | null;
  alreadyImported: boolean;
  tables: TableChanges[];
  conflicts: BundleConflict[];
  conflictCount: number;
  attachments: { count: number; bytes: number };
  /** A results bundle's candidates whose answers differ from the saves the TUK's log recorded; empty otherwise. */
  answersNotAsSaved: AnswersNotAsSaved[];
  /**
   * A results bundle's candidates whose account is made here, without a password, for the FR.AK.03
   * feedback they entered with a card the TUK gave them (bundles/card-accounts.ts); empty otherwise.
   */
  accountsMade: { participantNo: string; name: string }[];
  /**
   * A results bundle's candidates whom the session's plan here no longer seats (the LSP took them out or moved
   * them after the session bundle left) but who started the test at the TUK, which never received the newer
   * plan: the bundle seats them again with their test. Said before apply so the office decides which seat
   * stands (the other session's, if they were moved). Empty otherwise.
   */
  seatsRestored: { participantNo: string; name: string }[];
};

/** A candidate, and how many of their answers are not the ones their saves recorded. */
export type AnswersNotAsSaved = { participantNo: string; name: string; answers: number };

export type ImportResult = {
  bundleId: string;
  kind: BundleKind;
  alreadyImported: boolean;
  pinned: boolean;
  tables: TableChanges[];
  conflictCount: number;
};

export type ExportResult = {
  operationId: string;
  bundleId: string;
  kind: BundleKind;
  fileName: string;
  /** Where the file is on the machine running the core (the LSP's or TUK's computer). */
  filePath: string;
  bytes: number;
  sha256: string;
  /** The exporting installation's fingerprint, to read out to the receiver. */
  fingerprint: string;
  /** The generated passphrase to hand over separately; null when recipients were keys or the user typed one. */
  generatedPassphrase: string | null;
  recipients: string[];
  /** full: decrypted and re-verified; bytes: the file hashes to what was written (we hold no key that opens it). */
  verified: 'full' | 'bytes';
  /** A planned session's bundle: conflicts still pending (a TUK verification to record), sent anyway, as a warning. */
  pendingConflicts?: SessionConflict[];
};

/** How the data key that seals the private keys is kept: by the OS, under key holders' passwords, or (first run only) in the clear. */
export type KeyProtection = 'os' | 'password' | 'none';

export type KeyStatus = {
  installationId: string;
  protection: KeyProtection;
  /** False after a restart under password protection, until a key holder signs in or unlocks. */
  unlocked: boolean;
  /** Whether the caller's own password can unlock them. */
  canUnlock: boolean;
  fingerprint: string;
  ageRecipient: string;
  backupMadeAt: string | null;
  backupTestedAt: string | null;
  pins: { subject: string; label: string; fingerprint: string; pinnedAt: string }[];
};

/** A bundle's manifest as signed (core/bundles/manifest.ts validates it; this is its shape for callers). */
export type BundleManifestInfo = {
  format: string;
  formatVersion: number;
  bundleId: string;
  kind: BundleKind;
  createdAt: string;
  appVersion: string;
  source: { installationId: string; label: string; signingPublic: string; ageRecipient: string; fingerprint: string };
  lsp: BundleRef | null;
  tuk: BundleRef | null;
  session: BundleRef | null;
  basedOn: string | null;
  partial: { station: string } | null;
  counts: Record<string, number>;
  payloadBytes: number;
  entries: { path: string; size: number; sha256: string; rows: number | null }[];
};

/** A bundle decrypted and checked entry by entry, nothing kept: what `ruang-uji bundle inspect|verify` shows. */
export type BundleInspection = {
  manifest: BundleManifestInfo;
  manifestSha256: string;
  /** Computed from the keys the signature was verified with, never read from the manifest. */
  signerFingerprint: string;
  /** The session's day and start time (YYYY-MM-DD, HH:MM, the TUK's), from its row in the bundle: the manifest names only its code and title. */
  sessionStart: { date: string; startTime: string } | null;
};

/** One backup written to a folder on request (not the rolling folder, not pruned). */
export type BackupCopy = { folder: string; name: string; bytes: number; at: string };

export type KeyBackup = {
  fileName: string;
  filePath: string;
  sha256: string;
  passphrase: string;
  /** Plain text to print and keep in a safe: what to restore, how, and what it must reproduce. */
  recoverySheet: string;
};
