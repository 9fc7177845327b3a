import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { headFilePath } from '../../../electron/core/audit/head-file';
import { rowHash, verifyAudit } from '../../../electron/core/audit/log';
import { signHead } from '../../../electron/core/audit/head';
import { applyImport, previewImport } from '../../../electron/core/bundles/import';
import { exportBundle } from '../../../electron/core/bundles/export';
import { DB_FILE_NAME, openDatabase } from '../../../electron/core/db/open';
import type { AuditRow } from '../../../electron/core/db/queries/audit';
import { call, demoSessionId, signInAs, tempCore } from '../../support/core';
import { count, env, lspCore, sessionAtTuk, upload } from '../../support/bundles';

/** TUK → LSP: results exported after the exam day, imported and confirmed at the LSP. */
async function resultsAtLsp(): Promise<{ lsp: Core; tuk: Core; tukId: string }> {
  const { lsp, tuk, proctor } = await sessionAtTuk();
  const sessionId = demoSessionId(tuk);
  await call(tuk, 'exam/startSession', { sessionId }, proctor);
  await call(tuk, 'exam/addIncident', { sessionId, text: 'Listrik padam 5 menit; semua jawaban tersimpan.' }, proctor);
  const exported = await call(tuk, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor);
  const admin = await signInAs(lsp, 'admin');
  const preview = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, exported.filePath), expectKind: 'results' }, admin);
  await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
  const tukId = tuk.db.prepare('SELECT installation_id FROM installation_key').pluck().get() as string;
  return { lsp, tuk, tukId };
}

/** The LSP's database edited with the app stopped, triggers dropped first as an attacker would. */
function attackStopped(core: Core, edit: (db: Database.Database) => void) {
  core.close();
  const db = new Database(path.join(core.dataDir, DB_FILE_NAME));
  db.exec('DROP TRIGGER remote_audit_log_no_update; DROP TRIGGER remote_audit_log_no_delete;');
  edit(db);
  db.close();
  const ro = openDatabase(path.join(core.dataDir, DB_FILE_NAME), { readonly: true });
  try {
    return verifyAudit(ro, { headFile: headFilePath(core.dataDir) });
  } finally {
    ro.close();
  }
}

const REMOTE = `seq, at, actor_account_id AS actorAccountId, actor_role AS actorRole, action, entity, entity_id AS entityId,
  details, prev_hash AS prevHash, hash`;

