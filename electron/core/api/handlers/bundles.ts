import fs from 'node:fs';
import path from 'node:path';
import { AppError, type ErrorReason } from '../../../shared/errors';
import type { BundleKind } from '../../../shared/types';
import type { BundleEnv } from '../../bundles/env';
import { exportBundle } from '../../bundles/export';
import { registryLsp } from '../../registry/scope';
import { exportCheck } from '../../scheduling/handover';
import { applyImport, discardImport, previewImport, repinSigner } from '../../bundles/import';
import { readBundle } from '../../bundles/reader';
import { SESSION_ROWS, sessionStartOf } from '../../bundles/session-start';
import { privateKeys } from '../../keys/installation';
import { transferDir } from '../../bundles/transfers';
import { setupStatus } from '../../setup/installation';
import { me, type CallContext, type CoreContext, type Handlers } from '../context';

export function bundleEnv(core: CoreContext): BundleEnv {
  return {
    db: core.db,
    dataDir: core.dataDir,
    vault: core.vault,
    clock: core.clock,
    version: core.version,
    scryptLogN: core.bundles.scryptLogN,
    progress: (p) => core.events.emit('bundles/progress', p),
    anchor: core.anchor,
    settleAudit: () => core.examDay.heldRefusals.flush(core.clock.now(), true),
  };
}

/** Files come in through the room server's upload route (or the Electron file picker) under an id. */
export function uploadedFile(core: CoreContext, uploadId: string): string {
  const file = path.join(transferDir(core.dataDir, 'uploads'), `${uploadId}.uji`);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', { what: 'upload' });
  return file;
}

/**
 * Which bundles each role takes in: the LSP receives results, the TUK sessions and lab PCs' partials.
 * A backup goes only into an installation without accounts, where no one can sign in: bundles/bootstrap.ts.
 */
const IMPORTS: Record<string, readonly BundleKind[]> = { lsp_admin: ['results'], proctor: ['session', 'results'] };

/**
 * Who imports this kind instead: an admin with a session bundle learns it belongs with the TUK's proctor — on the
 * TUK's computer, or, on a TUK station already, under a proctor's account; anyone else, the roles that import it.
 */
function importRefused(role: string, kind: BundleKind, atTukStation: boolean): AppError {
  const adminWithSession = role === 'lsp_admin' && kind === 'session';
  const where: ErrorReason = adminWithSession
    ? { code: atTukStation ? 'BUNDLE_SESSION_BY_PROCTOR' : 'BUNDLE_SESSION_AT_TUK', params: {} }
    : { code: 'ROLE_ALLOWED', params: { allowed: Object.keys(IMPORTS).filter((r) => IMPORTS[r]?.includes(kind)).join(',') } };
  return new AppError('FORBIDDEN', { role, method: 'bundles/preview' }, undefined, [where]);
}

async function withOperation<T>(call: CallContext, operationId: string, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const { operations } = call.core.bundles;
  if (operations.has(operationId)) throw new AppError('BAD_ARGS', { method: 'bundles', details: 'operationId in use' });
  const controller = new AbortController();
  operations.set(operationId, controller);
  try {
    return await run(controller.signal);
  } finally {
    operations.delete(operationId);
  }
}

function pendingFor(call: CallContext, importId: string) {
  const principal = me(call);
  const pending = call.core.bundles.pending.get(importId);
  if (!pending || pending.accountId !== principal.accountId) throw new AppError('NOT_FOUND', { what: 'import' });
  return pending;
}

export const bundleHandlers = {
  // The export's own check (bundles/export.ts plan), run ahead of it: the same warnings, before the file.
  'bundles/exportSessionCheck': ({ sessionId }, call) => exportCheck(call.core.db, registryLsp(me(call)), sessionId, call.core.clock.now()),

  'bundles/exportSession': ({ sessionId, operationId, to }, call) =>
    withOperation(call, operationId, (signal) =>
      exportBundle(bundleEnv(call.core), { kind: 'session', sessionId, operationId, to, signal, actor: me(call) }),
    ),

  'bundles/exportResults': ({ sessionId, operationId, partialStation, recipients }, call) =>
    withOperation(call, operationId, (signal) =>
      exportBundle(bundleEnv(call.core), { kind: 'results', sessionId, partialStation, operationId, to: { recipients }, signal, actor: me(call) }),
    ),

  'bundles/exportBackup': ({ operationId, to }, call) =>
    withOperation(call, operationId, (signal) => exportBundle(bundleEnv(call.core), { kind: 'backup', operationId, to, signal, actor: me(call) })),

  'bundles/inspect': async ({ uploadId, passphrase }, call) => {
    me(call);
    const file = uploadedFile(call.core, uploadId);
    try {
      const keys = privateKeys(call.core.db, call.core.vault);
      const read = await readBundle(file, { identities: [keys.ageIdentity], passphrase }, null, { keep: [SESSION_ROWS] });
      return {
        manifest: read.manifest,
        manifestSha256: read.manifestSha256,
        signerFingerprint: read.signerFingerprint,
        sessionStart: sessionStartOf(read.kept.get(SESSION_ROWS), read.manifest.session?.id ?? null),
      };
    } finally {
      fs.rmSync(file, { force: true });
    }
  },

  'bundles/cancel': ({ operationId }, call) => {
    me(call);
    const controller = call.core.bundles.operations.get(operationId);
    controller?.abort();
    return { cancelled: Boolean(controller) };
  },

  'bundles/preview': async ({ uploadId, passphrase, expectKind, operationId }, call) => {
    const principal = me(call);
    if (!IMPORTS[principal.role]?.includes(expectKind)) throw importRefused(principal.role, expectKind, setupStatus(call.core.db).kind === 'tuk');
    const file = uploadedFile(call.core, uploadId);
    try {
      const pending = await previewImport(bundleEnv(call.core), { file, passphrase, expectKind, operationId });
      // One open preview per person: an abandoned one is discarded (its plaintext with it) by the next.
      for (const [id, other] of call.core.bundles.pending) {
        if (other.accountId === principal.accountId) {
          discardImport(other);
          call.core.bundles.pending.delete(id);
        }
      }
      call.core.bundles.pending.set(pending.importId, { ...pending, accountId: principal.accountId });
      return pending.preview;
    } finally {
      // The verified entries now sit in staging; the upload itself is no longer needed.
      fs.rmSync(file, { force: true });
    }
  },

  'bundles/apply': ({ importId, confirmSigner }, call) => {
    const pending = pendingFor(call, importId);
    // Applied or refused, the preview is over: applyImport has removed its decrypted staging.
    call.core.bundles.pending.delete(importId);
    return applyImport(bundleEnv(call.core), pending, me(call), { confirmSigner });
  },

  'bundles/discard': ({ importId }, call) => {
    const pending = pendingFor(call, importId);
    discardImport(pending);
    call.core.bundles.pending.delete(importId);
    return { discarded: true };
  },

  'bundles/repin': ({ importId, reason }, call) => {
    const pending = pendingFor(call, importId);
    if (pending.preview.signer.status !== 'rekeyed') throw new AppError('NOT_FOUND', { what: 'pin' });
    repinSigner(bundleEnv(call.core), pending, me(call), reason);
    const preview = { ...pending.preview, signer: { ...pending.preview.signer, status: 'pinned' as const, pinnedFingerprint: pending.preview.signer.fingerprint } };
    call.core.bundles.pending.set(importId, { ...pending, preview });
    return preview;
  },
} satisfies Partial<Handlers>;
