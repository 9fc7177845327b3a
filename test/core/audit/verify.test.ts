import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { headFilePath } from '../../../electron/core/audit/head-file';
import { appendAudit, rowHash, verifyAudit } from '../../../electron/core/audit/log';
import { signHead } from '../../../electron/core/audit/head';
import { DB_FILE_NAME, openDatabase } from '../../../electron/core/db/open';
import { privateKeys } from '../../../electron/core/keys/installation';
import type { AuditRow } from '../../../electron/core/db/queries/audit';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
import { attack, stoppedInstallation } from './stopped-installation';

function verifyStopped(dir: string) {
  const db = openDatabase(path.join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return verifyAudit(db, { headFile: headFilePath(dir) });
  } finally {
    db.close();
  }
}

const COLUMNS = `seq, at, actor_account_id AS actorAccountId, actor_role AS actorRole, action, entity, entity_id AS entityId,
  details, prev_hash AS prevHash, hash`;

/** Rewrites row `seq` and re-hashes every row after it, so the chain itself is intact again. */
function editAndRehash(db: Database.Database, seq: number, details: string): void {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM audit_log WHERE seq >= ? ORDER BY seq`).all(seq) as AuditRow[];
  let prev = (db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq - 1) as string | undefined) ?? '0'.repeat(64);
  const update = db.prepare('UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const changed = { ...row, details: row.seq === seq ? details : row.details, prevHash: prev };
    const hash = rowHash(changed);
    update.run(changed.details, prev, hash, row.seq);
    prev = hash;
  }
}

/** A new last row with a correct hash, as anyone who read rowHash() can make. */
function appendValidRow(db: Database.Database): number {
  const last = db.prepare(`SELECT ${COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT 1`).get() as AuditRow;
  const row = { seq: last.seq + 1, at: last.at, actorAccountId: null, actorRole: null, action: 'cbt.answer', entity: null, entityId: null, details: '{}', prevHash: last.hash };
  db.prepare(
    'INSERT INTO audit_log (seq, at, actor_account_id, actor_role, action, entity, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(row.seq, row.at, null, null, row.action, null, null, row.details, row.prevHash, rowHash(row));
  return row.seq;
}

const kinds = (r: { findings: { kind: string }[] }) => r.findings.map((f) => f.kind);

describe('audit verify against the signed head, the database edited with the app stopped', () => {
  it('an untouched log verifies: intact, and covered to its last row by a head signed with this installation\'s key', async () => {
    const { dir, rows } = await stoppedInstallation();
    const result = verifyStopped(dir);
    expect(result).toMatchObject({ ok: true, rows, firstBroken: null, head: { seq: rows }, findings: [], remote: [] });
    expect(result.head?.fingerprint).toMatch(/^(\d{5} ){5}\d{5}$/);
  });

  it('the last row deleted: truncated, naming the missing row', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.prepare('DELETE FROM audit_log WHERE seq = ?').run(rows));
    const result = verifyStopped(dir);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toBeNull();
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'truncated', severity: 'broken', fromSeq: rows, toSeq: rows })]);
  });

  it('the last 10 rows deleted: truncated, naming the range', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(rows - 10));
    const result = verifyStopped(dir);
    expect(result).toMatchObject({ ok: false, rows: rows - 10 });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'truncated', fromSeq: rows - 9, toSeq: rows })]);
  });

  it('every row deleted: truncated from row 1', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.exec('DELETE FROM audit_log'));
    const result = verifyStopped(dir);
    expect(result).toMatchObject({ ok: false, rows: 0 });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'truncated', fromSeq: 1, toSeq: rows })]);
  });

  it('the end deleted together with the head kept in the database: the head file still shows it', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => {
      db.prepare('DELETE FROM audit_log WHERE seq > ?').run(rows - 3);
      db.exec('DELETE FROM audit_head');
    });
    expect(verifyStopped(dir).findings).toEqual([expect.objectContaining({ kind: 'truncated', fromSeq: rows - 2, toSeq: rows })]);
  });

  it('a row edited and every later row re-hashed: the chain is intact, but its end contradicts the signed head', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => editAndRehash(db, 5, '{"i":"diubah"}'));
    const result = verifyStopped(dir);
    expect(result).toMatchObject({ ok: false, firstBroken: null });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'head_mismatch', severity: 'broken', fromSeq: rows })]);
  });

  it('a row edited without re-hashing: the chain names the row', async () => {
    const { dir } = await stoppedInstallation();
    attack(dir, (db) => db.exec(`UPDATE audit_log SET details = '{"i":99}' WHERE seq = 4`));
    const result = verifyStopped(dir);
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: 'hash_mismatch' } });
    expect(kinds(result)).toEqual(['hash_mismatch']);
  });

  it('a row removed and a later one edited: both are named, not the first break alone', async () => {
    const { dir } = await stoppedInstallation();
    attack(dir, (db) => db.exec(`DELETE FROM audit_log WHERE seq = 3; UPDATE audit_log SET details = '{"i":99}' WHERE seq IN (8, 9)`));
    const result = verifyStopped(dir);
    expect(result).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: 'seq_gap' } });
    // It named row 4 alone: the edit of rows 8 and 9 (a forged reason, say) went unseen.
    expect(result.findings.map((f) => [f.kind, f.fromSeq, f.toSeq])).toEqual([
      ['seq_gap', 4, 4],
      ['hash_mismatch', 8, 9],
    ]);
  });

  it('a row appended with a valid hash after the signed head: not covered by any head, so not ok, naming the row', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => appendValidRow(db));
    const result = verifyStopped(dir);
    expect(result).toMatchObject({ ok: false, rows: rows + 1, firstBroken: null });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'unsigned_tail', severity: 'unanchored', fromSeq: rows + 1, toSeq: rows + 1 })]);
  });

  it('a head signed with another key to cover a rewritten log is refused by the installation key', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => {
      const seq = appendValidRow(db);
      const hash = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq) as string;
      const id = db.prepare('SELECT installation_id FROM installation_key').pluck().get() as string;
      const { privateKey } = crypto.generateKeyPairSync('ed25519');
      const payload = { format: 'ruang-uji-audit-head', formatVersion: 1, installationId: id, n: 1_000_000, seq, hash, signedAt: '2026-01-02T00:00:00.000Z', reason: 'commit', notes: [] } as const;
      const forged = signHead({ ...payload, notes: [] }, { signingKey: privateKey, signingPublic: 'AAAA' });
      db.prepare(
        `UPDATE audit_head SET n = @n, seq = @seq, hash = @hash, payload = @payload, signature = @signature WHERE installation_id = @installationId`,
      ).run(forged);
    });
    const result = verifyStopped(dir);
    expect(result.ok).toBe(false);
    expect(kinds(result)).toEqual(['head_bad_signature', 'unsigned_tail']);
    expect(result.head?.seq).toBe(rows);
  });
});

describe('what the app does with a log changed while it was stopped', () => {
  it('rows found beyond the head at start-up are signed then, and every later verify lists them as adopted', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => appendValidRow(db));
    const core = await tempCore({ dataDir: dir });
    core.close();
    const result = verifyStopped(dir);
    expect(result).toMatchObject({ ok: true, head: { seq: rows + 1 } });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'adopted', severity: 'notice', fromSeq: rows + 1, toSeq: rows + 1 })]);
  });

  it('a log that contradicts its head at start-up is never signed over silently: not ok for good', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(rows - 10));
    const core = await tempCore({ dataDir: dir });
    core.db.transaction(() => appendAudit(core.db, null, { action: 'test.after' }, new Date(Date.UTC(2026, 0, 2))))();
    core.close();
    const result = verifyStopped(dir);
    expect(result.ok).toBe(false);
    expect(result.head?.seq).toBe(rows - 9);
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'contradicted', severity: 'broken', fromSeq: rows, toSeq: rows - 10 })]);
  });

  it('keys locked after a restart: rows are reported unsigned until a key holder unlocks, then signed as the app\'s own', async () => {
    const dir = tempDir();
    const first = await tempCore({ dataDir: dir });
    // The first key holder's sign-in wraps the data key and removes the clear key file: locked at the next start.
    await signInAs(first, 'admin');
    first.close();

    const core = await tempCore({ dataDir: dir });
    expect(core.context.vault.unlocked).toBe(false);
    core.db.transaction(() => appendAudit(core.db, null, { action: 'test.locked' }, new Date(Date.UTC(2026, 0, 2))))();
    const locked = verifyAudit(core.db, { headFile: headFilePath(dir) });
    expect(locked.ok).toBe(false);
    expect(kinds(locked)).toEqual(['unsigned_tail']);

    const token = await signInAs(core, 'admin');
    expect(core.context.vault.unlocked).toBe(true);
    // Through the API, as the admin would: the head file is brought up to date before checking.
    const unlocked = await call(core, 'audit/verify', {}, token);
    expect(unlocked).toMatchObject({ ok: true, findings: [] });
    expect(privateKeys(core.db, core.context.vault).installationId).toBe(unlocked.head?.installationId);
  });
});
