import { z } from 'zod';
import type { Page } from './registry';

/**
 * The audit log as the admin reads it: each entry's action is named `area.verb` (`exam.paused`), and the
 * areas group them the way the office works. The candidates' answer saves are an area of their own: on a
 * TUK station they are nearly every row, so "all" leaves them out and they are asked for by name.
 */
export const AUDIT_AREAS = ['access', 'registry', 'bank', 'scheduling', 'exam', 'answers', 'assessment', 'pleno', 'system'] as const;
export type AuditArea = (typeof AUDIT_AREAS)[number];

/**
 * Every action the core writes, each with its words on the admin's screen (a test reads the core's sources
 * for them). An entry of an action not here, from a newer version, shows its code.
 */
export const AUDIT_ACTIONS = [
  'auth.signIn',
  'auth.signOut',
  'auth.failed',
  'auth.locked',
  'auth.lockLifted',
  'auth.changePassword',
  'account.create',
  'account.update',
  'account.disable',
  'account.enable',
  'account.resetPassword',
  'account.unlock',
  'account.recovered',
  'setup.create',
  'setup.lspProfile',
  'candidate.create',
  'candidate.update',
  'candidate.upsertMany',
  'candidate.activate',
  'candidate.deactivate',
  'candidate.photo.set',
  'candidate.photo.remove',
  'assessor.create',
  'assessor.update',
  'assessor.activate',
  'assessor.deactivate',
  'scheme.create',
  'scheme.update',
  'scheme.newVersion',
  'scheme.policy',
  'scheme.activate',
  'scheme.deactivate',
  'tuk.create',
  'tuk.update',
  'tuk.verify',
  'tuk.activate',
  'tuk.deactivate',
  'registry.import',
  'registry.export',
  'registry.settings',
  'registry.codeNames',
  'bank.item.create',
  'bank.item.update',
  'bank.item.copy',
  'bank.item.images',
  'bank.item.tags',
  'bank.item.approve',
  'bank.item.retire',
  'bank.benchmark.create',
  'bank.benchmark.update',
  'bank.benchmark.copy',
  'bank.benchmark.approve',
  'bank.benchmark.retire',
  'bank.import',
  'bank.export',
  'session.create',
  'session.update',
  'session.cancel',
  'session.writtenTest',
  'session.issuePasswords',
  'scheduling.settings',
  'apl01.create',
  'apl01.update',
  'apl01.verify',
  'apl01.evidenceFile',
  'apl02.issueAccess',
  'apl02.save',
  'apl02.submit',
  'apl02.review',
  'exam.started',
  'exam.ended',
  'exam.tokenRotated',
  'exam.checkedIn',
  'exam.markedAbsent',
  'exam.markedAllAbsent',
  'exam.unlockedAll',
  'exam.paused',
  'exam.pausedAll',
  'exam.resumed',
  'exam.resumedAll',
  'exam.extended',
  'exam.extendedAll',
  'exam.forceSubmitted',
  'exam.resetLogin',
  'exam.passwordIssued',
  'exam.incident',
  'exam.notes',
  'exam.serverRestarted',
  'room.opened',
  'room.closed',
  'cbt.agreed',
  'cbt.submitted',
  'cbt.answer',
  'cbt.lateAnswer',
  'cbt.heldAnswerRefused',
  'assessment.record',
  'assessment.score',
  'assessment.unitDecided',
  'assessment.feedback',
  'assessment.report',
  'assessment.signed',
  'assessment.signRefused',
  'assessment.unlocked',
  'assessment.acknowledged',
  'assessment.acknowledgeRefused',
  'assessment.appeal',
  'assessment.keyCorrected',
  'assessment.keyCorrectionWithdrawn',
  'pleno.created',
  'pleno.updated',
  'pleno.decided',
  'pleno.signed',
  'pleno.signRefused',
  'pleno.corrected',
  'pleno.settings',
  'appeal.recorded',
  'appeal.closed',
  'certificates.issue',
  'certificates.print',
  'certificates.revoked',
  'certificates.replaced',
  'certificates.surveillance',
  'certificates.blanko',
  'certificates.blankoImport',
  'certificates.bnspSheet',
  'certificates.registerSheet',
  'certificates.settings',
  'certificates.sessionCodes',
  'keys.wrapped',
  'keys.rewrapped',
  'keys.unlocked',
  'keys.unlockRefused',
  'keys.backup',
  'keys.backup_tested',
  'keys.restore',
  'keys.pin',
  'keys.repin',
  'backup.configured',
  'backup.taken',
  'backup.restored',
  'bundle.export',
  'bundle.import',
  'demo.created',
  'demo.tuk_station',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A test submitted: its details' `reason` says who or what submitted it (a SubmitReason code), not text someone typed. */
export const SUBMITTED_ACTION = 'cbt.submitted' satisfies AuditAction;

/** The actions of the answers area: one row per saved answer. */
export const ANSWER_ACTIONS = ['cbt.answer', 'cbt.lateAnswer'] as const;

/** Each area's action prefixes (the text before the first dot); answers are named by ANSWER_ACTIONS. */
export const AUDIT_AREA_PREFIXES = {
  access: ['auth', 'account', 'setup'],
  registry: ['candidate', 'assessor', 'scheme', 'tuk', 'registry'],
  bank: ['bank'],
  scheduling: ['session', 'scheduling', 'apl01', 'apl02'],
  exam: ['exam', 'cbt', 'room'],
  answers: [],
  assessment: ['assessment'],
  pleno: ['pleno', 'appeal', 'certificates'],
  system: ['keys', 'backup', 'bundle', 'demo'],
} as const satisfies Record<AuditArea, readonly string[]>;

/** Whether an action is an answer save (its row names the attempt and carries the answer's digest). */
export const isAnswerAction = (action: string): boolean => (ANSWER_ACTIONS as readonly string[]).includes(action);

/** The area an action belongs to; null for one no area names (shown under its code alone). */
export function auditAreaOf(action: string): AuditArea | null {
  if (isAnswerAction(action)) return 'answers';
  const prefix = action.split('.')[0];
  return AUDIT_AREAS.find((area) => (AUDIT_AREA_PREFIXES[area] as readonly string[]).includes(prefix)) ?? null;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A page of the log, newest first; `from`/`to` are days on this computer's calendar, both included. */
export const auditListArgs = z
  .object({
    /** A log received from a TUK station (its installation id, see audit/sources); this installation's own when absent. */
    source: z.string().min(1).max(64).optional(),
    area: z.enum(AUDIT_AREAS).optional(),
    actorAccountId: z.string().min(1).max(64).optional(),
    /**
     * One record's history: the entries that name it (a bulk import's one entry names no record); a candidate's
     * also those naming their FR.APL applications, tests, assessment seats, appeals and certificates.
     */
    record: z.object({ entity: z.string().min(1).max(40), id: z.string().min(1).max(64) }).strict().optional(),
    from: day.optional(),
    to: day.optional(),
    cursor: z.string().max(200).nullable().optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();
export type AuditListArgs = z.infer<typeof auditListArgs>;

/** Above this many characters an entry's details are cut (a bulk import's entry lists every record). */
export const AUDIT_DETAILS_SHOWN = 4000;

export type AuditEntryView = {
  seq: number;
  at: string;
  /** Null: written by the application itself (a timer, a start-up check). */
  actor: { accountId: string; name: string | null; username: string | null; role: string | null } | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  /** What that record is called (a name, a code, a number) where the log can say; null otherwise. */
  entityName: string | null;
  /** The id the record's screen is addressed by where it is not entityId (an FR.APL application: `<candidateId>~<schemeId>~<round>`, the round the entry is about); null otherwise. */
  entityRef: string | null;
  /** The candidate whose FR.APL application, test or seat the entry is about, by name; null for another kind of record. */
  candidateName: string | null;
  /**
   * What the record ids an edit's before/after hold are called (an assessor's name, a TUK's, a scheme's code…),
   * by id; the details keep the ids as written.
   */
  names: Record<string, string>;
  /** The entry's details as stored (JSON), cut at AUDIT_DETAILS_SHOWN characters. */
  details: string;
  detailsLength: number;
};

/** A TUK station's log received here with its results bundles (remote_audit_log), named by its pinned key's label. */
export type AuditSource = { installationId: string; label: string | null; rows: number; lastAt: string | null };
/**
 * A page of the log; for one record's history also what that record is called, so its notice names it
 * even when no entry does yet (a scheme or TUK never changed since it was set up).
 */
export type AuditPage = Page<AuditEntryView> & { recordName: string | null };
