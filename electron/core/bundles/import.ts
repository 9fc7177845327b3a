import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { AnswersNotAsSaved, Bilingual, BundleKind, BundleSessionPlan, ImportPreview, ImportResult, SignerStatus } from '../../shared/types';
import { adoptBlob, blobPath } from '../attachments/store';
import { appendAudit } from '../audit/log';
import { readUserVersion } from '../db/open';
import { endSignInsToChange, signedInNow } from '../auth/sent-passwords';
import * as q from '../db/queries/bundles';
import { findPin, upsertPin, type PinRow } from '../db/queries/keys';
import { getSetting, setSetting } from '../db/queries/settings';
import { privateKeys } from '../keys/installation';
import { tukStation } from '../setup/installation';
import type { BundleEnv } from './env';
import { BundleFailure } from './failure';
import type { Manifest } from './manifest';
import { mergeTables, type MergeOutcome } from './merge';
import { checkResultsSender, expectedOwner } from './ownership';
import { readBundle } from './reader';
import { answersNotAsSaved } from './received-answers';
import { backupRules } from './kinds/backup';
import { resultsRules } from './kinds/results';
import { sessionRules } from './kinds/session';
import { checkReplan, pruneReplanned } from './session-replan';
import type { TableRule } from './rules';
import { scratchName, transferDir } from './transfers';

/** The TUK this installation serves, set by its first session bundle. */
export const TUK_SETTING = 'bundles.tuk_id';

export type Pending = {
  importId: string;
  manifest: Manifest;
  manifestSha256: string;
  /** Computed from the keys that verified the signature (reader.ts); the only fingerprint shown or pinned. */
  signerFingerprint: string;
  /**
   * Decrypted entries (answer keys, password hashes). Kept only while this preview awaits apply: apply
   * reads them, and re-reading the bundle would need the passphrase again. Removed on apply, on any
   * refusal or failure of apply, on discard, by the next preview of the same person, and at start-up.
   */
  stagingDir: string;
  preview: ImportPreview;
};

export function pinSubject(m: Manifest): string {
  return m.kind === 'session' && m.lsp ? `lsp:${m.lsp.id}` : `installation:${m.source.installationId}`;
}

/** The pin that trusts this manifest's signer from now on, with the fingerprint computed from its keys. */
function pinOf(p: Pick<Pending, 'manifest' | 'signerFingerprint'>, pinnedAt: string, actor: Principal | null): PinRow {
  const { installationId, signingPublic, ageRecipient, label } = p.manifest.source;
  return { subject: pinSubject(p.manifest), installationId, signingPublic, ageRecipient, fingerprint: p.signerFingerprint, label, pinnedAt, pinnedBy: actor?.accountId ?? null };
}

function signerStatus(env: BundleEnv, m: Manifest): { status: SignerStatus; pinned: string | null } {
  const own = privateKeys(env.db, env.vault);
  if (m.source.installationId === own.installationId && m.source.signingPublic === own.signingPublic) return { status: 'self', pinned: null };
  const pin = findPin(env.db, pinSubject(m));
  if (!pin) return { status: 'new', pinned: null };
  const same = pin.signingPublic === m.source.signingPublic && pin.ageRecipient === m.source.ageRecipient;
  return { status: same ? 'pinned' : 'rekeyed', pinned: pin.fingerprint };
}

function rulesFor(env: BundleEnv, m: Manifest): readonly TableRule[] {
  if (m.kind === 'session') return sessionRules;
  if (m.kind === 'results') return resultsRules;
  return backupRules(env.db).filter((r) => r.name in m.counts);
}

/** The name of the TUK the first session bundle tied this station to; null before that (or on the LSP's office). */
export function servedTukName(db: BundleEnv['db']): string | null {
  const tukId = getSetting(db, TUK_SETTING);
  return tukId ? (q.tukName(db, tukId) ?? null) : null;
}