describe('signed heads in bundles, and the logs received from TUKs', () => {
  it('a results bundle carries the TUK\'s signed head; the LSP checks the received log against it with the pinned key', async () => {
    const { lsp, tuk, tukId } = await resultsAtLsp();
    const heads = lsp.db.prepare('SELECT source_installation_id AS source, seq, reason FROM remote_audit_head').all();
    // The head signed at export covers exactly the rows sent (the export's own audit row comes after it).
    const sent = count(lsp.db, 'remote_audit_log');
    expect(heads).toEqual([{ source: tukId, seq: sent, reason: 'export' }]);
    expect(sent).toBe(count(tuk.db, 'audit_log') - 1);
    const result = verifyAudit(lsp.db, { headFile: headFilePath(lsp.dataDir) });
    expect(result.remote).toEqual([expect.objectContaining({ installationId: tukId, ok: true, rows: sent, head: expect.objectContaining({ seq: sent }), findings: [] })]);
    expect(result.ok).toBe(true);
  });

  it('the received log cannot be deleted or changed in the running app', async () => {
    const { lsp } = await resultsAtLsp();
    expect(() => lsp.db.exec('DELETE FROM remote_audit_log WHERE seq = 1')).toThrow(/append-only/);
    expect(() => lsp.db.exec("UPDATE remote_audit_log SET action = 'x'")).toThrow(/append-only/);
    expect(() => lsp.db.exec('DELETE FROM remote_audit_head')).toThrow(/append-only/);
  });

  it('the received log\'s last rows deleted in the file: truncated, named under that TUK', async () => {
    const { lsp, tukId } = await resultsAtLsp();
    const sent = count(lsp.db, 'remote_audit_log');
    const result = attackStopped(lsp, (db) => db.prepare('DELETE FROM remote_audit_log WHERE seq > ?').run(sent - 2));
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([]);
    expect(result.remote).toEqual([
      expect.objectContaining({ installationId: tukId, ok: false, findings: [expect.objectContaining({ kind: 'truncated', fromSeq: sent - 1, toSeq: sent })] }),
    ]);
  });

  it('a received row edited and the rest re-hashed: contradicts the TUK\'s head', async () => {
    const { lsp } = await resultsAtLsp();
    const sent = count(lsp.db, 'remote_audit_log');
    const result = attackStopped(lsp, (db) => {
      const rows = db.prepare(`SELECT ${REMOTE} FROM remote_audit_log ORDER BY seq`).all() as AuditRow[];
      let prev = '0'.repeat(64);
      const update = db.prepare('UPDATE remote_audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?');
      for (const row of rows) {
        const changed = { ...row, details: row.seq === 2 ? '{"diubah":true}' : row.details, prevHash: prev };
        prev = rowHash(changed);
        update.run(changed.details, changed.prevHash, prev, row.seq);
      }
    });
    expect(result.remote[0]).toMatchObject({ ok: false, firstBroken: null, findings: [expect.objectContaining({ kind: 'head_mismatch', fromSeq: sent })] });
  });

  it('a later head forged for the TUK with another key is refused by the pinned key', async () => {
    const { lsp, tukId } = await resultsAtLsp();
    const sent = count(lsp.db, 'remote_audit_log');
    const result = attackStopped(lsp, (db) => {
      db.exec('DROP TRIGGER remote_audit_head_no_update');
      const { privateKey } = crypto.generateKeyPairSync('ed25519');
      const forged = signHead(
        { format: 'ruang-uji-audit-head', formatVersion: 1, installationId: tukId, n: 99, seq: 1, hash: 'x', signedAt: '2026-01-02T00:00:00.000Z', reason: 'export', notes: [] },
        { signingKey: privateKey, signingPublic: 'AAAA' },
      );
      db.prepare(
        `INSERT INTO remote_audit_head (source_installation_id, n, seq, hash, signed_at, reason, signing_public, payload, signature)
         VALUES (@installationId, @n, @seq, @hash, @signedAt, @reason, @signingPublic, @payload, @signature)`,
      ).run(forged);
    });
    expect(result.remote[0]).toMatchObject({ ok: false, head: { seq: sent } });
    expect(result.remote[0].findings.map((f) => f.kind)).toEqual(['head_bad_signature']);
  });

  it('a backup bundle carries the signed head; restored elsewhere, it is checked as the head of the installation it came from', async () => {
    const lsp = await lspCore();
    await signInAs(lsp, 'admin');
    const backup = await exportBundle(env(lsp), { kind: 'backup', to: { generatePassphrase: true }, operationId: crypto.randomUUID(), actor: null });
    const lspId = lsp.db.prepare('SELECT installation_id FROM installation_key').pluck().get();
    const signed = lsp.db.prepare('SELECT seq, reason FROM audit_head').get();
    expect(signed).toMatchObject({ reason: 'backup' });

    const empty = await tempCore({ demoIfEmpty: false });
    const pending = await previewImport(env(empty), { file: backup.filePath, passphrase: backup.generatedPassphrase, expectKind: 'backup' });
    applyImport(env(empty), pending, null, { confirmSigner: pending.preview.signer.fingerprint });
    expect(empty.db.prepare('SELECT installation_id AS id, seq, reason FROM audit_head WHERE installation_id = ?').get(lspId)).toEqual({ id: lspId, ...(signed as object) });
    empty.context.anchor.sign('verify');
    const result = verifyAudit(empty.db, { headFile: headFilePath(empty.dataDir) });
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'foreign_head', severity: 'notice', fromSeq: (signed as { seq: number }).seq })]);
  });
});
