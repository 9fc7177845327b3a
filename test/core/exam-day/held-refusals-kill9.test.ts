// Refused late answers through a kill -9 of the core's process: each was on disk before its PC heard the refusal,
// so the restart's first sweep writes them all, in one entry counting them.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log';
import { DB_FILE_NAME } from '../../../electron/core/db/open';
import { tempCore, tempDir } from '../../support/core';
import { movableClock } from '../../support/clock';

const CHILD = fileURLToPath(new URL('./held-refusals-child.ts', import.meta.url));
const REFUSED = 7;

type Told = { attemptId: string; now: string; firstItemId: string };

function refusalsIn(file: string): { entries: number[]; waiting: { attemptId: string; refused: number }[] } {
  const db = new Database(file, { readonly: true });
  try {
    const details = db.prepare("SELECT details FROM audit_log WHERE action = 'cbt.heldAnswerRefused' ORDER BY seq").pluck().all() as string[];
    const waiting = db.prepare('SELECT attempt_id AS attemptId, refused FROM held_refusal_pending').all() as { attemptId: string; refused: number }[];
    return { entries: details.map((d) => (JSON.parse(d) as { refused: number }).refused), waiting };
  } finally {
    db.close();
  }
}

describe('refused late answers through a kill -9', () => {
  it('are all in the entry the restart writes: none of the refusals made since the last entry is lost', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DB_FILE_NAME);
    const child = fork(CHILD, [dataDir, String(REFUSED)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const told = await new Promise<Told>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(JSON.parse(out.slice(0, out.indexOf('\n'))) as Told);
      });
      void exited.then(() => reject(new Error(`the child exited first:\n${err}`)));
    });
    // Every refusal answered, none yet in the log but the first: they wait on disk, the minute not over.
    expect(refusalsIn(file)).toEqual({ entries: [1], waiting: [{ attemptId: told.attemptId, refused: REFUSED }] });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // Restarted within the same minute: its first sweep writes them.
    const clock = movableClock(new Date(told.now));
    const core = await tempCore({ dataDir, clock });
    core.examDay.heldRefusals.flush(clock.now());
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(refusalsIn(file)).toEqual({ entries: [1, REFUSED], waiting: [] });
    const last = core.db.prepare("SELECT details FROM audit_log WHERE action = 'cbt.heldAnswerRefused' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(last)).toMatchObject({ attemptId: told.attemptId, refused: REFUSED, firstItemId: told.firstItemId, firstRefusedAt: told.now, lastRefusedAt: told.now });
    expect(verifyAudit(core.db).firstBroken).toBeNull();
  }, 120_000);
});
