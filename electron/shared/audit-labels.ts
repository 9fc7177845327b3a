import { SUBMITTED_ACTION, type AuditAction, type AuditArea, type AuditEntryView } from './audit-log';
import type { SubmitReason } from './cbt';
import { KEY_CORRECTION_ACTIONS, type KeyCorrectionAction } from './key-corrections';

/** An `audit.*` translation key (the screen checks each against the resources, and the command line's say() too). */
type AuditKey = `audit.${string}`;

/**
 * The audit log's words, for the admin's screen and `ruang-uji audit list` alike (literal keys, scanned by
 * test/shared/i18n-usage.test.ts): each area, each action the core writes, each kind of record.
 */
export const AUDIT_AREA_LABEL = {
  access: 'audit.areas.access',
  registry: 'audit.areas.registry',
  bank: 'audit.areas.bank',
  scheduling: 'audit.areas.scheduling',
  exam: 'audit.areas.exam',
  answers: 'audit.areas.answers',
  assessment: 'audit.areas.assessment',
  pleno: 'audit.areas.pleno',
  system: 'audit.areas.system',
} as const satisfies Record<AuditArea, AuditKey>;

export const AUDIT_ACTION_LABEL = {
  'auth.signIn': 'audit.actions.auth.signIn',
  'auth.signOut': 'audit.actions.auth.signOut',
  'auth.failed': 'audit.actions.auth.failed',
  'auth.locked': 'audit.actions.auth.locked',
  'auth.lockLifted': 'audit.actions.auth.lockLifted',
  'auth.changePassword': 'audit.actions.auth.changePassword',
  'account.create': 'audit.actions.account.create',
  'account.update': 'audit.actions.account.update',
  'account.disable': 'audit.actions.account.disable',
  'account.enable': 'audit.actions.account.enable',
  'account.resetPassword': 'audit.actions.account.resetPassword',
  'account.unlock': 'audit.actions.account.unlock',
  'account.recovered': 'audit.actions.account.recovered',
  'setup.create': 'audit.actions.setup.create',
  'setup.lspProfile': 'audit.actions.setup.lspProfile',
  'candidate.create': 'audit.actions.candidate.create',
  'candidate.update': 'audit.actions.candidate.update',
  'candidate.upsertMany': 'audit.actions.candidate.upsertMany',
  'candidate.activate': 'audit.actions.candidate.activate',
  'candidate.deactivate': 'audit.actions.candidate.deactivate',
  'candidate.photo.set': 'audit.actions.candidate.photo.set',
  'candidate.photo.remove': 'audit.actions.candidate.photo.remove',
  'assessor.create': 'audit.actions.assessor.create',
  'assessor.update': 'audit.actions.assessor.update',
  'assessor.activate': 'audit.actions.assessor.activate',
  'assessor.deactivate': 'audit.actions.assessor.deactivate',
  'scheme.create': 'audit.actions.scheme.create',
  'scheme.update': 'audit.actions.scheme.update',
  'scheme.newVersion': 'audit.actions.scheme.newVersion',
  'scheme.policy': 'audit.actions.scheme.policy',
  'scheme.activate': 'audit.actions.scheme.activate',
  'scheme.deactivate': 'audit.actions.scheme.deactivate',
  'tuk.create': 'audit.actions.tuk.create',
  'tuk.update': 'audit.actions.tuk.update',
  'tuk.verify': 'audit.actions.tuk.verify',
  'tuk.activate': 'audit.actions.tuk.activate',
  'tuk.deactivate': 'audit.actions.tuk.deactivate',
  'registry.import': 'audit.actions.registry.import',
  'registry.export': 'audit.actions.registry.export',
  'registry.settings': 'audit.actions.registry.settings',
  'registry.codeNames': 'audit.actions.registry.codeNames',
  'bank.item.create': 'audit.actions.bank.item.create',
  'bank.item.update': 'audit.actions.bank.item.update',
  'bank.item.copy': 'audit.actions.bank.item.copy',
  'bank.item.images': 'audit.actions.bank.item.images',
  'bank.item.tags': 'audit.actions.bank.item.tags',
  'bank.item.approve': 'audit.actions.bank.item.approve',
  'bank.item.retire': 'audit.actions.bank.item.retire',
  'bank.benchmark.create': 'audit.actions.bank.benchmark.create',
  'bank.benchmark.update': 'audit.actions.bank.benchmark.update',
  'bank.benchmark.copy': 'audit.actions.bank.benchmark.copy',
  'bank.benchmark.approve': 'audit.actions.bank.benchmark.approve',
  'bank.benchmark.retire': 'audit.actions.bank.benchmark.retire',
  'bank.import': 'audit.actions.bank.import',
  'bank.export': 'audit.actions.bank.export',
  'session.create': 'audit.actions.session.create',
  'session.update': 'audit.actions.session.update',
  'session.cancel': 'audit.actions.session.cancel',
  'session.writtenTest': 'audit.actions.session.writtenTest',
  'session.issuePasswords': 'audit.actions.session.issuePasswords',
  'scheduling.settings': 'audit.actions.scheduling.settings',
  'apl01.create': 'audit.actions.apl01.create',
  'apl01.update': 'audit.actions.apl01.update',
  'apl01.verify': 'audit.actions.apl01.verify',
  'apl01.evidenceFile': 'audit.actions.apl01.evidenceFile',
  'apl02.issueAccess': 'audit.actions.apl02.issueAccess',
  'apl02.save': 'audit.actions.apl02.save',
  'apl02.submit': 'audit.actions.apl02.submit',
  'apl02.review': 'audit.actions.apl02.review',
  'exam.started': 'audit.actions.exam.started',
  'exam.ended': 'audit.actions.exam.ended',
  'exam.tokenRotated': 'audit.actions.exam.tokenRotated',
  'exam.checkedIn': 'audit.actions.exam.checkedIn',
  'exam.markedAbsent': 'audit.actions.exam.markedAbsent',
  'exam.markedAllAbsent': 'audit.actions.exam.markedAllAbsent',
  'exam.unlockedAll': 'audit.actions.exam.unlockedAll',
  'exam.paused': 'audit.actions.exam.paused',
  'exam.pausedAll': 'audit.actions.exam.pausedAll',
  'exam.resumed': 'audit.actions.exam.resumed',
  'exam.resumedAll': 'audit.actions.exam.resumedAll',
  'exam.extended': 'audit.actions.exam.extended',
  'exam.extendedAll': 'audit.actions.exam.extendedAll',
  'exam.forceSubmitted': 'audit.actions.exam.forceSubmitted',
  'exam.resetLogin': 'audit.actions.exam.resetLogin',
  'exam.passwordIssued': 'audit.actions.exam.passwordIssued',
  'exam.incident': 'audit.actions.exam.incident',
  'exam.notes': 'audit.actions.exam.notes',
  'exam.serverRestarted': 'audit.actions.exam.serverRestarted',
  'room.opened': 'audit.actions.room.opened',
  'room.closed': 'audit.actions.room.closed',
  'cbt.agreed': 'audit.actions.cbt.agreed',
  'cbt.submitted': 'audit.actions.cbt.submitted',
  'cbt.answer': 'audit.actions.cbt.answer',
  'cbt.lateAnswer': 'audit.actions.cbt.lateAnswer',
  'cbt.heldAnswerRefused': 'audit.actions.cbt.heldAnswerRefused',
  'assessment.record': 'audit.actions.assessment.record',
  'assessment.score': 'audit.actions.assessment.score',
  'assessment.unitDecided': 'audit.actions.assessment.unitDecided',
  'assessment.feedback': 'audit.actions.assessment.feedback',
  'assessment.report': 'audit.actions.assessment.report',
  'assessment.signed': 'audit.actions.assessment.signed',
  'assessment.signRefused': 'audit.actions.assessment.signRefused',
  'assessment.unlocked': 'audit.actions.assessment.unlocked',
  'assessment.acknowledged': 'audit.actions.assessment.acknowledged',
  'assessment.acknowledgeRefused': 'audit.actions.assessment.acknowledgeRefused',
  'assessment.appeal': 'audit.actions.assessment.appeal',
  'assessment.keyCorrected': 'audit.actions.assessment.keyCorrected',
  'assessment.keyCorrectionWithdrawn': 'audit.actions.assessment.keyCorrectionWithdrawn',
  'pleno.created': 'audit.actions.pleno.created',
  'pleno.updated': 'audit.actions.pleno.updated',
  'pleno.decided': 'audit.actions.pleno.decided',
  'pleno.signed': 'audit.actions.pleno.signed',
  'pleno.signRefused': 'audit.actions.pleno.signRefused',
  'pleno.corrected': 'audit.actions.pleno.corrected',
  'pleno.settings': 'audit.actions.pleno.settings',
  'appeal.recorded': 'audit.actions.appeal.recorded',
  'appeal.closed': 'audit.actions.appeal.closed',
  'certificates.issue': 'audit.actions.certificates.issue',
  'certificates.print': 'audit.actions.certificates.print',
  'certificates.revoked': 'audit.actions.certificates.revoked',
  'certificates.replaced': 'audit.actions.certificates.replaced',
  'certificates.surveillance': 'audit.actions.certificates.surveillance',
  'certificates.blanko': 'audit.actions.certificates.blanko',
  'certificates.blankoImport': 'audit.actions.certificates.blankoImport',
  'certificates.bnspSheet': 'audit.actions.certificates.bnspSheet',
  'certificates.registerSheet': 'audit.actions.certificates.registerSheet',
  'certificates.settings': 'audit.actions.certificates.settings',
  'certificates.sessionCodes': 'audit.actions.certificates.sessionCodes',
  'keys.wrapped': 'audit.actions.keys.wrapped',
  'keys.rewrapped': 'audit.actions.keys.rewrapped',
  'keys.unlocked': 'audit.actions.keys.unlocked',
  'keys.unlockRefused': 'audit.actions.keys.unlockRefused',
  'keys.backup': 'audit.actions.keys.backup',
  'keys.backup_tested': 'audit.actions.keys.backup_tested',
  'keys.restore': 'audit.actions.keys.restore',
  'keys.pin': 'audit.actions.keys.pin',
  'keys.repin': 'audit.actions.keys.repin',
  'backup.configured': 'audit.actions.backup.configured',
  'backup.taken': 'audit.actions.backup.taken',
  'backup.restored': 'audit.actions.backup.restored',
  'bundle.export': 'audit.actions.bundle.export',
  'bundle.import': 'audit.actions.bundle.import',
  'demo.created': 'audit.actions.demo.created',
  'demo.tuk_station': 'audit.actions.demo.tuk_station',
} as const satisfies Record<AuditAction, AuditKey>;

