/**
 * The API contract: every method the UI (over IPC or HTTP) may call is declared here once, with the
 * schema of its single argument object, its result type and who may call it. The core's dispatcher,
 * the Electron bridge, the room server and the renderer all work from this one table.
 */
import { z } from 'zod';
import { ROLES, type Role } from './roles';
import { auditListArgs, type AuditPage, type AuditSource } from './audit-log';
import type { AppInfo, AssessorAssigned, AuditIntegrity, AuditVerifyResult, BackupCopy, BundleInspection, CandidateHome, ComputerHealth, ExportResult, ImportPreview, ImportResult, KeyBackup, KeyStatus, LspOverview, ProctorToday, ProctorUpcoming, SignInResult } from './types';
import { SCHEME_KINDS, TUK_TYPES } from './types';
import { TUK_ZONES } from './time-zones';
import type { Principal } from './roles';
import { LSP_NAME_MAX_LENGTH, type LspProfile } from './lsp-profile';
import { DISPLAY_NAME_MAX_LENGTH, INSTALLATION_KINDS, LANGUAGES, LICENCE_NO_MAX_LENGTH, LSP_CODE_MAX_LENGTH, USERNAME_PATTERN, type SetupStatus, type StaffAccount, type TukStationInfo } from './accounts';
import {
  ESSAY_MAX_CHARS,
  OPTION_LETTERS,
  type CbtClock,
  type CbtSaveResult,
  type CbtState,
  OUTBOX_SESSIONS_MAX,
  type OutboxSession,
  type McScoreSheet,
  type ProctorAttemptClock,
  type SessionTokenState,
} from './cbt';
import { ROLLING_MAX_KEEP, ROLLING_MAX_MINUTES, type BackupStatus } from './backup';
import { CODE_LISTS, CODE_NAME_MAX_LENGTH, CODE_NAMES_MAX, type CodeNames } from './code-names';
import type { AplPrintSheet } from './apl-print';
import { schemePolicyArgs, schemePolicyKey, type SchemePolicy } from './scheme-policy';
import type {
  AssessorDetail,
  AssessorSummary,
  CandidateDetail,
  CandidateSession,
  CandidateSummary,
  Page,
  RegistrySettings,
  SchemeDetail,
  SchemeSaved,
  SchemeSummary,
  TukDetail,
  TukSummary,
} from './registry';
import { assessorInput, candidateInput, listArgs, registrySettings, schemeInput, tukInput, tukVerificationInput } from './registry-args';
import { IMPORT_KINDS, type RegistryImportPreview, type RegistryImportResult, type SheetFile } from './registry-import';
import type { BankCoverage, BankItem, BankItemSummary, BankSaved, BankSessionsLosing } from './bank';
import { bankImages, bankItemInput, bankListArgs, benchmarkInput } from './bank-args';
import {
  bankImportApplyArgs,
  bankImportDiscardArgs,
  bankImportMapArgs,
  bankImportPreviewArgs,
  bankImportTemplateArgs,
  bankExportArgs,
  type BankImportPreview,
  type BankImportResult,
  type BankTemplateFile,
  type BankExportFile,
} from './bank-import';
import type { AplDetail, AplSummary, AssessorFit, PlannedSession, PlannedSessionDetail, SchedulingSettings, SessionCheck, SessionConflict, WrittenTestPreview } from './scheduling';
import type { IssuedPasswords } from './handover';
import type { AplReviewScheme } from './apl-review';
import { aplSelfSaveArgs, aplSelfSubmitArgs, type AplAccessState, type AplSelf, type IssuedAplAccess } from './apl-self';
import {
  apl01Args,
  apl01VerifyArgs,
  apl02Args,
  apl02ReviewArgs,
  aplKey,
  aplListArgs,
  aplRoundKey,
  evidenceFileArgs,
  schedulingSettings,
  sessionListArgs,
  sessionPlanInput,
  assessorFitArgs,
  writtenTestInput,
} from './scheduling-args';
import type { RoomStatus } from './room';
import { KEY_CORRECTION_ACTIONS, type KeyCorrectionView } from './key-corrections';
import type { AppealCase, AppealCloseResult, PlenoDetail, PlenoSettings, PlenoSummary, ResultsReview, ResultsSessionSummary } from './pleno';
import {
  appealCloseArgs,
  appealListArgs,
  appealRecordArgs,
  plenoCorrectArgs,
  plenoCreateArgs,
  plenoDecideArgs,
  plenoKey,
  plenoListArgs,
  plenoSettings,
  plenoSignArgs,
  plenoUpdateArgs,
  resultsSessionsArgs,
  sessionArgs as resultsSessionArgs,
} from './pleno-args';
import type {
  BlankoPreview,
  BlankoResult,
  BnspSheet,
  CertificateDetail,
  CertificatePrint,
  CertificateSettings,
  CertificateSummary,
  IssueResult,
  SessionBnspCodes,
} from './certificates';
import { bnspSheetArgs, certificateListArgs, certificatePrintArgs, certificateSettingsArgs, issueArgs, registerSheetArgs, recordSurveillanceArgs, replaceArgs, revokeArgs, sessionCodesArgs, setBlankoArgs } from './certificates-args';
import { boardRowSchema, type CardPassword, type Incident, type Minutes, type RoomActionResult, type SessionBoard } from './exam-day';
import {
  DECISIONS,
  EXTRA_EVIDENCE,
  FEEDBACK_ITEM_COUNT,
  KNOWLEDGE_CONCLUSIONS,
  SCORED_INSTRUMENTS,
  VERDICTS,
  type AssessmentOverview,
  type AssessmentReport,
  type CandidateFeedback,
  type EssayAcross,
  type SaveResult,
  type SessionSheet,
  type AcknowledgementState,
  type SignatureState,
  type Workspace,
} from './assessment';

/** `public` is spelled out so that forgetting an access rule is a type error, not an open door. */
export type Access = { readonly public: true } | { readonly roles: readonly [Role, ...Role[]] };

export type MethodSpec<A extends z.ZodType, R> = {
  readonly args: A;
  readonly access: Access;
  /** Phantom: carries the result type; never present at run time. */
  readonly result?: R;
};

const method =
  <R>() =>
  <A extends z.ZodType>(args: A, access: Access): MethodSpec<A, R> => ({ args, access });

const PUBLIC: Access = { public: true };
const roles = (...allowed: [Role, ...Role[]]): Access => ({ roles: allowed });
const ANY_SIGNED_IN = roles('lsp_admin', 'proctor', 'assessor', 'candidate');

