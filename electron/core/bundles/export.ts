import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { SessionConflict } from '../../shared/scheduling';
import type { BundleKind, ExportResult } from '../../shared/types';
import { blobPath } from '../attachments/store';
import { appendAudit } from '../audit/log';
import { localDate, localTimeParts } from '../clock';
import { readUserVersion } from '../db/open';
import * as q from '../db/queries/bundles';
import { findPin } from '../db/queries/keys';
import { recordExport } from '../db/queries/session-handover';
import { exportCheck } from '../scheduling/handover';
import { privateKeys } from '../keys/installation';
import { generatePassphrase, isStrongPassphrase } from '../keys/passphrase';
import type { Recipients } from './cipher';
import type { BundleEnv } from './env';
import { readLinesSync } from './lines';
import type { Manifest } from './manifest';
import { readBundle } from './reader';
import { backupRules } from './kinds/backup';
import { resultsRules } from './kinds/results';
import { sessionRules } from './kinds/session';
import type { Scope, TableRule } from './rules';
import { spillTables } from './spill';
import { safeFileName, scratchName, transferDir } from './transfers';
import { sha256OfFile, writeBundle, type SourceEntry } from './writer';

export type ExportTo = { passphrase?: string; generatePassphrase?: boolean; recipients?: readonly string[] };

export type ExportRequest = {
  kind: BundleKind;
  sessionId?: string;
  /** results from a standalone lab PC: its name, shown when the proctor station merges. */
  partialStation?: string;
  to: ExportTo;
  operationId: string;
  outFile?: string;
  signal?: AbortSignal;
  actor: Principal | null;
  /** Tests only. */
  formatVersionOverride?: number;
};

const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

type Plan = {
  rules: readonly TableRule[];
  scope: Scope;
  header: Pick<Manifest, 'kind' | 'lsp' | 'tuk' | 'session' | 'basedOn' | 'partial'> & { label: string };
  attachmentsFrom: string | null;
  /** Keys the bundle must always be encrypted to (the LSP's, for results). */
  forced: string[];
  extraCounts: Record<string, number>;
  /** A planned session's pending conflicts, returned with the export as a warning. */
  pending?: SessionConflict[];
};

function plan(env: BundleEnv, req: ExportRequest, installationId: string): Plan {
  const { db } = env;
  if (req.kind === 'backup') {
    return {
      rules: backupRules(db),
      scope: {},
      header: { kind: 'backup', lsp: null, tuk: null, session: null, basedOn: null, partial: null, label: 'backup' },
      attachmentsFrom: 'attachment',
      forced: [],
      extraCounts: { schema_version: readUserVersion(db) },
    };
  }
  const s = req.sessionId ? q.sessionScope(db, req.sessionId) : undefined;
  if (!s) throw new AppError('NOT_FOUND', { what: 'session' });
  const refs = {
    lsp: { id: s.lspId, code: s.lspCode, name: s.lspName },
    tuk: { id: s.tukId, code: s.tukCode, name: s.tukName },
    session: { id: s.sessionId, code: s.sessionCode, name: s.sessionTitle },
  };
  if (req.kind === 'session') {
    if (req.actor?.lspId && req.actor.lspId !== s.lspId) throw new AppError('NOT_FOUND', { what: 'session' });
    // Refused while the plan breaks a rule; pending conflicts travel with the bundle and come back as a warning.
    const pending = exportCheck(db, s.lspId, s.sessionId, env.clock.now());
    return {
      pending,
      rules: sessionRules,
      scope: { sessionId: s.sessionId, lspId: s.lspId, tukId: s.tukId, schemeId: s.schemeId },
      header: { kind: 'session', ...refs, basedOn: null, partial: null, label: s.lspName },
      attachmentsFrom: 'attachment',
      forced: [],
      extraCounts: {},
    };
  }
  // Results go to the LSP key that came in the session bundle, and only there (plus, for a lab PC's
  // partial results, the proctor station's key so it can merge them).
  const lspPin = findPin(db, `lsp:${s.lspId}`);
  if (!lspPin) {
    // On the LSP's own installation (the demo, or an LSP running a session at its office) the results are
    // already where the LSP reviews them: there is nowhere to carry them, and no session bundle to import.
    if (req.actor?.lspId === s.lspId) throw new AppError('BUNDLE_RESULTS_AT_HOME', { lsp: s.lspName });
    throw new AppError('BUNDLE_NO_LSP_KEY', { lsp: s.lspName });
  }
  return {
    rules: resultsRules,
    scope: { sessionId: s.sessionId, installationId },
    header: {
      kind: 'results',
      ...refs,
      basedOn: q.latestSessionBundle(db, s.sessionId),
      partial: req.partialStation ? { station: req.partialStation } : null,
      label: req.partialStation ? `${s.tukName} · ${req.partialStation}` : s.tukName,
    },
    attachmentsFrom: null,
    forced: [lspPin.ageRecipient],
    extraCounts: {},
  };
}