/** The kinds of record an entry names (its `entity`); another shows as written. */
export const AUDIT_ENTITY_LABEL = {
  account: 'audit.entities.account',
  session: 'audit.entities.session',
  seat: 'audit.entities.seat',
  pleno: 'audit.entities.pleno',
  item: 'audit.entities.item',
  scheme: 'audit.entities.scheme',
  schemes: 'audit.entities.schemes',
  candidate: 'audit.entities.candidate',
  candidates: 'audit.entities.candidates',
  attempt: 'audit.entities.attempt',
  apl_application: 'audit.entities.apl_application',
  tuk: 'audit.entities.tuk',
  setting: 'audit.entities.setting',
  observation_item: 'audit.entities.observation_item',
  certificate: 'audit.entities.certificate',
  installation: 'audit.entities.installation',
  assessor: 'audit.entities.assessor',
  assessors: 'audit.entities.assessors',
  signer: 'audit.entities.signer',
  bundle: 'audit.entities.bundle',
  appeal_case: 'audit.entities.appeal_case',
} as const satisfies Record<string, AuditKey>;

export const isLabelledAction = (action: string): action is keyof typeof AUDIT_ACTION_LABEL => Object.hasOwn(AUDIT_ACTION_LABEL, action);
export const isLabelledEntity = (entity: string): entity is keyof typeof AUDIT_ENTITY_LABEL => Object.hasOwn(AUDIT_ENTITY_LABEL, entity);