const noArgs = z.object({}).strict();
const id = z.string().min(1).max(64);
/** A record's revision as its form opened it (core/revision.ts): a save from an older one is refused. */
const revision = z.string().min(1).max(64);
const username = z.string().trim().min(1).max(64);
const password = z.string().min(1).max(256);
/** A reason recorded in the audit log (the CLI says the bounds before asking the core). */
export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 500;
const reason = z.string().trim().min(REASON_MIN_LENGTH).max(REASON_MAX_LENGTH);
const operationId = z.uuid();
const transferId = z.uuid();
const bundlePassphrase = z.string().min(1).max(1024);
const ageRecipient = z.string().trim().max(100);
const exportTo = z
  .object({ generatePassphrase: z.boolean().optional(), passphrase: bundlePassphrase.optional(), recipients: z.array(ageRecipient).max(20).optional() })
  .strict();
const backupFolder = z.string().trim().min(1).max(1000);
/** Any short text: a token of the wrong shape is a wrong token (its own message), not a malformed call. */
const sessionToken = z.string().trim().max(32).transform((t) => t.toUpperCase());
// First run and staff accounts: strength is the core's check (PASSWORD_WEAK), not a malformed call.
const newUsername = z.string().trim().regex(USERNAME_PATTERN);
const personName = z.string().trim().min(1).max(DISPLAY_NAME_MAX_LENGTH);
const staffRole = z.enum(['lsp_admin', 'proctor', 'assessor']);
// Bounded loosely here: the core refuses an empty or too long field by name (REGISTRY_INVALID), as a registry form's.
const lspProfileInput = z.object({ name: z.string().max(2000), licenceNo: z.string().max(2000), address: z.string().max(5000) }).strict();
const setupArgs = z
  .object({
    kind: z.enum(INSTALLATION_KINDS),
    lsp: z.object({ name: z.string().trim().min(1).max(LSP_NAME_MAX_LENGTH), code: z.string().trim().min(1).max(LSP_CODE_MAX_LENGTH), licenceNo: z.string().trim().min(1).max(LICENCE_NO_MAX_LENGTH) }).strict().optional(),
    // The zone is optional: without it the core takes this computer's (a set-up script from before it still runs).
    tuk: z.object({ name: personName, type: z.enum(TUK_TYPES), timeZone: z.enum(TUK_ZONES).optional() }).strict().optional(),
    admin: z.object({ displayName: personName, username: newUsername, password }).strict(),
    language: z.enum(LANGUAGES),
  })
  .strict()
  .refine((a) => (a.kind === 'lsp' ? a.lsp !== undefined : a.tuk !== undefined), { path: ['kind'] });
const seat = z.object({ sessionId: id, candidateId: id }).strict();
const seatAction = seat.extend({ reason }).strict();
const roomAction = z.object({ sessionId: id, reason }).strict();

// Assessment (FR.IA.*, FR.AK.02–05): every save carries the record's whole state and a sequence number.
const seq = z.number().int().positive();
const note = z.string().max(4000).nullable();
const feedbackAnswers = z
  .array(z.object({ agree: z.boolean().nullable(), comment: z.string().max(1000) }).strict())
  .length(FEEDBACK_ITEM_COUNT);
const sessionOfAssessor = z.object({ sessionId: id, assessorId: id.optional() }).strict();

/**
 * A key correction (assessment/correctKey), or the one to withdraw (assessment/withdrawKeyCorrection): the question,
 * annulled or which option accepted too, by its original ordinal (A = 0; null to annul), and why.
 */
const keyCorrectionArgs = z
  .object({
    sessionId: id,
    itemId: id,
    action: z.enum(KEY_CORRECTION_ACTIONS),
    option: z.number().int().min(0).max(OPTION_LETTERS.length - 1).nullable(),
    reason,
  })
  .strict();