function recipientsFor(env: BundleEnv, req: ExportRequest, forced: string[]): { to: Recipients; generated: string | null; list: string[] } {
  const extra = [...(req.to.recipients ?? [])];
  for (const r of extra) if (!AGE_RECIPIENT.test(r)) throw new AppError('BUNDLE_BAD_RECIPIENT', { recipient: r.slice(0, 80) });
  const wantsPassphrase = req.to.generatePassphrase || req.to.passphrase !== undefined;
  // age allows a passphrase only as the single recipient of a file.
  if (wantsPassphrase && (extra.length || forced.length)) throw new AppError('BUNDLE_PASSPHRASE_AND_KEYS');
  if (wantsPassphrase) {
    const generated = req.to.generatePassphrase ? generatePassphrase() : null;
    const passphrase = generated ?? req.to.passphrase ?? '';
    if (!generated && !isStrongPassphrase(passphrase)) throw new AppError('BUNDLE_PASSPHRASE_WEAK');
    return { to: { passphrase, scryptLogN: env.scryptLogN }, generated, list: ['passphrase'] };
  }
  const list = [...new Set([...forced, ...extra])];
  if (list.length === 0) throw new AppError('BUNDLE_NO_RECIPIENT');
  return { to: { recipients: list }, generated: null, list };
}

function attachmentEntries(env: BundleEnv, spilledAttachmentFile: string | null): SourceEntry[] {
  if (!spilledAttachmentFile) return [];
  const seen = new Map<string, number>();
  for (const line of readLinesSync(spilledAttachmentFile)) {
    if (!line) continue;
    const row = JSON.parse(line) as { sha256: string; size: number };
    seen.set(row.sha256, row.size);
  }
  return [...seen.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sha256, size]) => ({ path: `attachments/${sha256}`, size, sha256, rows: null, file: blobPath(env.dataDir, sha256) }));
}

