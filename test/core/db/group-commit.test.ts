import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import diagnostics from 'node:diagnostics_channel';
import { CHECKPOINT_EVERY_SAVES, checkpointChannel, GroupCommit, type CheckpointTrace } from '../../../electron/core/db/group-commit';
import { call, releaseToken, tempCore, tempDir } from '../../support/core';
import { examDay } from '../cbt/support';

describe('group commit of answer saves', () => {
  it('saves arriving together share one commit; a refused one rolls back only itself', async () => {
    const { core, candidate } = await examDay(0);
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const mcs = state.items.filter((i) => i.kind === 'multiple_choice');
    const replies = await Promise.all([
      ...mcs.slice(0, 20).map((item, i) => core.dispatch('cbt/save', { itemId: item.itemId, seq: i + 1, choice: i % 5, text: null, doubtful: false }, candidate)),
      // An essay answer sent to a multiple-choice question: refused in the middle of the batch.
      core.dispatch('cbt/save', { itemId: mcs[20].itemId, seq: 99, choice: null, text: 'salah jenis', doubtful: false }, candidate),
    ]);
    expect(replies.slice(0, 20).every((r) => r.ok)).toBe(true);
    expect(replies[20]).toMatchObject({ ok: false, error: { code: 'ANSWER_KIND_MISMATCH' } });
    expect(core.db.prepare('SELECT count(*) FROM answer').pluck().get()).toBe(20);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.answer'").pluck().get()).toBe(20);

    // Acknowledged means committed: another connection already sees every row.
    const other = new Database(core.dbFile, { readonly: true });
    try {
      expect(other.prepare('SELECT count(*) FROM answer').pluck().get()).toBe(20);
    } finally {
      other.close();
    }
  });

  it('the WAL is grown when the proctor starts the session, before any candidate signs in or saves', async () => {
    const core = await tempCore();
    const wal = () => fs.statSync(`${core.dbFile}-wal`).size;
    expect(wal()).toBeLessThan(8 * 1024 * 1024);
    await releaseToken(core);
    expect(core.context.commits.largestBatch).toBe(0);
    expect(wal()).toBeGreaterThanOrEqual(8 * 1024 * 1024);
  });

  it('batches what arrives in the same turn of the event loop, each job in its own savepoint', async () => {
    const db = new Database(path.join(tempDir(), 'g.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x INTEGER NOT NULL)');
    const commits = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        commits.run(() => {
          insert.run(i);
          if (i === 4) throw new Error('refused');
          return i;
        }),
      ),
    );
    expect(commits.largestBatch).toBe(10);
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 10 }, (_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
    expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9]);
    // One after another, each waits for its own commit.
    await commits.run(() => insert.run(10));
    await commits.run(() => insert.run(11));
    expect(commits.largestBatch).toBe(10);
    db.close();
  });

  it("a failed job's rolledBack write commits with its batch, or in a transaction of its own when alone, before its caller hears the error", async () => {
    const file = path.join(tempDir(), 'g.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x INTEGER NOT NULL); CREATE TABLE refusal (x INTEGER NOT NULL CHECK (x < 100))');
    const commits = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    const note = db.prepare('INSERT INTO refusal (x) VALUES (?)');
    /** A job that writes, then fails: its rolledBack notes it, and the reply finds the note on disk already. */
    const refused = (x: number) =>
      commits.run(
        () => {
          insert.run(x);
          throw new Error(`refused ${x}`);
        },
        () => () => void note.run(x),
      ).catch((error: unknown) => {
        const other = new Database(file, { readonly: true });
        try {
          return { error: String(error), noted: other.prepare('SELECT x FROM refusal WHERE x = ?').pluck().all(x) };
        } finally {
          other.close();
        }
      });
    const batch = await Promise.all([commits.run(() => insert.run(1)), refused(2), commits.run(() => insert.run(3))]);
    expect(batch.slice(1, 2)).toEqual([{ error: 'Error: refused 2', noted: [2] }]);
    expect(commits.largestBatch).toBe(3);
    expect(await refused(4)).toEqual({ error: 'Error: refused 4', noted: [4] });
    // Its own writes rolled back; the batch's others committed.
    expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3]);
    // A rolledBack write that fails writes nothing, and its caller gets that failure; the batch goes on.
    const [alone, together] = [await refused(200), await Promise.all([refused(300), commits.run(() => insert.run(5))])];
    expect(alone).toEqual({ error: expect.stringContaining('CHECK constraint failed') as unknown, noted: [] });
    expect(together[0]).toEqual({ error: expect.stringContaining('CHECK constraint failed') as unknown, noted: [] });
    expect(db.prepare('SELECT x FROM refusal ORDER BY x').pluck().all()).toEqual([2, 4]);
    expect(db.prepare('SELECT x FROM t ORDER BY x').pluck().all()).toEqual([1, 3, 5]);
    // A failure with nothing more to write is told its error and leaves it to the caller.
    const told: string[] = [];
    const plain = commits.run(
      () => {
        throw new Error('time up');
      },
      (error) => (told.push(String(error)), null),
    );
    await expect(plain).rejects.toThrow('time up');
    expect(told).toEqual(['Error: time up']);
    db.close();
  });

  it('a caller that saves again as soon as it is answered still gets a checkpoint step every few hundred saves', async () => {
    const file = path.join(tempDir(), 'g.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x INTEGER NOT NULL)');
    const commits = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    const steps: { afterSave: number; step: CheckpointTrace }[] = [];
    let saved = 0;
    const onStep = (m: unknown) => steps.push({ afterSave: saved, step: m as CheckpointTrace });
    diagnostics.subscribe(checkpointChannel.name, onStep);
    try {
      // Each save is sent while the previous reply is handled, so a batch is always waiting when a step is due.
      for (let i = 0; i < 4 * CHECKPOINT_EVERY_SAVES; i++) {
        await commits.run(() => insert.run(i));
        saved++;
      }
      // The last step comes a turn after the last reply.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      diagnostics.unsubscribe(checkpointChannel.name, onStep);
    }
    // Put off while the next save waited, then taken before it: 512 saves at most between steps (at 3.2
    // WAL pages a save, 6.7 MB: under the 8 MB the WAL is cut back to, so it is reused, never cut and regrown).
    expect(steps.map((s) => [s.afterSave, s.step.done])).toEqual([
      [512, true],
      [1024, true],
    ]);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(4 * CHECKPOINT_EVERY_SAVES);
    db.close();
  });

  it('starts the WAL over in the checkpoint step itself, so the save after it does not write and sync the log header', async () => {
    const file = path.join(tempDir(), 'g.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (x INTEGER NOT NULL)');
    db.pragma('user_version = 7');
    const commits = new GroupCommit(db);
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    // The WAL header's two salts (bytes 16–23) change each time the log starts over.
    const salts = () => {
      const fd = fs.openSync(`${file}-wal`, 'r');
      try {
        const header = Buffer.alloc(8);
        fs.readSync(fd, header, 0, 8, 16);
        return header.toString('hex');
      } finally {
        fs.closeSync(fd);
      }
    };
    const steps: CheckpointTrace[] = [];
    const onStep = (m: unknown) => steps.push(m as CheckpointTrace);
    diagnostics.subscribe(checkpointChannel.name, onStep);
    try {
      // Saves with a pause after the last: the step runs with no save waiting.
      const before = salts();
      await Promise.all(Array.from({ length: CHECKPOINT_EVERY_SAVES }, (_, i) => commits.run(() => insert.run(i))));
      await new Promise((resolve) => setImmediate(resolve));
      expect(steps.map((s) => s.done)).toEqual([true]);
      const afterStep = salts();
      expect(afterStep).not.toBe(before);
      // The next save writes into the log the step started: no new header.
      await commits.run(() => insert.run(-1));
      expect(salts()).toBe(afterStep);
    } finally {
      diagnostics.unsubscribe(checkpointChannel.name, onStep);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(CHECKPOINT_EVERY_SAVES + 1);
    db.close();
  });
});
