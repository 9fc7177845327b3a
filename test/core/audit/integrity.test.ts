import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { headFilePath } from '../../../electron/core/audit/head-file';
import { rowHash } from '../../../electron/core/audit/log';
import { signHead } from '../../../electron/core/audit/head';
import type { AuditRow } from '../../../electron/core/db/queries/audit';
import type { Core } from '../../../electron/core';
import type { AuditIntegrity } from '../../../electron/shared/types';
import { call, signInAs, tempCore } from '../../support/core';
import { attack, stoppedInstallation } from './stopped-installation';

const COLUMNS = `seq, at, actor_account_id AS actorAccountId, actor_role AS actorRole, action, entity, entity_id AS entityId,
  details, prev_hash AS prevHash, hash`;

function editAndRehash(db: Database.Database, seq: number, details: string): void {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM audit_log WHERE seq >= ? ORDER BY seq`).all(seq) as AuditRow[];
  let prev = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq - 1) as string;
  const update = db.prepare('UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const changed = { ...row, details: row.seq === seq ? details : row.details, prevHash: prev };
    const hash = rowHash(changed);
    update.run(changed.details, prev, hash, row.seq);
    prev = hash;
  }
}

/** The core started on the folder, and what its check found once the background walk of the whole log ended. */
async function started(dir: string): Promise<{ core: Core; atStart: AuditIntegrity; done: AuditIntegrity }> {
  let resolve!: (state: AuditIntegrity) => void;
  const finished = new Promise<AuditIntegrity>((r) => (resolve = r));
  const core = await tempCore({ dataDir: dir, onAuditIntegrity: (state) => state.full === 'done' && resolve(state) });
  const atStart = core.context.integrity.current();
  return { core, atStart, done: await finished };
}

const found = (state: AuditIntegrity) => state.findings.map((f) => [f.kind, f.fromSeq, f.toSeq]);

describe('the audit log checked at every start, after an edit made while the app was stopped', () => {
  it('an untouched log: nothing found, at start or by the whole walk', async () => {
    const { dir, rows } = await stoppedInstallation();
    const { core, atStart, done } = await started(dir);
    expect(atStart).toMatchObject({ full: 'running', findings: [] });
    expect(done).toMatchObject({ full: 'done', findings: [], rows, lastSeq: rows });
    core.close();
  });

  it("the head's own row edited, its hash left: named at once, before the app signs a new head over it", async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.prepare(`UPDATE audit_log SET details = '{"i":99}' WHERE seq = ?`).run(rows));
    const { core, atStart, done } = await started(dir);
    expect(found(atStart)).toEqual([['hash_mismatch', rows, rows]]);
    expect(found(done)).toEqual([['hash_mismatch', rows, rows]]);
    core.close();
  });

  it('a row edited and every later row re-hashed: the head contradicted, named at once', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => editAndRehash(db, rows - 5, '{"i":99}'));
    const { core, atStart } = await started(dir);
    expect(found(atStart)).toEqual([['head_mismatch', rows, rows]]);
    core.close();
  });

  it('a row before the head edited without re-hashing: the background walk names it', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.prepare(`UPDATE audit_log SET details = '{"i":99}' WHERE seq = ?`).run(rows - 5));
    const { core, atStart, done } = await started(dir);
    expect(atStart.findings).toEqual([]);
    expect(found(done)).toEqual([['hash_mismatch', rows - 5, rows - 5]]);
    expect(done.findings[0]).toMatchObject({ severity: 'broken' });
    core.close();
  });

  it('a row in the middle deleted: the background walk names the gap', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.prepare('DELETE FROM audit_log WHERE seq = ?').run(rows - 5));
    const { core, done } = await started(dir);
    expect(found(done)).toEqual([['seq_gap', rows - 4, rows - 4]]);
    core.close();
  });

  it('the last rows deleted: named at once, and still at every later start (the contradiction is signed into every head)', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(rows - 3));
    const first = await started(dir);
    expect(found(first.atStart)).toEqual([['truncated', rows - 2, rows]]);
    first.core.close();
    const again = await started(dir);
    expect(again.atStart.findings.map((f) => f.kind)).toEqual(['contradicted']);
    again.core.close();
  });

  it('the head file replaced by one signed with another key: the forged head named at once', async () => {
    const { dir, rows } = await stoppedInstallation();
    const file = headFilePath(dir);
    const real = JSON.parse(fs.readFileSync(file, 'utf8')) as { installationId: string; hash: string };
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    const payload = { format: 'ruang-uji-audit-head', formatVersion: 1, installationId: real.installationId, n: 1_000_000, seq: rows, hash: real.hash, signedAt: '2026-01-02T00:00:00.000Z', reason: 'commit', notes: [] } as const;
    fs.writeFileSync(file, JSON.stringify(signHead({ ...payload, notes: [] }, { signingKey: privateKey, signingPublic: 'AAAA' })));
    const { core, atStart } = await started(dir);
    expect(found(atStart)).toEqual([['head_bad_signature', rows, rows]]);
    core.close();
  });

  it("the head file replaced by another installation's: named at once, as its head does not hold here", async () => {
    const { dir } = await stoppedInstallation();
    const other = await stoppedInstallation(40);
    fs.copyFileSync(headFilePath(other.dir), headFilePath(dir));
    const { core, atStart } = await started(dir);
    expect(found(atStart)).toEqual([['head_mismatch', other.rows, other.rows]]);
    core.close();
  });

  it('does not stop the exam day: the app answers, and tells the admin and the proctor what failed', async () => {
    const { dir, rows } = await stoppedInstallation();
    attack(dir, (db) => db.prepare(`UPDATE audit_log SET details = '{"i":99}' WHERE seq = ?`).run(rows));
    const { core } = await started(dir);
    for (const who of ['admin', 'proctor'] as const) {
      const state = await call(core, 'audit/integrity', {}, await signInAs(core, who));
      expect(found(state)).toEqual([['hash_mismatch', rows, rows]]);
    }
    core.close();
  });
});

describe('the whole walk in the background', () => {
  it('gives the event loop back between slices: the core answers while it runs, and it ends where the log ended at start', async () => {
    const { dir } = await stoppedInstallation(20_000);
    let onDone: (state: AuditIntegrity) => void = () => {};
    const core = await tempCore({ dataDir: dir, onAuditIntegrity: (state) => state.full === 'done' && onDone(state) });
    const token = await signInAs(core, 'admin');
    // The walk starts over here (as after a restore): the start's own walk may end while the sign-in is
    // hashed on a fast machine, which made this test depend on the machine's speed.
    const finished = new Promise<AuditIntegrity>((r) => (onDone = r));
    core.context.integrity.stop();
    const lastSeq = core.context.integrity.run().lastSeq;
    // Answered while the walk has not ended: no call waits for the whole log.
    const meanwhile = await call(core, 'audit/integrity', {}, token);
    expect(meanwhile.full).toBe('running');
    // The turns of the event loop the walk let through before it ended: one blocking walk would let none.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      if (!ticking) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const done = await finished;
    ticking = false;
    expect(turns).toBeGreaterThan(2);
    expect(done).toMatchObject({ full: 'done', rows: lastSeq, lastSeq, findings: [] });
    core.close();
  });

  it('run again (as after a restore): starts over on the log as it is now', async () => {
    const { dir } = await stoppedInstallation();
    const { core } = await started(dir);
    const before = core.context.integrity.current().checkedAt;
    core.context.integrity.stop();
    expect(core.context.integrity.run().full).toBe('running');
    expect(core.context.integrity.current().checkedAt >= before).toBe(true);
    core.close();
  });
});