export const contract = {
  'app/info': method<AppInfo>()(noArgs, PUBLIC),
  // The clock and the disk, named on the homes of those who can act on them (not public: it shows the clock and disk).
  'app/computer': method<ComputerHealth>()(noArgs, roles('lsp_admin', 'proctor')),

  'auth/signIn': method<SignInResult>()(z.object({ username, password }).strict(), PUBLIC),
  /** An FR.APL.02 sign-in (apl/issueSelfAccess): no exam token, and no session reached with it. */
  'auth/aplSignIn': method<SignInResult>()(z.object({ username, password }).strict(), PUBLIC),
  'auth/candidateSignIn': method<SignInResult>()(
    z
      .object({
        participantNo: username,
        password,
        token: sessionToken,
        /** A random id the lab PC keeps, so the same PC may sign in again after a crash and another may not. */
        deviceId: z.string().min(8).max(64),
      })
      .strict(),
    PUBLIC,
  ),
  'auth/signOut': method<{ signedOut: true }>()(noArgs, ANY_SIGNED_IN),
  'auth/whoami': method<Principal>()(noArgs, ANY_SIGNED_IN),

  /** Public, and only while the installation has no account at all (the room server: loopback only too). */
  'setup/status': method<SetupStatus>()(noArgs, PUBLIC),
  /** The TUK station's name and type for its admin's screens, from any PC (not setup/: those are local-only); null on an LSP office. */
  'tukStation/info': method<TukStationInfo | null>()(noArgs, roles('lsp_admin')),
  'setup/create': method<SignInResult>()(setupArgs, PUBLIC),
  /** Staff whose password someone else chose may call only this, whoami and sign-out until they do. */
  'auth/changePassword': method<{ changed: true }>()(
    z.object({ currentPassword: password, newPassword: password }).strict(),
    roles('lsp_admin', 'proctor', 'assessor'),
  ),

  'accounts/list': method<StaffAccount[]>()(noArgs, roles('lsp_admin')),
  'accounts/create': method<StaffAccount>()(
    z.object({ role: staffRole, username: newUsername, displayName: personName, password, assessorId: id.nullable().optional() }).strict(),
    roles('lsp_admin'),
  ),
  'accounts/update': method<StaffAccount>()(
    z.object({ accountId: id, role: staffRole, displayName: personName, assessorId: id.nullable().optional() }).strict(),
    roles('lsp_admin'),
  ),
  'accounts/setDisabled': method<StaffAccount>()(z.object({ accountId: id, disabled: z.boolean(), reason }).strict(), roles('lsp_admin')),
  'accounts/resetPassword': method<StaffAccount>()(z.object({ accountId: id, password }).strict(), roles('lsp_admin')),
  'accounts/unlock': method<{ accountId: string; unlocked: boolean }>()(
    z.object({ accountId: id, reason }).strict(),
    roles('lsp_admin', 'proctor'),
  ),

  'lsp/overview': method<LspOverview>()(noArgs, roles('lsp_admin')),
  // The LSP's own details, fixed at set-up until now (an LSP office's admin; a TUK station's copy comes with each bundle).
  'lsp/profile': method<LspProfile>()(noArgs, roles('lsp_admin')),
  'lsp/setProfile': method<LspProfile>()(z.object({ profile: lspProfileInput }).strict(), roles('lsp_admin')),
  'proctor/today': method<ProctorToday>()(noArgs, roles('proctor')),
  'proctor/upcoming': method<ProctorUpcoming>()(noArgs, roles('proctor')),
  'assessor/assigned': method<AssessorAssigned>()(noArgs, roles('assessor')),
  'candidate/home': method<CandidateHome>()(noArgs, roles('candidate')),

  'cbt/state': method<CbtState>()(noArgs, roles('candidate')),
  'cbt/agree': method<CbtState>()(z.object({ accept: z.literal(true) }).strict(), roles('candidate')),
  'cbt/save': method<CbtSaveResult>()(
    z
      .object({
        itemId: id,
        seq: z.number().int().positive(),
        choice: z.number().int().min(0).max(4).nullable(),
        text: z.string().max(ESSAY_MAX_CHARS).nullable(),
        doubtful: z.boolean(),
        /** Set by the lab PC's outbox: when the answer was given, on the server's clock as the PC estimates it. */
        answeredAt: z.iso.datetime().optional(),
      })
      .strict(),
    roles('candidate'),
  ),
  'cbt/visit': method<{ position: number }>()(
    z.object({ position: z.number().int().min(0).max(10_000) }).strict(),
    roles('candidate'),
  ),
  'cbt/clock': method<CbtClock | null>()(noArgs, roles('candidate')),
  /** Every few seconds from the lab PC: keeps it "online" on the board and brings the clock. */
  'cbt/heartbeat': method<CbtClock | null>()(
    z.object({ focusLost: z.number().int().min(0).max(1000) }).strict(),
    roles('candidate'),
  ),
  'cbt/submit': method<CbtState>()(z.object({ confirm: z.literal(true) }).strict(), roles('candidate')),
  /**
   * From a lab PC's sign-in screen, signed in as nobody: which of the sessions its outbox holds answers for
   * have ended. Asked by session id, which only a PC that sat the session holds; unknown ids are left out.
   */
  'cbt/outboxSessions': method<OutboxSession[]>()(z.object({ sessionIds: z.array(id).min(1).max(OUTBOX_SESSIONS_MAX) }).strict(), PUBLIC),

  'exam/startSession': method<SessionTokenState>()(z.object({ sessionId: id }).strict(), roles('proctor')),
  'exam/token': method<SessionTokenState>()(z.object({ sessionId: id }).strict(), roles('proctor')),
  'exam/rotateToken': method<SessionTokenState>()(z.object({ sessionId: id }).strict(), roles('proctor')),
  'exam/endSession': method<SessionTokenState>()(z.object({ sessionId: id, reason }).strict(), roles('proctor')),
  'exam/extendTime': method<ProctorAttemptClock>()(
    seatAction.extend({ minutes: z.number().int().min(1).max(240) }).strict(),
    roles('proctor'),
  ),
  'exam/pause': method<ProctorAttemptClock>()(seatAction, roles('proctor')),
  'exam/resume': method<ProctorAttemptClock>()(seatAction, roles('proctor')),
  'exam/resetLogin': method<{ revokedSessions: number }>()(seatAction, roles('proctor')),
  /** A new password for a seated candidate (a lost card, a forgotten password), kept at this installation: the LSP's next bundle does not undo it. */
  'exam/issueCard': method<CardPassword>()(seatAction, roles('proctor')),
  'exam/forceSubmit': method<{ submittedAt: string; receipt: string }>()(seatAction, roles('proctor')),
  /** The reason is needed (CHECK_IN_NEEDS_REASON) only to check in someone marked absent. */
  'exam/checkIn': method<{ candidateId: string; attendance: 'present' }>()(seat.extend({ reason: reason.optional() }).strict(), roles('proctor')),
  'exam/markAbsent': method<{ candidateId: string; attendance: 'absent' }>()(seatAction, roles('proctor')),
  /** Room-wide (a power cut): every test being written, under one reason and one audit entry. */
  'exam/pauseAll': method<RoomActionResult>()(roomAction, roles('proctor')),
  'exam/resumeAll': method<RoomActionResult>()(roomAction, roles('proctor')),
  'exam/extendAll': method<RoomActionResult>()(
    roomAction.extend({ minutes: z.number().int().min(1).max(240) }).strict(),
    roles('proctor'),
  ),
  /** Once the session has started: everyone not yet recorded (and not started) is absent. */
  'exam/markAllAbsent': method<RoomActionResult>()(roomAction, roles('proctor')),
  /** Every seat whose account a lock holds is unlocked, under one reason and one audit entry. */
  'exam/unlockAll': method<RoomActionResult>()(roomAction, roles('proctor')),
  'exam/board': method<SessionBoard>()(z.object({ sessionId: id }).strict(), roles('proctor')),
  'exam/addIncident': method<Incident>()(
    z.object({ sessionId: id, text: z.string().trim().min(3).max(2000) }).strict(),
    roles('proctor'),
  ),
  'exam/minutes': method<Minutes>()(z.object({ sessionId: id }).strict(), roles('proctor', 'lsp_admin')),
  'exam/setNotes': method<Minutes>()(
    z.object({ sessionId: id, notes: z.string().max(10_000) }).strict(),
    roles('proctor'),
  ),

  'scores/multipleChoice': method<McScoreSheet>()(seat, roles('assessor', 'lsp_admin')),

  'backups/status': method<BackupStatus>()(noArgs, roles('proctor', 'lsp_admin')),
  'backups/configure': method<BackupStatus>()(
    z
      .object({
        folder: backupFolder,
        everyMinutes: z.number().int().min(1).max(ROLLING_MAX_MINUTES),
        keep: z.number().int().min(1).max(ROLLING_MAX_KEEP),
      })
      .strict(),
    roles('proctor', 'lsp_admin'),
  ),
  'backups/takeNow': method<BackupStatus>()(noArgs, roles('proctor', 'lsp_admin')),
  // One copy into a folder named now (`ruang-uji backup take --to`): checked like the rolling folder, never pruned.
  'backups/takeInto': method<BackupCopy>()(z.object({ folder: backupFolder }).strict(), roles('proctor', 'lsp_admin')),
  'backups/restore': method<BackupStatus>()(
    /** folder: a backup file elsewhere than the rolling folder (`ruang-uji backup restore FILE`). */
    z.object({ name: z.string().min(1).max(200), reason, folder: backupFolder.optional() }).strict(),
    roles('proctor', 'lsp_admin'),
  ),

  'room/status': method<RoomStatus>()(noArgs, roles('proctor')),
  'room/open': method<RoomStatus>()(
    z.object({ host: z.string().min(1).max(64), port: z.number().int().min(1024).max(65535) }).strict(),
    roles('proctor'),
  ),
  'room/close': method<RoomStatus>()(noArgs, roles('proctor')),

  'audit/verify': method<AuditVerifyResult>()(noArgs, roles('lsp_admin')),
  /** What this start found broken in the log (no check is run by asking): on the admin's and the proctor's home. */
  'audit/integrity': method<AuditIntegrity>()(noArgs, roles('lsp_admin', 'proctor')),
  /** The log newest first, a page at a time, by area, person and days; the details cut at AUDIT_DETAILS_SHOWN. */
  'audit/list': method<AuditPage>()(auditListArgs, roles('lsp_admin')),
  /** The TUK stations' logs received here with results bundles, which audit/list reads by `source`. */
  'audit/sources': method<AuditSource[]>()(noArgs, roles('lsp_admin')),

  // Session bundles: the LSP exports sessions and imports results; the TUK the other way round.
  /**
   * What exporting the session would say, nothing written: its pending conflicts (an assessor without a sign-in
   * account, candidates without a password…), refused as bundles/exportSession would be. The export form shows
   * them before the file is written; the admin may still export.
   */
  'bundles/exportSessionCheck': method<SessionConflict[]>()(z.object({ sessionId: id }).strict(), roles('lsp_admin')),
  'bundles/exportSession': method<ExportResult>()(
    z
      .object({
        sessionId: id,
        operationId,
        to: exportTo,
      })
      .strict(),
    roles('lsp_admin'),
  ),
  // The whole installation, to move it or keep it off-site; each installation's own operators.
  'bundles/exportBackup': method<ExportResult>()(z.object({ operationId, to: exportTo }).strict(), roles('lsp_admin', 'proctor')),
  'bundles/exportResults': method<ExportResult>()(
    z
      .object({
        sessionId: id,
        operationId,
        /** A standalone lab PC's name: makes a partial results bundle. */
        partialStation: z.string().trim().min(1).max(100).optional(),
        /** Extra keys, e.g. the proctor station that merges partial results. */
        recipients: z.array(ageRecipient).max(20).optional(),
      })
      .strict(),
    roles('proctor'),
  ),
  'bundles/cancel': method<{ cancelled: boolean }>()(z.object({ operationId }).strict(), roles('lsp_admin', 'proctor')),
  'bundles/preview': method<ImportPreview>()(
    z
      .object({ uploadId: transferId, passphrase: bundlePassphrase.optional(), expectKind: z.enum(['session', 'results']), operationId: operationId.optional() })
      .strict(),
    roles('lsp_admin', 'proctor'),
  ),
  'bundles/apply': method<ImportResult>()(
    z.object({ importId: transferId, confirmSigner: z.string().max(40).optional() }).strict(),
    roles('lsp_admin', 'proctor'),
  ),
  'bundles/discard': method<{ discarded: boolean }>()(z.object({ importId: transferId }).strict(), roles('lsp_admin', 'proctor')),
  'bundles/repin': method<ImportPreview>()(z.object({ importId: transferId, reason }).strict(), roles('lsp_admin', 'proctor')),
  // Decrypts and checks every entry of an uploaded bundle, keeps nothing: needs this installation's key.
  'bundles/inspect': method<BundleInspection>()(
    z.object({ uploadId: transferId, passphrase: bundlePassphrase.optional() }).strict(),
    roles('lsp_admin', 'proctor'),
  ),

  'keys/status': method<KeyStatus>()(noArgs, roles('lsp_admin', 'proctor')),
  // Re-enters the caller's password after a restart under password protection (keys/vault.ts).
  'keys/unlock': method<KeyStatus>()(z.object({ password }).strict(), roles('lsp_admin', 'proctor')),
  /**
   * `savedAs`: the name the file will be kept under (the CLI's --out), which the recovery sheet then names;
   * `language`: the one its own name is in (the screen's; the installation's without one).
   */
  'keys/backup': method<KeyBackup>()(
    z.object({ passphrase: bundlePassphrase.optional(), savedAs: z.string().regex(/^[^/\\\0]{1,200}$/).optional(), language: z.enum(LANGUAGES).optional() }).strict(),
    roles('lsp_admin', 'proctor'),
  ),
  'keys/testRestore': method<{ fingerprint: string }>()(
    z.object({ uploadId: transferId, passphrase: bundlePassphrase }).strict(),
    roles('lsp_admin', 'proctor'),
  ),
  // Disaster recovery: a key backup's keys replace this installation's (`ruang-uji keys restore`).
  'keys/restore': method<{ fingerprint: string; replaced: string }>()(
    z.object({ uploadId: transferId, passphrase: bundlePassphrase }).strict(),
    roles('lsp_admin', 'proctor'),
  ),

  // ── Assessment: the assessor's workspace (an assessor reaches only their own candidates; LSP staff read) ──
  'assessment/overview': method<AssessmentOverview>()(sessionOfAssessor, roles('assessor', 'lsp_admin')),
  'assessment/workspace': method<Workspace>()(seat, roles('assessor', 'lsp_admin')),
  'assessment/essayAcross': method<EssayAcross>()(
    z.object({ sessionId: id, itemId: id, assessorId: id.optional() }).strict(),
    roles('assessor', 'lsp_admin'),
  ),
  'assessment/score': method<SaveResult>()(
    seat
      .extend({
        seq,
        instrument: z.enum(SCORED_INSTRUMENTS),
        targetId: id,
        verdict: z.enum(VERDICTS).nullable(),
        score: z.number().int().min(0).max(3).nullable(),
        response: note,
        note,
      })
      .strict(),
    roles('assessor'),
  ),
  'assessment/decideUnit': method<SaveResult>()(
    seat
      .extend({
        unitId: id,
        seq,
        decision: z.enum(DECISIONS).nullable(),
        comment: note,
        extraEvidence: z.array(z.enum(EXTRA_EVIDENCE)).max(EXTRA_EVIDENCE.length),
      })
      .strict(),
    roles('assessor'),
  ),
  'assessment/saveRecord': method<SaveResult>()(
    seat
      .extend({
        seq,
        knowledgeConclusion: z.enum(KNOWLEDGE_CONCLUSIONS).nullable(),
        knowledgeNote: note,
        recommendation: z.enum(DECISIONS).nullable(),
        followUp: note,
        comment: note,
      })
      .strict(),
    roles('assessor'),
  ),
  'assessment/sign': method<SignatureState>()(seat.extend({ password }).strict(), roles('assessor')),
  /**
   * After the assessor explains the signed recommendation, the candidate acknowledges FR.AK.02 on the
   * assessor's screen by typing their own password (checked against the candidate's account, rate-limited
   * and counted like a sign-in).
   */
  'assessment/candidateAcknowledge': method<AcknowledgementState>()(seat.extend({ password }).strict(), roles('assessor')),
  'assessment/unlock': method<{ unlocked: true }>()(seatAction, roles('assessor')),
  'assessment/feedback': method<SaveResult>()(
    seat.extend({ seq, answers: feedbackAnswers, comment: note }).strict(),
    roles('assessor'),
  ),
  'assessment/appeal': method<SaveResult>()(
    seat
      .extend({
        seq,
        processExplained: z.boolean(),
        discussedWithAssessor: z.boolean(),
        involveOther: z.boolean(),
        reasons: z.string().trim().min(1).max(4000),
      })
      .strict(),
    roles('assessor'),
  ),
  /** A multiple-choice key corrected for the whole session after the test (ralat kunci / soal dianulir). */
  'assessment/keyCorrections': method<KeyCorrectionView>()(z.object({ sessionId: id }).strict(), roles('assessor', 'lsp_admin')),
  // The session's assessor only, where the exam day is held (core/assessment/key-correction.ts says why not the LSP admin).
  'assessment/correctKey': method<KeyCorrectionView>()(keyCorrectionArgs, roles('assessor')),
  // A correction made by mistake, named by what it did (the question, annulled or which option accepted), withdrawn
  // with a reason by the same people where the same rules allow a correction.
  'assessment/withdrawKeyCorrection': method<KeyCorrectionView>()(keyCorrectionArgs, roles('assessor')),
  'assessment/report': method<AssessmentReport>()(sessionOfAssessor, roles('assessor', 'lsp_admin')),
  'assessment/saveReport': method<SaveResult>()(
    z
      .object({
        sessionId: id,
        seq,
        positives: z.string().max(4000),
        negatives: z.string().max(4000),
        rejections: z.string().max(4000),
        suggestions: z.string().max(4000),
      })
      .strict(),
    roles('assessor'),
  ),
  'assessment/signReport': method<SignatureState>()(z.object({ sessionId: id, password }).strict(), roles('assessor')),
  'assessment/unlockReport': method<{ unlocked: true }>()(z.object({ sessionId: id, reason }).strict(), roles('assessor')),
  /** Candidate cards and the daftar hadir of a session (printouts). */
  'print/sessionSheet': method<SessionSheet>()(z.object({ sessionId: id }).strict(), roles('proctor', 'lsp_admin')),
  /**
   * FR.AK.03 on the candidate's own PC, once their assessor has signed the decision. Sent with the
   * candidate's password: the receipt screen stays signed in on a lab PC the candidate may have left.
   */
  'feedback/state': method<CandidateFeedback>()(noArgs, roles('candidate')),
  'feedback/submit': method<SaveResult>()(
    z.object({ seq, answers: feedbackAnswers, comment: note, password }).strict(),
    roles('candidate'),
  ),

  // The LSP's registry (issue 14): the LSP admin only, reads too (personal data of candidates and assessors).
  'schemes/list': method<Page<SchemeSummary>>()(
    listArgs.extend({ kind: z.enum(SCHEME_KINDS).optional(), allVersions: z.boolean().optional() }).strict(),
    roles('lsp_admin'),
  ),
  'schemes/get': method<SchemeDetail>()(z.object({ schemeId: id }).strict(), roles('lsp_admin')),
  'schemes/create': method<SchemeDetail>()(z.object({ scheme: schemeInput }).strict(), roles('lsp_admin')),
  /** The whole tree; a scheme a session uses is kept as it is and the edit becomes a new version. */
  'schemes/update': method<SchemeSaved>()(z.object({ schemeId: id, scheme: schemeInput, revision: revision.optional() }).strict(), roles('lsp_admin')),
  'schemes/setActive': method<SchemeSummary>()(z.object({ schemeId: id, active: z.boolean() }).strict(), roles('lsp_admin')),
  /** Per-scheme settings by scheme code (shared/scheme-policy.ts): test duration, pass hint, certificate validity, KBLI. */
  'schemes/policy': method<SchemePolicy>()(schemePolicyKey, roles('lsp_admin')),
  'schemes/setPolicy': method<SchemePolicy>()(schemePolicyArgs, roles('lsp_admin')),

  'assessors/list': method<Page<AssessorSummary>>()(
    listArgs.extend({ expiry: z.enum(['soon', 'expired']).nullable().optional(), schemeCode: z.string().max(100).optional() }).strict(),
    roles('lsp_admin'),
  ),
  'assessors/get': method<AssessorDetail>()(z.object({ assessorId: id }).strict(), roles('lsp_admin')),
  'assessors/create': method<AssessorDetail>()(z.object({ assessor: assessorInput }).strict(), roles('lsp_admin')),
  'assessors/update': method<AssessorDetail>()(z.object({ assessorId: id, assessor: assessorInput, revision: revision.optional() }).strict(), roles('lsp_admin')),
  'assessors/setActive': method<AssessorDetail>()(z.object({ assessorId: id, active: z.boolean() }).strict(), roles('lsp_admin')),

  'tuks/list': method<Page<TukSummary>>()(
    // `verification: 'due'`: the Mandiri TUKs never verified or past their period (their state 'never' or 'due').
    listArgs.extend({ type: z.enum(TUK_TYPES).optional(), verification: z.literal('due').optional() }).strict(),
    roles('lsp_admin'),
  ),
  'tuks/get': method<TukDetail>()(z.object({ tukId: id }).strict(), roles('lsp_admin')),
  'tuks/create': method<TukDetail>()(z.object({ tuk: tukInput }).strict(), roles('lsp_admin')),
  'tuks/update': method<TukDetail>()(z.object({ tukId: id, tuk: tukInput }).strict(), roles('lsp_admin')),
  'tuks/setActive': method<TukDetail>()(z.object({ tukId: id, active: z.boolean() }).strict(), roles('lsp_admin')),
  'tuks/addVerification': method<TukDetail>()(z.object({ tukId: id, verification: tukVerificationInput }).strict(), roles('lsp_admin')),

  'candidates/list': method<Page<CandidateSummary>>()(
    // anyWord: a name search also matches the start of a later word ("Dewi" finds "Ratna Dewi"); it reads every name, so it is asked for.
    listArgs.extend({ institution: z.string().max(200).optional(), provinceCode: z.string().max(2).optional(), anyWord: z.boolean().optional() }).strict(),
    roles('lsp_admin'),
  ),
  // The institutions the registry holds that start with `prefix` (any case), in order: the list's institution filter names one exactly.
  'candidates/institutions': method<{ institutions: string[] }>()(z.object({ prefix: z.string().max(200) }).strict(), roles('lsp_admin')),
  'candidates/get': method<CandidateDetail>()(z.object({ candidateId: id }).strict(), roles('lsp_admin')),
  // The sessions the candidate was planned in, newest first, each with its outcome as the LSP knows it (the candidate's page).
  'candidates/sessions': method<{ sessions: CandidateSession[] }>()(z.object({ candidateId: id }).strict(), roles('lsp_admin')),
  // `differentPerson`: the admin saw CANDIDATE_LIKELY_DUPLICATE and says the namesake it named is someone else.
  'candidates/create': method<CandidateDetail>()(z.object({ candidate: candidateInput, differentPerson: z.boolean().optional() }).strict(), roles('lsp_admin')),
  'candidates/update': method<CandidateDetail>()(
    z.object({ candidateId: id, candidate: candidateInput, revision: revision.optional(), differentPerson: z.boolean().optional() }).strict(),
    roles('lsp_admin'),
  ),
  'candidates/setActive': method<CandidateDetail>()(z.object({ candidateId: id, active: z.boolean() }).strict(), roles('lsp_admin')),
  // The photo arrives as an upload (POST /files/upload) and is shown from GET /files/attachments/<sha256>; null removes it.
  'candidates/setPhoto': method<CandidateDetail>()(z.object({ candidateId: id, uploadId: transferId.nullable() }).strict(), roles('lsp_admin')),

  'registry/settings': method<RegistrySettings>()(noArgs, roles('lsp_admin')),
  'registry/setSettings': method<RegistrySettings>()(z.object({ settings: registrySettings }).strict(), roles('lsp_admin')),
  // The names of the BNSP and Kemendagri codes the registry keeps (code-names.ts), for the forms people read.
  'registry/codeNames': method<CodeNames>()(noArgs, roles('lsp_admin')),
  'registry/setCodeNames': method<CodeNames>()(
    z
      .object({
        list: z.enum(CODE_LISTS),
        entries: z.array(z.object({ code: z.string().max(40), name: z.string().max(CODE_NAME_MAX_LENGTH * 4) }).strict()).max(CODE_NAMES_MAX),
      })
      .strict(),
    roles('lsp_admin'),
  ),

  // Registry import from spreadsheets: a preview writes nothing; apply writes it in one transaction.
  // Files in and out as bundles travel: an upload id, and names under /files/exports/.
  'registryImport/preview': method<RegistryImportPreview>()(
    z.object({ kind: z.enum(IMPORT_KINDS), uploadId: transferId }).strict(),
    roles('lsp_admin'),
  ),
  'registryImport/apply': method<RegistryImportResult>()(z.object({ importId: transferId }).strict(), roles('lsp_admin')),
  /** The refused rows as .xlsx: the template's columns and a reason column in `language` (default: the installation's). */
  'registryImport/refusedRows': method<SheetFile>()(
    z.object({ importId: transferId, language: z.enum(LANGUAGES).optional() }).strict(),
    roles('lsp_admin'),
  ),
  'registryImport/discard': method<{ discarded: boolean }>()(z.object({ importId: transferId }).strict(), roles('lsp_admin')),
  'registryImport/template': method<SheetFile>()(
    z.object({ kind: z.enum(IMPORT_KINDS), language: z.enum(LANGUAGES).optional() }).strict(),
    roles('lsp_admin'),
  ),
  /** The whole registry of a kind in its template's layout (schemes: every scheme's latest version, one row per KUK). */
  'registryExport/sheet': method<SheetFile>()(
    z.object({ kind: z.enum(IMPORT_KINDS), language: z.enum(LANGUAGES).optional() }).strict(),
    roles('lsp_admin'),
  ),

  // The question bank (issue 15, shared/bank.ts): a scheme version's instruments, the LSP admin's only.
  // An entry id is a question's or an observation benchmark's; list, get, approve and retire take either.
  'bank/list': method<Page<BankItemSummary>>()(bankListArgs, roles('lsp_admin')),
  'bank/get': method<BankItem>()(z.object({ itemId: id }).strict(), roles('lsp_admin')),
  /** A new draft (itemId null) or an edit; a used question's edit is a new draft replacing it (`copied`). */
  'bank/save': method<BankSaved>()(z.object({ schemeId: id, itemId: id.nullable(), item: bankItemInput }).strict(), roles('lsp_admin')),
  'bank/saveBenchmark': method<BankSaved>()(
    z.object({ schemeId: id, benchmarkId: id.nullable(), benchmark: benchmarkInput }).strict(),
    roles('lsp_admin'),
  ),
  'bank/approve': method<BankItem>()(z.object({ itemId: id }).strict(), roles('lsp_admin')),
  'bank/retire': method<BankItem>()(z.object({ itemId: id }).strict(), roles('lsp_admin')),
  /** Images arrive as uploads (POST /files/upload) or are kept by sha256; shown from GET /files/attachments/<sha256>. */
  'bank/setImages': method<BankSaved>()(z.object({ itemId: id, images: bankImages }).strict(), roles('lsp_admin')),
  'bank/coverage': method<BankCoverage>()(z.object({ schemeId: id }).strict(), roles('lsp_admin')),
  /** Before approving a replacement, retiring or editing: the upcoming sessions whose assembled written test loses the question. */
  'bank/sessionsLosing': method<BankSessionsLosing>()(z.object({ itemId: id }).strict(), roles('lsp_admin')),

  // The question-bank import (shared/bank-import.ts): a file in by upload id, previewed (nothing written),
  // mapped to KUK, applied in one transaction; templates out under /files/exports/<fileName>.
  'bankImport/preview': method<BankImportPreview>()(bankImportPreviewArgs, roles('lsp_admin')),
  'bankImport/map': method<BankImportPreview>()(bankImportMapArgs, roles('lsp_admin')),
  'bankImport/apply': method<BankImportResult>()(bankImportApplyArgs, roles('lsp_admin')),
  'bankImport/discard': method<{ discarded: boolean }>()(bankImportDiscardArgs, roles('lsp_admin')),
  'bankImport/template': method<BankTemplateFile>()(bankImportTemplateArgs, roles('lsp_admin')),
  /** A scheme version's questions in the Excel template's layout, audited (bank.export): the LSP's bank leaves the app. */
  'bank/export': method<BankExportFile>()(bankExportArgs, roles('lsp_admin')),

  // Scheduling (issue 16). FR.APL.01 / FR.APL.02 per candidate and scheme version (types in scheduling.ts).
  // An assessor reads and reviews only the applications of schemes they may assess.
  // An application belongs to one certification round (migration 028): `round` reads an earlier one, else the current.
  'apl/get': method<AplDetail>()(aplRoundKey, roles('lsp_admin', 'assessor')),
  'apl/list': method<Page<AplSummary>>()(aplListArgs, roles('lsp_admin', 'assessor')),
  'apl/saveApplication': method<AplDetail>()(apl01Args, roles('lsp_admin')),
  /** The scan of one evidence row: an upload (POST /files/upload) of PNG, JPEG or PDF; null removes it. */
  'apl/setEvidenceFile': method<AplDetail>()(evidenceFileArgs, roles('lsp_admin')),
  'apl/verifyApplication': method<AplDetail>()(apl01VerifyArgs, roles('lsp_admin')),
  /** Staff enter the candidate's paper FR.APL.02 (the candidate may also fill it with apl/issueSelfAccess's sign-in, below). */
  'apl/saveSelfAssessment': method<AplDetail>()(apl02Args, roles('lsp_admin')),
  'apl/reviewSelfAssessment': method<AplDetail>()(apl02ReviewArgs, roles('assessor')),
  /** The assessor's home: the scheme versions they may review FR.APL.02 for, with how many wait. */
  'apl/reviewSchemes': method<AplReviewScheme[]>()(noArgs, roles('assessor')),
  /** FR.APL.01 and FR.APL.02 as printed: the record with the candidate's personal data (Bagian 1) and the LSP's name. */
  'apl/print': method<AplPrintSheet>()(aplRoundKey, roles('lsp_admin', 'assessor')),
  /**
   * FR.APL.02 on the candidate's own PC (shared/apl-self.ts): the admin issues (again: replaces) a sign-in
   * for one application, shown once; the candidate signs in with auth/aplSignIn and reaches only that form.
   */
  'apl/issueSelfAccess': method<IssuedAplAccess>()(aplKey, roles('lsp_admin')),
  'apl/selfAccess': method<AplAccessState>()(aplKey, roles('lsp_admin')),
  'apl/mySelfAssessment': method<AplSelf>()(noArgs, roles('candidate')),
  'apl/saveMySelfAssessment': method<AplSelf>()(aplSelfSaveArgs, roles('candidate')),
  /** Locks the form for the assessor's review: the candidate's sign-in then only reads it. */
  'apl/submitMySelfAssessment': method<AplSelf>()(aplSelfSubmitArgs, roles('candidate')),

  // The certificate register and the BNSP sheet (issue 17, shared/certificates.ts): the LSP admin's only.
  'certificates/settings': method<CertificateSettings>()(noArgs, roles('lsp_admin')),
  /** Refused field by field (CERTIFICATE_SETTINGS_INVALID, reasons `certificates.reasons.*`). */
  'certificates/setSettings': method<CertificateSettings>()(certificateSettingsArgs, roles('lsp_admin')),
  /** Numbers every K decision of a signed pleno not yet certified nor held by an appeal; again: skips those issued. */
  'certificates/issue': method<IssueResult>()(issueArgs, roles('lsp_admin')),
  'certificates/list': method<Page<CertificateSummary>>()(certificateListArgs, roles('lsp_admin')),
  'certificates/get': method<CertificateDetail>()(z.object({ certificateId: id }).strict(), roles('lsp_admin')),
  'certificates/setBlanko': method<CertificateDetail>()(setBlankoArgs, roles('lsp_admin')),
  /** What the printed certificate says (front and back), of one certificate or a pleno's; a revoked one is refused or left out. */
  'certificates/print': method<CertificatePrint>()(certificatePrintArgs, roles('lsp_admin')),
  /** Revokes an issued certificate with its reason (audited); it stays in the register, marked revoked. */
  'certificates/revoke': method<CertificateDetail>()(revokeArgs, roles('lsp_admin')),
  /**
   * A revoked certificate (by mistake, or under a wrong date) gets a replacement: a new number for the same decision,
   * naming the one it replaces, which stays revoked. Refused while it is in force, already replaced, BK, or held.
   */
  'certificates/replace': method<CertificateDetail>()(replaceArgs, roles('lsp_admin')),
  /**
   * Records a surveillance of a certificate in force (audited): its date, method, result and note. A holder found not
   * competent is flagged for the LSP's decision; the certificate is not revoked by it (that is a pleno's and its SK's).
   */
  'certificates/recordSurveillance': method<CertificateDetail>()(recordSurveillanceArgs, roles('lsp_admin')),
  /** BNSP's upload sheet of a decided pleno under /files/exports/<fileName>, or every row and field to fix first. */
  'certificates/bnspSheet': method<BnspSheet>()(bnspSheetArgs, roles('lsp_admin')),
  'certificates/registerSheet': method<SheetFile>()(registerSheetArgs, roles('lsp_admin')),
  'certificates/sessionCodes': method<SessionBnspCodes>()(z.object({ sessionId: id }).strict(), roles('lsp_admin')),
  'certificates/setSessionCodes': method<SessionBnspCodes>()(sessionCodesArgs, roles('lsp_admin')),
  /** Blanko numbers by NIK from an uploaded sheet: a preview writes nothing; apply writes it in one transaction. */
  'certificates/blankoPreview': method<BlankoPreview>()(z.object({ uploadId: transferId }).strict(), roles('lsp_admin')),
  'certificates/blankoApply': method<BlankoResult>()(z.object({ importId: transferId }).strict(), roles('lsp_admin')),
  // Sessions: check lists every broken rule of a proposed plan and writes nothing; create and update refuse with the first.
  'sessions/list': method<Page<PlannedSession>>()(sessionListArgs, roles('lsp_admin')),
  'sessions/get': method<PlannedSessionDetail>()(z.object({ sessionId: id }).strict(), roles('lsp_admin')),
  'sessions/check': method<SessionCheck>()(z.object({ sessionId: id.nullable(), session: sessionPlanInput }).strict(), roles('lsp_admin')),
  /** Per assessor, the refusals their own record would meet in a plan of this scheme on this date (today when unset). */
  'sessions/assessorFit': method<AssessorFit[]>()(assessorFitArgs, roles('lsp_admin')),
  /**
   * How many active candidates the APL gate keeps out of the planner's candidate picker for this scheme version (those
   * it offers with the gate off that are not schedulable); null beyond the lists' count cap.
   */
  'sessions/aplHidden': method<number | null>()(z.object({ schemeId: id }).strict(), roles('lsp_admin')),
  'sessions/create': method<PlannedSessionDetail>()(z.object({ session: sessionPlanInput }).strict(), roles('lsp_admin')),
  'sessions/update': method<PlannedSessionDetail>()(z.object({ sessionId: id, session: sessionPlanInput, revision: revision.optional() }).strict(), roles('lsp_admin')),
  /**
   * Calls off a session that has not started (no run here, its start not passed), with the reason; audited.
   * It stays listed as `cancelled`, holds nobody's time in the rules, and can no longer be changed. A TUK
   * already holding its bundle learns of it from the bundle exported again (see the answer's exportedAt).
   */
  'sessions/cancel': method<PlannedSessionDetail>()(z.object({ sessionId: id, reason }).strict(), roles('lsp_admin')),
  'sessions/settings': method<SchedulingSettings>()(noArgs, roles('lsp_admin')),
  'sessions/setSettings': method<SchedulingSettings>()(z.object({ settings: schedulingSettings }).strict(), roles('lsp_admin')),
  /**
   * New readable passwords for the session's candidates (all, or those named), hashed into their accounts;
   * the clear passwords are in this answer only, for the card print (held in memory, never stored).
   */
  'sessions/issuePasswords': method<IssuedPasswords>()(z.object({ sessionId: id, candidateIds: z.array(id).min(1).max(1000).optional() }).strict(), roles('lsp_admin')),
  /** The written test per candidate: questions per unit and KUK, and the KUK whose written evidence some candidates lose. */
  'sessions/writtenTest': method<WrittenTestPreview>()(z.object({ sessionId: id }).strict(), roles('lsp_admin')),
  'sessions/setWrittenTest': method<WrittenTestPreview>()(z.object({ sessionId: id, test: writtenTestInput }).strict(), roles('lsp_admin')),

  // Closing the loop at the LSP (issue 17, shared/pleno.ts): the results review (read-only), the rapat pleno
  // draft → decided → signed, and appeals (FR.AK.04). The LSP admin's only; every write audited.
  /** Newest first, a page of `limit` (default 50) from `offset`. */
  'results/sessions': method<ResultsSessionSummary[]>()(resultsSessionsArgs, roles('lsp_admin')),
  /** Every candidate with the recommendation, its evidence, signatures, incidents, appeal, and the flags that block a decision. */
  'results/review': method<ResultsReview>()(resultsSessionArgs, roles('lsp_admin')),
  'pleno/list': method<PlenoSummary[]>()(plenoListArgs, roles('lsp_admin')),
  /** Everything the screen, the minutes (berita acara rapat pleno) and the SK with its candidate list print. */
  'pleno/get': method<PlenoDetail>()(plenoKey, roles('lsp_admin')),
  'pleno/create': method<PlenoDetail>()(plenoCreateArgs, roles('lsp_admin')),
  /** Only while draft. */
  'pleno/update': method<PlenoDetail>()(plenoUpdateArgs, roles('lsp_admin')),
  /** Candidates not listed take the assessor's recommendation; refused (PLENO_BLOCKED, naming them) while any candidate blocks. */
  'pleno/decide': method<PlenoDetail>()(plenoDecideArgs, roles('lsp_admin')),
  /** The chair's own password re-entered (the chair member's account); signed, the pleno is locked. */
  'pleno/sign': method<PlenoDetail>()(plenoSignArgs, roles('lsp_admin')),
  /** A signed pleno → a new draft correcting it (the old one counts until the correction is signed). */
  'pleno/correct': method<PlenoDetail>()(plenoCorrectArgs, roles('lsp_admin')),
  'pleno/settings': method<PlenoSettings>()(noArgs, roles('lsp_admin')),
  'pleno/setSettings': method<PlenoSettings>()(z.object({ settings: plenoSettings }).strict(), roles('lsp_admin')),
  /** Cases at the LSP plus the TUK's FR.AK.04 not yet acted on (caseId `tuk:<sessionId>:<candidateId>`, recorded false). */
  'appeals/list': method<AppealCase[]>()(appealListArgs, roles('lsp_admin')),
  'appeals/record': method<AppealCase>()(appealRecordArgs, roles('lsp_admin')),
  /** accepted: reassessmentSessionId (a session the candidate is in); rejected: reason. */
  'appeals/close': method<AppealCloseResult>()(appealCloseArgs, roles('lsp_admin')),
} satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and trimming). */
export type ArgsOf<M extends MethodName> = z.input<Contract[M]['args']>;
/** What a handler receives (validated and normalised). */
export type ParsedArgsOf<M extends MethodName> = z.output<Contract[M]['args']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES: readonly MethodName[] = Object.keys(contract).filter(isMethodName);

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** Server → UI pushes, typed here beside the methods; each says which roles may receive it. */
export const events = {
  'accounts/changed': {
    payload: z.object({ accountId: z.string(), locked: z.boolean() }),
    roles: ['lsp_admin', 'proctor'],
  },
  'bundles/progress': {
    payload: z.object({
      operationId: z.string(),
      phase: z.enum(['collect', 'write', 'verify', 'read', 'apply']),
      bytes: z.number(),
      totalBytes: z.number().nullable(),
      entries: z.number(),
      totalEntries: z.number().nullable(),
    }),
    roles: ['lsp_admin', 'proctor'],
  },
  /** Sent only to the candidate concerned: their deadline moved (extension, pause, resume). */
  'cbt/clockChanged': {
    payload: z.object({ sessionId: z.string() }),
    roles: ['candidate'],
  },
  /** The session was started, its token rotated by hand, or it was ended: proctors read the token again. */
  'exam/sessionChanged': {
    payload: z.object({ sessionId: z.string() }),
    roles: ['proctor'],
  },
  /** Changed rows of the status board, batched (at most a few pushes a second). */
  'exam/boardChanged': {
    payload: z.object({ sessionId: z.string(), serverNow: z.string(), rows: z.array(boardRowSchema) }),
    roles: ['proctor'],
  },
  /**
   * Not from the core: the desktop's main process pushes it to the window's live subscriptions after
   * the core process died and was started again, so screens reload what they show and say so.
   */
  'app/coreRestarted': {
    payload: z.object({}),
    roles: ROLES,
  },
} satisfies Record<string, { payload: z.ZodType; roles: readonly Role[] }>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;
export type EventMessage = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

/**
 * The same pushes as one schema, so a receiver can check what arrives. Add each new event here too:
 * `EVERY_EVENT_HAS_A_SCHEMA` stops compiling when the two lists differ.
 */
export const eventMessageSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('accounts/changed'), payload: events['accounts/changed'].payload }),
  z.object({ event: z.literal('cbt/clockChanged'), payload: events['cbt/clockChanged'].payload }),
  z.object({ event: z.literal('bundles/progress'), payload: events['bundles/progress'].payload }),
  z.object({ event: z.literal('exam/sessionChanged'), payload: events['exam/sessionChanged'].payload }),
  z.object({ event: z.literal('exam/boardChanged'), payload: events['exam/boardChanged'].payload }),
  z.object({ event: z.literal('app/coreRestarted'), payload: events['app/coreRestarted'].payload }),
]);
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const EVERY_EVENT_HAS_A_SCHEMA: Same<z.output<typeof eventMessageSchema>['event'], EventName> = true;