/** An installation not yet tied to a TUK: apply ties it to the first session bundle's, for good. */
function bindingOf(env: BundleEnv, tuk: string): ImportPreview['bindsStation'] {
  if (getSetting(env.db, TUK_SETTING)) return null;
  return { tuk, setUpAs: tukStation(env.db)?.name ?? null };
}

/** Checks that depend on this database; run at preview and again inside apply's transaction. */
function checkTarget(env: BundleEnv, m: Manifest): void {
  const { db } = env;
  if (m.kind === 'session') {
    const boundTuk = getSetting(db, TUK_SETTING);
    if (!m.lsp || !m.tuk || !m.session) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'session bundle without refs');
    // Names the TUK this station serves: a station set up under the bundle's TUK name was told only 'another TUK (its own name)'.
    if (boundTuk && boundTuk !== m.tuk.id) throw new BundleFailure('BUNDLE_OTHER_TUK', 'another TUK', { name: m.tuk.name, serves: q.tukName(db, boundTuk) ?? boundTuk });
    const sameCode = q.lspByCode(db, m.lsp.code);
    if (sameCode && sameCode.id !== m.lsp.id) throw new BundleFailure('BUNDLE_WRONG_TARGET', 'another LSP with this code', { name: m.lsp.name });
  } else if (m.kind === 'results') {
    const s = m.session ? q.sessionScope(db, m.session.id) : undefined;
    if (!s || !m.lsp || s.lspId !== m.lsp.id) throw new BundleFailure('BUNDLE_WRONG_TARGET', 'no such session here', { name: m.session?.name ?? '' });
    checkResultsSender(db, m, s);
  } else {
    const version = m.counts.schema_version ?? 0;
    if (version > readUserVersion(db)) throw new BundleFailure('BUNDLE_FORMAT_TOO_NEW', 'backup from a newer schema', { found: version, supported: readUserVersion(db) });
    if (q.countCatalogue(db) > 0) throw new BundleFailure('BUNDLE_BACKUP_NOT_EMPTY', 'backup needs an empty installation');
    if (version !== readUserVersion(db)) throw new BundleFailure('BUNDLE_WRONG_TARGET', 'backup of another schema', { name: m.source.label });
  }
  if (m.kind !== 'backup') {
    const newest = q.newestImport(db, m.source.installationId, m.kind, m.session?.id ?? null);
    if (newest && newest > m.createdAt && !q.isImported(db, m.bundleId)) {
      throw new BundleFailure('BUNDLE_REPLAYED', `newer bundle from ${newest}`, { newest });
    }
    checkReplan(db, m);
  }
}

class Rollback extends Error {}