/** Kinds an entry names as a whole registry (an import, an export): their id is the import's own, no record. */
const WHOLE_REGISTRY = ['candidates', 'assessors', 'schemes'];

/**
 * How an entry's record is named after its kind: its name, else its id, except where the id names no record
 * (a registry import's id read "Asesi: a9bc1e9d-…"); null then.
 */
export const auditRecordName = (e: Pick<AuditEntryView, 'entity' | 'entityId' | 'entityName'>): string | null =>
  e.entityName ?? (e.entity !== null && WHOLE_REGISTRY.includes(e.entity) ? null : e.entityId);

/**
 * A submitted test (`cbt.submitted`) in the words of who or what submitted it, as its details' `reason` (a
 * SubmitReason code) says: the proctor's forced submission and the session's closing are written under the
 * proctor's name, and reading "A candidate submitted their test" above it said the candidate did. The
 * candidate's own submission keeps the action's words.
 */
const SUBMITTED_BY = {
  candidate: 'audit.actions.cbt.submitted',
  proctor: 'audit.submittedBy.proctor',
  timeout: 'audit.submittedBy.timeout',
  session_ended: 'audit.submittedBy.session_ended',
} as const satisfies Record<SubmitReason, AuditKey>;

/**
 * A key correction (`assessment.keyCorrected`) in words naming the question and what happened to it, from its
 * details: the log's list says "Annulled question MC-07", not only that some key was corrected.
 */
const KEY_CORRECTED_AS = {
  accept: 'audit.keyCorrected.accept',
  annul: 'audit.keyCorrected.annul',
} as const satisfies Record<KeyCorrectionAction, AuditKey>;
/** Its withdrawal (`assessment.keyCorrectionWithdrawn`), in words naming the question and what is no longer so. */
const KEY_WITHDRAWN_AS = {
  accept: 'audit.keyCorrectionWithdrawn.accept',
  annul: 'audit.keyCorrectionWithdrawn.annul',
} as const satisfies Record<KeyCorrectionAction, AuditKey>;

