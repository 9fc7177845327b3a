// Certificate numbers under two processes at once and after a kill -9 mid-issue: never a number twice,
// never a gap in the counter values, the counter row always the highest value issued.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { issueCertificates } from '../../../electron/core/certificates/issue';
import { DB_FILE_NAME, openDatabase, type Db } from '../../../electron/core/db/open';
import type { Principal } from '../../../electron/shared/roles';
import { TEST_PASSWORD_COST, tempDir } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { certificateRows, fixedClock } from './support';

const CHILD = fileURLToPath(new URL('./issue-child.ts', import.meta.url));

/** A demo installation with two signed plenos, closed again so that only the children write to it. */
async function installation(sizes: number[]): Promise<{ file: string; plenoIds: string[]; core: Core }> {
  const dataDir = tempDir();
  const core = await createCore({ dataDir, demoIfEmpty: true, passwordCost: TEST_PASSWORD_COST, log: () => {}, clock: fixedClock });
  setSchemePolicy(core.db, '85499');
  const plenoIds = sizes.map((n, i) => seedSignedPleno(core.db, { candidates: n, tag: `P${i}` }).plenoId);
  return { file: path.join(dataDir, DB_FILE_NAME), plenoIds, core };
}

function child(file: string, plenoId: string, batch: number) {
  return fork(CHILD, [file, plenoId, '2026-11-20', String(batch)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
}

function finished(p: ReturnType<typeof child>): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }> {
  let out = '';
  let err = '';
  p.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => p.on('exit', (code, signal) => resolve({ code, signal, out, err })));
}

/** Every scope's values run 1..n without a gap, the counter row holds n, and no number appears twice. */
function assertContiguous(db: Db | { db: Db }): number {
  const rows = certificateRows('db' in db ? db : { db });
  const handle = 'db' in db ? db.db : db;
  const counters = handle.prepare('SELECT scope, value FROM certificate_counter').all() as { scope: string; value: number }[];
  for (const { scope, value } of counters) {
    const values = rows.filter((r) => r.counter_scope === scope).map((r) => r.counter_value);
    expect(values).toEqual(Array.from({ length: value }, (_, i) => i + 1));
  }
  expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
  expect(new Set(rows.map((r) => r.registration_number)).size).toBe(rows.length);
  expect(new Set(rows.map((r) => r.candidate_id)).size).toBe(rows.length);
  return rows.length;
}

describe('certificate numbers across processes', () => {
  it('two processes issuing different plenos at once take unique, contiguous numbers', async () => {
    const { file, plenoIds, core } = await installation([300, 300]);
    core.close();
    const [a, b] = plenoIds.map((id) => child(file, id, 5));
    const [ra, rb] = await Promise.all([finished(a), finished(b)]);
    expect([ra.code, rb.code], ra.err + rb.err).toEqual([0, 0]);
    expect([JSON.parse(ra.out).issued, JSON.parse(rb.out).issued]).toEqual([300, 300]);
    const db = openDatabase(file);
    try {
      expect(assertContiguous(db)).toBe(600);
      expect(db.prepare('SELECT value FROM certificate_counter').all()).toEqual([{ value: 600 }]);
    } finally {
      db.close();
    }
  }, 60_000);

  it('a kill -9 part way leaves whole batches only; issuing again completes the rest without a gap or a repeat', async () => {
    const { file, plenoIds, core } = await installation([3000]);
    core.close();
    const p = child(file, plenoIds[0], 7);
    let exited = false;
    const done = finished(p).then((r) => ((exited = true), r));
    const watcher = openDatabase(file, { readonly: true });
    const count = () => (watcher.prepare('SELECT count(*) AS n FROM certificate').get() as { n: number }).n;
    try {
      // Killed once it has issued some, long before it could finish.
      while (count() < 50 && !exited) await new Promise((r) => setTimeout(r, 5));
      p.kill('SIGKILL');
      const exit = await done;
      expect(exit.signal, exit.err).toBe('SIGKILL');
    } finally {
      watcher.close();
    }
    const db = openDatabase(file);
    try {
      const after = assertContiguous(db);
      expect(after).toBeGreaterThanOrEqual(50);
      expect(after).toBeLessThan(3000);
      expect(after % 7).toBe(0);
      const admin = db.prepare("SELECT id, username, display_name, lsp_id FROM account WHERE role = 'lsp_admin' ORDER BY username LIMIT 1").get() as {
        id: string;
        username: string;
        display_name: string;
        lsp_id: string;
      };
      const principal: Principal = { accountId: admin.id, role: 'lsp_admin', username: admin.username, displayName: admin.display_name, lspId: admin.lsp_id, assessorId: null, candidateId: null };
      const rest = issueCertificates(db, principal, plenoIds[0], '2026-11-20', () => fixedClock.now());
      expect(rest.issued.length).toBe(3000 - after);
      expect(rest.skipped.every((s) => s.reason === 'already_issued')).toBe(true);
      expect(assertContiguous(db)).toBe(3000);
    } finally {
      db.close();
    }
  }, 120_000);

});