/** Runs the merge and undoes it: preview shows exactly what apply would do to this database. */
function dryRun(
  env: BundleEnv,
  pending: { stagingDir: string; manifest: Manifest },
): {
  outcome: MergeOutcome;
  sessionPlan: BundleSessionPlan | null;
  sessionTitle: Bilingual | null;
  answersNotAsSaved: AnswersNotAsSaved[];
  accountsMade: ImportPreview['accountsMade'];
  seatsRestored: ImportPreview['seatsRestored'];
} {
  let outcome: MergeOutcome | null = null;
  let notAsSaved: AnswersNotAsSaved[] = [];
  let accountsMade: ImportPreview['accountsMade'] = [];
  let seatsRestored: ImportPreview['seatsRestored'] = [];
  let sessionPlan: BundleSessionPlan | null = null;
  let sessionTitle: Bilingual | null = null;
  const sessionId = pending.manifest.kind === 'session' ? (pending.manifest.session?.id ?? null) : null;
  const resultsOf = pending.manifest.kind === 'results' ? (pending.manifest.session?.id ?? null) : null;
  try {
    env.db.transaction(() => {
      if (pending.manifest.kind === 'backup') env.db.pragma('defer_foreign_keys = ON');
      const before = sessionId ? { plan: q.sessionPlanHere(env.db, sessionId), seats: q.seatedPeople(env.db, sessionId) } : null;
      const seatedBefore = resultsOf ? new Set(q.seatedPeople(env.db, resultsOf).map((p) => p.id)) : null;
      const merged = mergeTables(env.db, pending.stagingDir, rulesFor(env, pending.manifest), expectedOwner(pending.manifest), env.clock.now().toISOString());
      outcome = merged;
      if (merged.madeAccounts.length) accountsMade = q.candidatesNamed(env.db, merged.madeAccounts);
      if (resultsOf && seatedBefore) {
        seatsRestored = q
          .seatedPeople(env.db, resultsOf)
          .filter((p) => !seatedBefore.has(p.id))
          .map(({ participantNo, name }) => ({ participantNo, name }));
      }
      pruneReplanned(env.db, pending.stagingDir, pending.manifest);
      // Read inside the transaction, before the rollback: the plan as apply would leave it.
      if (sessionId && before) sessionPlan = planChange(before, q.sessionPlanHere(env.db, sessionId), q.seatedPeople(env.db, sessionId));
      const named = pending.manifest.session?.id;
      sessionTitle = (named && q.sessionTitle(env.db, named)) || null;
      if (pending.manifest.kind === 'results' && named) notAsSaved = answersNotAsSaved(env.db, named);
      throw new Rollback();
    })();
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  if (!outcome) throw new Error('dry run produced nothing');
  return { outcome, sessionPlan, sessionTitle, answersNotAsSaved: notAsSaved, accountsMade, seatsRestored };
}

/**
 * The proctor sees, before applying, what the bundle does to the day: the preview's tables said only
 * "Sesi asesmen: diperbarui 1", whether the start moved, the duration changed, a candidate left or the session was called off.
 */
function planChange(
  before: { plan: q.SessionPlanHere | undefined; seats: { id: string; participantNo: string; name: string }[] },
  after: q.SessionPlanHere | undefined,
  seatsAfter: { id: string }[],
): BundleSessionPlan | null {
  if (!after) return null;
  const staying = new Set(seatsAfter.map((s) => s.id));
  return {
    date: after.date,
    startTime: after.startTime,
    durationMinutes: after.durationMinutes,
    cancelled: after.cancelledAt ? { at: after.cancelledAt, reason: after.cancelReason } : null,
    before: before.plan ? { date: before.plan.date, startTime: before.plan.startTime, durationMinutes: before.plan.durationMinutes, cancelled: before.plan.cancelledAt !== null } : null,
    leaving: before.seats.filter((s) => !staying.has(s.id)).map(({ participantNo, name }) => ({ participantNo, name })),
  };
}

export async function previewImport(
  env: BundleEnv,
  args: { file: string; passphrase?: string | null; expectKind: BundleKind; operationId?: string; signal?: AbortSignal },
): Promise<Pending> {
  // Before the keys: a folder already set up has them locked in the CLI, and "unlock them" would be the
  // wrong advice for a backup that can never go there.
  if (args.expectKind === 'backup' && q.countCatalogue(env.db) > 0) throw new BundleFailure('BUNDLE_BACKUP_NOT_EMPTY', 'backup needs an empty installation');
  const keys = privateKeys(env.db, env.vault);
  const importId = crypto.randomUUID();
  const stagingDir = path.join(transferDir(env.dataDir, 'staging'), scratchName(importId));
  try {
    const read = await readBundle(args.file, { identities: [keys.ageIdentity], passphrase: args.passphrase }, stagingDir, {
      signal: args.signal,
      onProgress: (p) => args.operationId && env.progress?.({ operationId: args.operationId, phase: 'read', ...p, totalEntries: null }),
    });
    const m = read.manifest;
    if (m.kind !== args.expectKind) throw new BundleFailure('BUNDLE_WRONG_KIND', m.kind, { found: m.kind, expected: args.expectKind });
    const alreadyImported = q.isImported(env.db, m.bundleId);
    if (!alreadyImported) checkTarget(env, m);
    const signer = signerStatus(env, m);
    const dry = alreadyImported ? null : dryRun(env, { stagingDir, manifest: m });
    const outcome = dry?.outcome ?? null;
    const attachments = m.entries.filter((e) => e.path.startsWith('attachments/'));
    const preview: ImportPreview = {
      importId,
      bundleId: m.bundleId,
      kind: m.kind,
      createdAt: m.createdAt,
      formatVersion: m.formatVersion,
      signer: { label: m.source.label, installationId: m.source.installationId, fingerprint: read.signerFingerprint, status: signer.status, pinnedFingerprint: signer.pinned },
      lsp: m.lsp,
      tuk: m.tuk,
      session: m.session,
      // A bundle already imported is not merged again: its session is here as it left it.
      sessionTitle: dry ? dry.sessionTitle : (m.session && q.sessionTitle(env.db, m.session.id)) || null,
      bindsStation: m.kind === 'session' && m.tuk && !alreadyImported ? bindingOf(env, m.tuk.name) : null,
      sessionPlan: dry?.sessionPlan ?? null,
      partial: m.partial,
      alreadyImported,
      tables: outcome?.tables ?? [],
      conflicts: (outcome?.conflicts ?? []).slice(0, 100).map(({ table, key, reason }) => ({ table, key, reason })),
      conflictCount: outcome?.conflicts.length ?? 0,
      attachments: { count: attachments.length, bytes: attachments.reduce((n, e) => n + e.size, 0) },
      answersNotAsSaved: dry?.answersNotAsSaved ?? [],
      accountsMade: dry?.accountsMade ?? [],
      seatsRestored: dry?.seatsRestored ?? [],
    };
    return { importId, manifest: m, manifestSha256: read.manifestSha256, signerFingerprint: read.signerFingerprint, stagingDir, preview };
  } catch (err) {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    throw err;
  }
}

export function discardImport(pending: Pending): void {
  fs.rmSync(pending.stagingDir, { recursive: true, force: true });
}

/**
 * Applies a previewed bundle in one transaction: pin (when confirmed), merge every table, record the
 * import and its conflicts, audit. Any failure rolls all of it back. Applied or refused, the decrypted
 * staging is removed: a refused bundle must leave no plaintext behind (answer keys among it), and a
 * person who wants to retry (say, after confirming the signer) previews the file again.
 */
export function applyImport(env: BundleEnv, pending: Pending, actor: Principal | null, options: { confirmSigner?: string | null }): ImportResult {
  try {
    return applyStaged(env, pending, actor, options);
  } finally {
    discardImport(pending);
  }
}

function applyStaged(env: BundleEnv, pending: Pending, actor: Principal | null, options: { confirmSigner?: string | null }): ImportResult {
  const { db } = env;
  const m = pending.manifest;
  const fingerprint = pending.signerFingerprint;
  const now = env.clock.now().toISOString();
  if (q.isImported(db, m.bundleId)) {
    return { bundleId: m.bundleId, kind: m.kind, alreadyImported: true, pinned: false, tables: [], conflictCount: 0 };
  }
  const signer = signerStatus(env, m);
  if (signer.status === 'rekeyed') throw new BundleFailure('BUNDLE_SIGNER_REKEYED', 'pinned key differs', { pinned: signer.pinned ?? '', found: fingerprint });
  if (signer.status === 'new' && options.confirmSigner !== fingerprint) {
    throw new BundleFailure('BUNDLE_SIGNER_UNKNOWN', 'not confirmed', { fingerprint });
  }
  // Content-addressed and verified: blobs move in before the transaction, so its rows never name a
  // missing file. Those new to the store leave again if it fails: a refused bundle leaves nothing behind.
  const adopted: string[] = [];
  for (const e of m.entries) {
    if (e.path.startsWith('attachments/')) {
      const staged = path.join(pending.stagingDir, e.path);
      if (!fs.existsSync(staged)) continue;
      if (!fs.existsSync(blobPath(env.dataDir, e.sha256))) adopted.push(e.sha256);
      adoptBlob(env.dataDir, e.sha256, staged);
    }
  }
  let outcome: MergeOutcome | null = null;
  const commit = db.transaction(() => {
    if (m.kind === 'backup') db.pragma('defer_foreign_keys = ON');
    checkTarget(env, m);
    const signedIn = m.kind === 'session' ? signedInNow(db, now) : [];
    const result = mergeTables(db, pending.stagingDir, rulesFor(env, m), expectedOwner(m), now);
    pruneReplanned(db, pending.stagingDir, m);
    endSignInsToChange(db, signedIn, now);
    // The LSP's catalogue must arrive whole; results and partials merge with their conflicts listed.
    if (m.kind !== 'results' && result.conflicts.length) {
      throw new BundleFailure('BUNDLE_CONFLICTS', 'rows refused', { count: result.conflicts.length });
    }
    // After the merge: a backup restores the audit log from seq 1, and our own rows follow it.
    if (signer.status === 'new') {
      const pin = pinOf(pending, now, actor);
      upsertPin(db, pin);
      appendAudit(db, actor, { action: 'keys.pin', entity: 'signer', entityId: pin.subject, details: { fingerprint, label: m.source.label } }, new Date(now));
    }
    for (const c of result.conflicts) {
      q.recordConflict(db, { bundleId: m.bundleId, table: c.table, key: c.key, reason: c.reason, incoming: JSON.stringify(c.incoming), at: now });
    }
    if (m.kind === 'session' && m.tuk && !getSetting(db, TUK_SETTING)) setSetting(db, TUK_SETTING, m.tuk.id);
    q.recordImport(db, {
      bundleId: m.bundleId,
      kind: m.kind,
      source: m.source.installationId,
      sessionId: m.session?.id ?? null,
      createdAt: m.createdAt,
      importedAt: now,
      manifestSha256: pending.manifestSha256,
      // `partial` tells lab PCs' partial results from whole ones (ownership.ts).
      summary: JSON.stringify({ tables: result.tables, conflicts: result.conflicts.length, ...(m.partial ? { partial: m.partial.station } : {}) }),
    });
    appendAudit(
      db,
      actor,
      {
        action: 'bundle.import',
        entity: 'bundle',
        entityId: m.bundleId,
        details: {
          kind: m.kind,
          session: m.session?.code ?? null,
          partial: m.partial?.station ?? null,
          signer: fingerprint,
          conflicts: result.conflicts.length,
          // Candidates whose account a card at the TUK made, made here for their rows (card-accounts.ts).
          ...(result.madeAccounts.length ? { accountsMade: result.madeAccounts } : {}),
          // What the preview warned of, kept with the import: the pleno reads the log.
          ...(m.kind === 'results' && m.session ? { answersNotAsSaved: answersNotAsSaved(db, m.session.id) } : {}),
        },
      },
      new Date(now),
    );
    outcome = result;
  });
  try {
    commit();
  } catch (err) {
    for (const sha256 of adopted) if (!q.isBlobReferenced(db, sha256)) fs.rmSync(blobPath(env.dataDir, sha256), { force: true });
    throw err;
  }
  const done: MergeOutcome = outcome ?? { tables: [], conflicts: [], madeAccounts: [] };
  return { bundleId: m.bundleId, kind: m.kind, alreadyImported: false, pinned: signer.status === 'new', tables: done.tables, conflictCount: done.conflicts.length };
}

/** An admin trusts the new key of a known signer, after comparing it by other means. Audited. */
export function repinSigner(env: BundleEnv, pending: Pending, actor: Principal | null, reason: string): void {
  const m = pending.manifest;
  const subject = pinSubject(m);
  const before = findPin(env.db, subject);
  if (!before) throw new AppError('NOT_FOUND', { what: 'pin' });
  const at = env.clock.now();
  env.db.transaction(() => {
    upsertPin(env.db, pinOf(pending, at.toISOString(), actor));
    appendAudit(env.db, actor, { action: 'keys.repin', entity: 'signer', entityId: subject, details: { from: before.fingerprint, to: pending.signerFingerprint, reason } }, at);
  })();
}
