import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core';
import { verifyAudit } from '../../../electron/core/audit/log';
import { HELD_REFUSED_SQL } from '../../../electron/core/db/queries/held-refusals';
import { lastRecordChange } from '../../../electron/core/db/queries/record-changes';
import { REFUSAL_ENTRY_EVERY_MS } from '../../../electron/core/exam-day/held-answer-refusals';
import { call, demo, failure, releaseToken, signInAs, tempCore, tempDir } from '../../support/core';
import { MINUTE, movableClock } from '../../support/clock';
import type { Clock } from '../../../electron/core/clock';
import { examDay } from '../cbt/support';

type Entry = { seq: number; at: string; actorRole: string; entity: string; entityId: string; details: Record<string, unknown> };

function refusalEntries(core: Core): Entry[] {
  return (core.db.prepare("SELECT seq, at, actor_role AS actorRole, entity, entity_id AS entityId, details FROM audit_log WHERE action = 'cbt.heldAnswerRefused' ORDER BY seq").all() as (Omit<Entry, 'details'> & { details: string })[]).map(
    (r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }),
  );
}

/** The refusals waiting for the log, read through another connection: what is committed. */
function onDisk(core: Core): { attemptId: string; refused: number }[] {
  const other = new Database(core.dbFile, { readonly: true });
  try {
    return other.prepare('SELECT attempt_id AS attemptId, refused FROM held_refusal_pending ORDER BY attempt_id').all() as { attemptId: string; refused: number }[];
  } finally {
    other.close();
  }
}