export async function exportBundle(env: BundleEnv, req: ExportRequest): Promise<ExportResult> {
  const { db, clock } = env;
  const keys = privateKeys(db, env.vault);
  const p = plan(env, req, keys.installationId);
  const recipients = recipientsFor(env, req, p.forced);
  const now = clock.now();
  // This computer's local time, as the screens show it (a UTC stamp read 7 to 9 hours off at a venue); still sorts.
  const { hours, minutes, seconds } = localTimeParts(now);
  const stamp = `${localDate(now).replace(/-/g, '')}-${hours}${minutes}${seconds}`;
  const name = safeFileName(`${req.kind}-${p.header.session?.code ?? 'installation'}${p.header.partial ? '-' + p.header.partial.station : ''}-${stamp}-${crypto.randomBytes(3).toString('hex')}`) + '.uji';
  const outFile = req.outFile ?? path.join(transferDir(env.dataDir, 'exports'), name);
  if (fs.existsSync(outFile)) throw new AppError('BUNDLE_FILE_EXISTS', { file: path.basename(outFile) });
  const workDir = fs.mkdtempSync(path.join(transferDir(env.dataDir, 'work'), scratchName('')));
  const report = env.progress;
  try {
    report?.({ operationId: req.operationId, phase: 'collect', bytes: 0, totalBytes: null, entries: 0, totalEntries: null });
    // The head signed now is the one the snapshot carries: results send the rows it covers, a backup all of them.
    if (req.kind !== 'session') env.settleAudit?.();
    env.anchor?.sign(req.kind === 'backup' ? 'backup' : 'export');
    const spilled = spillTables(db, workDir, p.rules, p.scope);
    const attachmentRows = p.attachmentsFrom ? spilled.entries.find((e) => e.path === `data/${p.attachmentsFrom}.ndjson`) : undefined;
    const attachments = attachmentEntries(env, attachmentRows?.file ?? null);
    const entries = [...spilled.entries, ...attachments];
    const written = await writeBundle({
      outFile,
      keys,
      to: recipients.to,
      header: { ...p.header, counts: { ...spilled.counts, attachments: attachments.length, ...p.extraCounts } },
      entries,
      appVersion: env.version,
      now,
      signal: req.signal,
      formatVersionOverride: req.formatVersionOverride,
      onProgress: (pr) => report?.({ operationId: req.operationId, ...pr }),
    });
    // Re-read before reporting success: the whole bundle when we hold a key that opens it, else the
    // bytes on disk against the bytes we streamed.
    report?.({ operationId: req.operationId, phase: 'verify', bytes: 0, totalBytes: written.size, entries: 0, totalEntries: null });
    const canOpen = recipients.to.passphrase !== undefined || recipients.list.includes(keys.ageRecipient);
    try {
      if ((await sha256OfFile(outFile)) !== written.sha256) throw new AppError('BUNDLE_VERIFY_FAILED');
      if (canOpen && req.formatVersionOverride === undefined) {
        const check = await readBundle(outFile, { identities: [keys.ageIdentity], passphrase: recipients.to.passphrase }, null, { signal: req.signal });
        if (check.manifest.bundleId !== written.manifest.bundleId) throw new AppError('BUNDLE_VERIFY_FAILED');
      }
    } catch (err) {
      fs.rmSync(outFile, { force: true });
      if (err instanceof AppError && err.code === 'BUNDLE_CANCELLED') throw err;
      throw err instanceof AppError && err.code === 'BUNDLE_VERIFY_FAILED' ? err : new AppError('BUNDLE_VERIFY_FAILED');
    }
    db.transaction(() => {
      appendAudit(
        db,
        req.actor,
        {
          action: 'bundle.export',
          entity: 'bundle',
          entityId: written.manifest.bundleId,
          details: {
            kind: req.kind,
            session: p.header.session?.code ?? null,
            partial: p.header.partial?.station ?? null,
            file: path.basename(outFile),
            sha256: written.sha256,
            bytes: written.size,
            recipients: recipients.list.map((r) => (r === 'passphrase' ? r : r.slice(0, 12) + '…')),
          },
        },
        now,
      );
      // sessions/get compares this with the session's changed_at: "changed since its export".
      if (req.kind === 'session' && p.header.session) recordExport(db, { sessionId: p.header.session.id, bundleId: written.manifest.bundleId, at: now.toISOString(), by: req.actor?.accountId ?? null });
    })();
    return {
      operationId: req.operationId,
      bundleId: written.manifest.bundleId,
      kind: req.kind,
      fileName: path.basename(outFile),
      filePath: outFile,
      bytes: written.size,
      sha256: written.sha256,
      fingerprint: keys.fingerprint,
      generatedPassphrase: recipients.generated,
      recipients: recipients.list,
      verified: canOpen ? 'full' : 'bytes',
      ...(p.pending?.length ? { pendingConflicts: p.pending } : {}),
    };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