function keyCorrectionOf(details: string): { action: KeyCorrectionAction; question: string; option: string } | null {
  try {
    const d = JSON.parse(details) as { action?: unknown; question?: unknown; option?: unknown } | null;
    const action = KEY_CORRECTION_ACTIONS.find((a) => a === d?.action);
    if (!action || typeof d?.question !== 'string') return null;
    return { action, question: d.question, option: typeof d.option === 'string' ? d.option : '' };
  } catch {
    return null;
  }
}

type Key =
  | (typeof KEY_CORRECTED_AS)[keyof typeof KEY_CORRECTED_AS]
  | (typeof KEY_WITHDRAWN_AS)[keyof typeof KEY_WITHDRAWN_AS]
  | (typeof AUDIT_ACTION_LABEL)[keyof typeof AUDIT_ACTION_LABEL]
  | (typeof AUDIT_ENTITY_LABEL)[keyof typeof AUDIT_ENTITY_LABEL]
  | (typeof SUBMITTED_BY)[keyof typeof SUBMITTED_BY]
  | 'audit.aCandidate'
  | 'audit.aplRound';

/** A key of the audit log's words, for a caller's own translate function (the screen's t, the command line's say). */
/** Every action's words take the same params (a typed translate function asks for all of any key it may get); each uses its own. */
type SayParams = { candidate: string; question: string; option: string };
type Say = {
  (key: Exclude<Key, 'audit.aplRound'>, params?: SayParams): string;
  (key: 'audit.aplRound', params: { round: number }): string;
};

const isSubmitReason = (value: unknown): value is SubmitReason => typeof value === 'string' && Object.hasOwn(SUBMITTED_BY, value);

/** The `reason` of a submitted test's details, if it is one this version knows (the details may be cut: then none). */
function submitReasonOf(details: string): SubmitReason | null {
  try {
    const reason: unknown = (JSON.parse(details) as { reason?: unknown } | null)?.reason;
    return isSubmitReason(reason) ? reason : null;
  } catch {
    return null;
  }
}

/**
 * An entry's action in words, or its code where this version has none (an entry written by a newer one). The
 * words of an action on one candidate's test may name them (`{{candidate}}`: the proctor's forced submission).
 */
export function auditActionText(e: Pick<AuditEntryView, 'action' | 'details' | 'candidateName'>, say: Say): string {
  const corrected = e.action === 'assessment.keyCorrected' || e.action === 'assessment.keyCorrectionWithdrawn' ? keyCorrectionOf(e.details) : null;
  const params = { candidate: e.candidateName ?? say('audit.aCandidate'), question: corrected?.question ?? '', option: corrected?.option ?? '' };
  const reason = e.action === SUBMITTED_ACTION ? submitReasonOf(e.details) : null;
  if (reason !== null) return say(SUBMITTED_BY[reason], params);
  if (corrected) return say((e.action === 'assessment.keyCorrected' ? KEY_CORRECTED_AS : KEY_WITHDRAWN_AS)[corrected.action], params);
  return isLabelledAction(e.action) ? say(AUDIT_ACTION_LABEL[e.action], params) : e.action;
}

/**
 * The round of the FR.APL application an entry is about, from its address (`<candidateId>~<schemeId>~<round>`,
 * entityRef); null for another record, or an address without one.
 */
export function aplRoundOf(e: Pick<AuditEntryView, 'entity'> & Partial<Pick<AuditEntryView, 'entityRef'>>): number | null {
  if (e.entity !== 'apl_application' || !e.entityRef) return null;
  const round = /~(\d+)$/.exec(e.entityRef)?.[1];
  return round === undefined ? null : Number(round);
}

/**
 * The record an entry names as its line says it, kind then name ("Asesi: Siti Aminah", "Asesi" for an import); null
 * for none. An FR.APL application says its round too: after a re-certification two of them read alike.
 */
type Named = Pick<AuditEntryView, 'entity' | 'entityId' | 'entityName'> & Partial<Pick<AuditEntryView, 'entityRef'>>;
export function auditObjectText(e: Named & { entity: string }, say: Say): string;
export function auditObjectText(e: Named, say: Say): string | null;
export function auditObjectText(e: Named, say: Say): string | null {
  if (e.entity === null) return null;
  const kind = isLabelledEntity(e.entity) ? say(AUDIT_ENTITY_LABEL[e.entity]) : e.entity;
  const round = aplRoundOf(e);
  const name = [auditRecordName(e), round === null ? null : say('audit.aplRound', { round })].filter(Boolean).join(' · ');
  return [kind, name].filter(Boolean).join(': ');
}