/** The exam day's sweep: its write joins the core's next group commit (a turn of the event loop), then that commit's reply. */
async function sweep(core: Core, clock: Clock): Promise<void> {
  core.examDay.heldRefusals.flush(clock.now());
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/** A candidate whose PC beat to the end of the test and whose time ran out: every save stamped before the deadline is now refused as held back. */
async function timedOutOnline() {
  const day = await examDay();
  const { clock, core, candidate } = day;
  const state = await call(core, 'cbt/agree', { accept: true }, candidate);
  const deadline = Date.parse(state.clock!.deadline);
  for (let at = deadline - 30_000; at < deadline; at += 10_000) {
    clock.set(new Date(at));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
  }
  // At zero the screen submits: the last call heard while the test still took answers (within the late grace).
  clock.set(new Date(deadline + 300));
  const lastHeard = clock.now().toISOString();
  expect((await call(core, 'cbt/submit', { confirm: true }, candidate)).submitted?.reason).toBe('timeout');
  const refuse = async (itemId: string, seq: number, answeredAt: number) => {
    const args = { itemId, seq, choice: 1, text: null, doubtful: false, answeredAt: new Date(answeredAt).toISOString() };
    expect((await failure(core, 'cbt/save', args, candidate)).code).toBe('ANSWER_HELD_WHILE_ONLINE');
  };
  return { ...day, state, deadline, lastHeard, refuse, attemptId: core.db.prepare('SELECT id FROM attempt').pluck().get() as string };
}

describe("late answers refused as held back while the PC was online (ANSWER_HELD_WHILE_ONLINE)", () => {
  it('are recorded in the audit log, one entry per attempt per minute counting them, outside the refused save', async () => {
    const { clock, core, seat, state, deadline, lastHeard, refuse, attemptId } = await timedOutOnline();
    const [a, b, c] = state.items;
    clock.set(new Date(deadline + MINUTE));
    await refuse(a.itemId, 1, deadline - 20_000);
    clock.advance(1_000);
    await refuse(b.itemId, 2, deadline - 25_000);
    clock.advance(1_000);
    await refuse(c.itemId, 3, deadline - 15_000);
    // Not yet in the log, but on disk before each reply: one row for the attempt, the saves themselves rolled back.
    expect(refusalEntries(core)).toEqual([]);
    expect(core.examDay.heldRefusals.unwritten(attemptId)).toBe(3);
    expect(onDisk(core)).toEqual([{ attemptId, refused: 3 }]);

    await sweep(core, clock);
    const [entry, ...more] = refusalEntries(core);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actorRole: 'candidate', entity: 'candidate', entityId: seat.candidateId });
    expect(entry.details).toEqual({
      attemptId,
      sessionId: seat.sessionId,
      refused: 3,
      firstItemId: a.itemId,
      firstAnsweredAt: new Date(deadline - 20_000).toISOString(),
      firstRefusedAt: new Date(deadline + MINUTE).toISOString(),
      lastItemId: c.itemId,
      lastAnsweredAt: new Date(deadline - 15_000).toISOString(),
      lastRefusedAt: new Date(deadline + MINUTE + 2_000).toISOString(),
      heardAt: lastHeard,
    });
    expect(core.examDay.heldRefusals.unwritten(attemptId)).toBe(0);

    // A client repeating refused saves: within the minute they wait and are counted, then one more entry.
    expect(onDisk(core)).toEqual([]);
    for (let n = 0; n < 200; n++) await refuse(a.itemId, 10 + n, deadline - 20_000);
    clock.advance(REFUSAL_ENTRY_EVERY_MS - 1);
    await sweep(core, clock);
    expect(refusalEntries(core)).toHaveLength(1);
    // The disk holds one row for them, not one per save.
    expect(onDisk(core)).toEqual([{ attemptId, refused: 200 }]);
    clock.advance(1);
    await sweep(core, clock);
    const entries = refusalEntries(core);
    expect(entries.map((e) => e.details.refused)).toEqual([3, 200]);
    expect(onDisk(core)).toEqual([]);

    // Nothing was stored; the board and the assessor's workspace count them.
    expect(core.db.prepare('SELECT count(*) FROM answer').pluck().get()).toBe(0);
    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, await signInAs(core, 'proctor'));
    expect(board.rows.find((r) => r.candidateId === seat.candidateId)).toMatchObject({ lateAnswers: 0, heldRefused: 203 });
    expect((await call(core, 'assessment/workspace', seat, await signInAs(core, 'admin'))).attempt).toMatchObject({ lateAnswers: 0, heldRefused: 203 });
    // Entered under the candidate, they change no record of theirs.
    expect(lastRecordChange(core.db, 'candidate', seat.candidateId)?.at).not.toBe(entries[1].at);
    expect(verifyAudit(core.db).ok).toBe(true);
  });

  it('are none for honest saves: in time, or late from a PC that had lost the LAN', async () => {
    const { clock, core, candidate, seat } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const deadline = Date.parse(state.clock!.deadline);
    const [a, b] = state.items;
    await call(core, 'cbt/save', { itemId: a.itemId, seq: 1, choice: 0, text: null, doubtful: false }, candidate);
    clock.set(new Date(deadline - 40_000));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    clock.set(new Date(deadline + 2 * MINUTE));
    // Back online: the screen reads its state (the attempt settles as timed out), then the outbox sends.
    expect((await call(core, 'cbt/state', {}, candidate)).submitted?.reason).toBe('timeout');
    clock.advance(1_000);
    const late = await call(core, 'cbt/save', { itemId: b.itemId, seq: 2, choice: 1, text: null, doubtful: false, answeredAt: new Date(deadline - 5_000).toISOString() }, candidate);
    expect(late.stored).toBe(true);
    const rows = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    clock.advance(2 * MINUTE);
    await sweep(core, clock);
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(rows);
    expect(refusalEntries(core)).toEqual([]);
    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, await signInAs(core, 'proctor'));
    expect(board.rows.find((r) => r.candidateId === seat.candidateId)).toMatchObject({ lateAnswers: 1, heldRefused: 0 });
  });

  it('are written when the core closes, and the entry survives the restart with the log still verifying', async () => {
    const dataDir = tempDir();
    const clock = movableClock(new Date());
    let core = await tempCore({ dataDir, clock });
    const token = await releaseToken(core);
    const c = demo.people.candidates[0];
    const candidate = (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'pc-0-device' })).token;
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const deadline = Date.parse(state.clock!.deadline);
    clock.set(new Date(deadline - 10_000));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    clock.set(new Date(deadline + MINUTE));
    const args = { itemId: state.items[0].itemId, seq: 1, choice: 1, text: null, doubtful: false, answeredAt: new Date(deadline - 30_000).toISOString() };
    expect((await failure(core, 'cbt/save', args, candidate)).code).toBe('ANSWER_HELD_WHILE_ONLINE');
    expect((await failure(core, 'cbt/save', { ...args, seq: 2 }, candidate)).code).toBe('ANSWER_HELD_WHILE_ONLINE');
    core.close();

    core = await tempCore({ dataDir, clock: movableClock(new Date(deadline + 2 * MINUTE)) });
    expect(refusalEntries(core).map((e) => e.details.refused)).toEqual([2]);
    expect(verifyAudit(core.db).ok).toBe(true);
    core.close();
  });

  it('are kept on disk when the write at close fails, the rest of the close still runs, and the next start writes them once', async () => {
    const { clock, core, state, deadline, refuse, attemptId } = await timedOutOnline();
    clock.set(new Date(deadline + MINUTE));
    await refuse(state.items[0].itemId, 1, deadline - 20_000);
    await sweep(core, clock);
    expect(refusalEntries(core).map((e) => e.details.refused)).toEqual([1]);
    // Two more within the minute: they wait.
    await refuse(state.items[1].itemId, 2, deadline - 25_000);
    await refuse(state.items[2].itemId, 3, deadline - 15_000);
    await sweep(core, clock);
    expect(refusalEntries(core)).toHaveLength(1);
    core.db.exec("CREATE TEMP TRIGGER refuse_refusals BEFORE INSERT ON audit_log WHEN NEW.action = 'cbt.heldAnswerRefused' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      core.close();
    } finally {
      spy.mockRestore();
    }
    const said = logged.filter((args) => String(args[0]).includes('refused late answers not written at close'));
    expect(said).toHaveLength(1);
    expect(String(said[0][1])).toContain('disk I/O error');
    // The close went on past it: the database is closed, the two still waiting in it.
    expect(core.db.open).toBe(false);
    expect(onDisk(core)).toEqual([{ attemptId, refused: 2 }]);

    // A restart forgets the minute: its first sweep writes them, once.
    const again = await tempCore({ dataDir: path.dirname(core.dbFile), clock });
    await sweep(again, clock);
    const entries = refusalEntries(again);
    expect(entries.map((e) => e.details.refused)).toEqual([1, 2]);
    expect(entries[1].details).toMatchObject({ attemptId, firstItemId: state.items[1].itemId, lastItemId: state.items[2].itemId });
    expect(onDisk(again)).toEqual([]);
    clock.advance(REFUSAL_ENTRY_EVERY_MS);
    await sweep(again, clock);
    expect(refusalEntries(again)).toHaveLength(2);
    expect(verifyAudit(again.db).firstBroken).toBeNull();
  });

  it('are written at close even when the heard log, written just before them, fails', async () => {
    const { clock, core, state, deadline, refuse, attemptId } = await timedOutOnline();
    clock.set(new Date(deadline + MINUTE));
    await refuse(state.items[0].itemId, 1, deadline - 20_000);
    expect(core.examDay.heardLog.unwritten(attemptId)).not.toBeNull();
    core.db.exec("CREATE TEMP TRIGGER refuse_heard BEFORE UPDATE OF last_activity_at ON attempt BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    try {
      core.close();
    } finally {
      spy.mockRestore();
    }
    expect(logged.filter((m) => m.includes('calls heard from candidates were not written at close'))).toHaveLength(1);
    const written = new Database(core.dbFile, { readonly: true });
    try {
      const details = written.prepare("SELECT details FROM audit_log WHERE action = 'cbt.heldAnswerRefused'").pluck().all() as string[];
      expect(details.map((d) => (JSON.parse(d) as { refused: number }).refused)).toEqual([1]);
    } finally {
      written.close();
    }
  });

  it('are written at close when a sweep just before it had sent them to a group commit that has not run yet', async () => {
    const dataDir = tempDir();
    const clock = movableClock(new Date());
    let core = await tempCore({ dataDir, clock });
    const token = await releaseToken(core);
    const c = demo.people.candidates[0];
    const candidate = (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'pc-0-device' })).token;
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const deadline = Date.parse(state.clock!.deadline);
    clock.set(new Date(deadline - 10_000));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    clock.set(new Date(deadline + MINUTE));
    const args = { itemId: state.items[0].itemId, seq: 1, choice: 1, text: null, doubtful: false, answeredAt: new Date(deadline - 30_000).toISOString() };
    expect((await failure(core, 'cbt/save', args, candidate)).code).toBe('ANSWER_HELD_WHILE_ONLINE');
    expect((await failure(core, 'cbt/save', { ...args, seq: 2 }, candidate)).code).toBe('ANSWER_HELD_WHILE_ONLINE');
    // The sweep's write waits for the group commit's next turn; the core closes first, in the same turn.
    core.examDay.heldRefusals.flush(clock.now());
    core.close();
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));

    core = await tempCore({ dataDir, clock: movableClock(new Date(deadline + 2 * MINUTE)) });
    expect(refusalEntries(core).map((e) => e.details.refused)).toEqual([2]);
    expect(verifyAudit(core.db).ok).toBe(true);
    core.close();
  });

  it('are kept when the group commit fails and written by a later sweep: none lost, none counted twice', async () => {
    const { clock, core, seat, state, deadline, refuse, attemptId } = await timedOutOnline();
    const [a, b] = state.items;
    clock.set(new Date(deadline + MINUTE));
    await refuse(a.itemId, 1, deadline - 20_000);
    await refuse(b.itemId, 2, deadline - 25_000);
    // The disk refuses the write: the group commit rolls back the entry's transaction.
    core.db.exec("CREATE TEMP TRIGGER refuse_refusals BEFORE INSERT ON audit_log WHEN NEW.action = 'cbt.heldAnswerRefused' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const rows = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    await sweep(core, clock);
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(rows);
    // The sweep's savepoint rolled back whole: the row it would have deleted is still on disk.
    expect(onDisk(core)).toEqual([{ attemptId, refused: 2 }]);
    // Another refusal meanwhile joins the two put back.
    clock.advance(1_000);
    await refuse(a.itemId, 3, deadline - 15_000);
    expect(core.examDay.heldRefusals.unwritten(attemptId)).toBe(3);
    core.db.exec('DROP TRIGGER refuse_refusals');

    clock.advance(REFUSAL_ENTRY_EVERY_MS);
    await sweep(core, clock);
    const [entry, ...more] = refusalEntries(core);
    expect(more).toEqual([]);
    expect(entry.details).toMatchObject({
      refused: 3,
      firstItemId: a.itemId,
      firstRefusedAt: new Date(deadline + MINUTE).toISOString(),
      lastItemId: a.itemId,
      lastAnsweredAt: new Date(deadline - 15_000).toISOString(),
      lastRefusedAt: new Date(deadline + MINUTE + 1_000).toISOString(),
    });
    expect(core.examDay.heldRefusals.unwritten(attemptId)).toBe(0);
    clock.advance(REFUSAL_ENTRY_EVERY_MS);
    await sweep(core, clock);
    expect(refusalEntries(core)).toHaveLength(1);
    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, await signInAs(core, 'proctor'));
    expect(board.rows.find((r) => r.candidateId === seat.candidateId)?.heldRefused).toBe(3);
    expect(verifyAudit(core.db).ok).toBe(true);
  });

  it('kept after a failed group commit are written by the next sweep, not held back a minute as if written', async () => {
    const { clock, core, state, deadline, refuse, attemptId } = await timedOutOnline();
    const [a, b] = state.items;
    clock.set(new Date(deadline + MINUTE));
    await refuse(a.itemId, 1, deadline - 20_000);
    await refuse(b.itemId, 2, deadline - 25_000);
    core.db.exec("CREATE TEMP TRIGGER refuse_refusals BEFORE INSERT ON audit_log WHEN NEW.action = 'cbt.heldAnswerRefused' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    await sweep(core, clock);
    expect(refusalEntries(core)).toEqual([]);
    core.db.exec('DROP TRIGGER refuse_refusals');

    // The exam day sweeps every 5 s: the next one writes them.
    clock.advance(5_000);
    await sweep(core, clock);
    expect(refusalEntries(core).map((e) => e.details.refused)).toEqual([2]);
    expect(core.examDay.heldRefusals.unwritten(attemptId)).toBe(0);
    // The minute between entries runs from the entry written, not from the failed try.
    await refuse(a.itemId, 3, deadline - 15_000);
    clock.advance(REFUSAL_ENTRY_EVERY_MS - 1);
    await sweep(core, clock);
    expect(refusalEntries(core)).toHaveLength(1);
    clock.advance(1);
    await sweep(core, clock);
    expect(refusalEntries(core).map((e) => e.details.refused)).toEqual([2, 1]);
    // The chain holds (its tail may still wait for its head, signed within ROUTINE_WITHIN_MS of real time).
    expect(verifyAudit(core.db).firstBroken).toBeNull();
  });

  it('join the answer saves\' group commit only when an entry is due: not on a sweep with none waiting, nor within the minute', async () => {
    const { clock, core, state, deadline, refuse } = await timedOutOnline();
    const [a, b] = state.items;
    // The core's group commit, with each write the sweep hands it counted (test/core/db covers the commit itself).
    let commits = 0;
    core.examDay.heldRefusals.joinCommit(async (write) => {
      commits++;
      core.db.transaction(write)();
    });
    await sweep(core, clock);
    clock.advance(5_000);
    await sweep(core, clock);
    expect(commits).toBe(0);

    clock.set(new Date(deadline + MINUTE));
    await refuse(a.itemId, 1, deadline - 20_000);
    await sweep(core, clock);
    expect(commits).toBe(1);
    expect(refusalEntries(core).map((e) => e.details.refused)).toEqual([1]);
    // Another refusal within the minute waits on disk: the sweeps before the minute is out join nothing.
    await refuse(b.itemId, 2, deadline - 25_000);
    for (let at = 5_000; at < REFUSAL_ENTRY_EVERY_MS; at += 5_000) {
      clock.set(new Date(deadline + MINUTE + at));
      await sweep(core, clock);
    }
    expect(commits).toBe(1);
    clock.set(new Date(deadline + 2 * MINUTE));
    await sweep(core, clock);
    expect(commits).toBe(2);
    expect(refusalEntries(core).map((e) => e.details.refused)).toEqual([1, 1]);
    // At close, with nothing waiting, no transaction of its own either.
    const transactions = vi.spyOn(core.db, 'transaction');
    core.examDay.heldRefusals.flush(clock.now(), true);
    expect(transactions).not.toHaveBeenCalled();
    transactions.mockRestore();
    expect(verifyAudit(core.db).firstBroken).toBeNull();
  });

  it('are counted through the index of entries entered under a record, not by reading the whole log', async () => {
    const { core } = await examDay();
    const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${HELD_REFUSED_SQL}`).all({ candidateId: 'c1', attemptId: 't1' }) as { detail: string }[]).map((r) => r.detail);
    expect(plan.some((d) => d.includes('INDEX audit_log_record_changes'))).toBe(true);
    expect(plan.some((d) => /^SCAN l\b/.test(d))).toBe(false);
  });
});
