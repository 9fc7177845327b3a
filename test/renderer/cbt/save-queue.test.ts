import { describe, expect, it } from 'vitest';
import type { CbtSaveResult } from '../../../electron/shared/cbt';
import { apiError, type ErrorCode } from '../../../electron/shared/errors';
import { CallError, clientError } from '../../../renderer/src/api/client-errors';
import { memoryPendingStore, saveArgs, type PendingSave } from '../../../renderer/src/cbt/pending-store';
import { createSaveQueue, type SaveQueueOptions } from '../../../renderer/src/cbt/save-queue';
import { manualTimers } from './manual-timers';

/** The server's time as the PC estimates it: what every save is stamped with as `answeredAt`. */
const SERVER_NOW = '2026-11-21T02:30:00.000Z';
const CLOCK = { serverNow: '2026-11-21T02:00:00.000Z', deadline: '2026-11-21T03:00:00.000Z', remainingMs: 3_600_000, paused: false };

/**
 * A server whose answers the test decides call by call, and timers the test fires by hand: no real
 * waiting, and every step observable.
 */
function harness(startSeq = 0, extra: Partial<SaveQueueOptions> = {}) {
  const sent: PendingSave[] = [];
  const replies: ((outcome: 'ok' | ErrorCode | 'NETWORK') => void)[] = [];
  const { timers, live, setTimer, clearTimer } = manualTimers();
  const saved: CbtSaveResult[] = [];
  const closed: string[] = [];
  const queue = createSaveQueue({
    startSeq,
    send: (save) => {
      sent.push(save);
      return new Promise<CbtSaveResult>((resolve, reject) => {
        replies.push((outcome) => {
          if (outcome === 'ok') resolve({ itemId: save.itemId, seq: save.seq, stored: true, savedAt: CLOCK.serverNow, clock: CLOCK });
          else if (outcome === 'NETWORK') reject(new CallError(clientError('NETWORK')));
          else reject(new CallError(apiError(outcome)));
        });
      });
    },
    onSaved: (result) => saved.push(result),
    onClosed: (error) => closed.push(error.code),
    backoffMs: [100, 200, 400],
    serverNow: () => Date.parse(SERVER_NOW),
    setTimer,
    clearTimer,
    ...extra,
  });
  /** Answers the oldest unanswered send and lets the queue react. */
  const reply = async (outcome: 'ok' | ErrorCode | 'NETWORK') => {
    const next = replies.shift();
    if (!next) throw new Error('no send is waiting for a reply');
    next(outcome);
    await settle();
  };
  const fireTimer = async () => {
    const timer = live().at(-1);
    if (!timer) throw new Error('no timer scheduled');
    timer.cleared = true;
    timer.run();
    await settle();
  };
  return { queue, sent, saved, closed, timers, reply, fireTimer, waiting: () => replies.length };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const mc = (itemId: string, choice: number, doubtful = false) => ({ itemId, choice, text: null, doubtful });

describe('save queue', () => {
  it('numbers saves from the attempt’s last sequence number, one more per save', async () => {
    const h = harness(41);
    expect(h.queue.put(mc('q1', 0)).seq).toBe(42);
    expect(h.queue.put(mc('q2', 1)).seq).toBe(43);
    expect(h.queue.put(mc('q1', 2)).seq).toBe(44);
    await h.reply('ok');
    await h.reply('ok');
    expect(h.sent.map((s) => s.seq)).toEqual([42, 43, 44]);
  });

  it('sends one at a time, oldest first, and carries the whole question each time', async () => {
    const h = harness();
    h.queue.put(mc('q1', 0));
    h.queue.put({ itemId: 'e1', choice: null, text: 'Jawaban', doubtful: true });
    expect(h.sent).toHaveLength(1);
    expect(h.waiting()).toBe(1);
    await h.reply('ok');
    // Exactly the fields `cbt/save` takes (its schema is strict), stamped with the server's time.
    expect(h.sent.map(saveArgs)).toEqual([
      { itemId: 'q1', choice: 0, text: null, doubtful: false, seq: 1, answeredAt: SERVER_NOW },
      { itemId: 'e1', choice: null, text: 'Jawaban', doubtful: true, seq: 2, answeredAt: SERVER_NOW },
    ]);
  });

  it('keeps only the newest pending state of a question', async () => {
    const h = harness();
    h.queue.put(mc('q1', 0)); // in flight
    h.queue.put(mc('q2', 1));
    h.queue.put(mc('q2', 3));
    h.queue.put(mc('q2', 4, true));
    expect(h.queue.snapshot().pending).toBe(2);
    await h.reply('ok');
    await h.reply('ok');
    expect(h.sent.map((s) => [s.itemId, s.choice, s.doubtful, s.seq])).toEqual([
      ['q1', 0, false, 1],
      ['q2', 4, true, 4],
    ]);
    expect(h.queue.snapshot()).toMatchObject({ state: 'idle', pending: 0 });
  });

  it('a change made while its question is in flight is sent after the acknowledgement, not lost', async () => {
    const h = harness();
    h.queue.put(mc('q1', 0));
    h.queue.put(mc('q1', 1));
    expect(h.queue.snapshot().items.get('q1')).toBe('saving');
    await h.reply('ok');
    expect(h.queue.snapshot().items.get('q1')).toBe('saving');
    await h.reply('ok');
    expect(h.sent.map((s) => s.choice)).toEqual([0, 1]);
    expect(h.queue.snapshot().items.get('q1')).toBe('saved');
  });

  it('keeps a save that failed on the network and retries it, in order, with growing delays', async () => {
    const h = harness();
    h.queue.put(mc('q1', 0));
    h.queue.put(mc('q2', 1));
    await h.reply('NETWORK');
    expect(h.queue.snapshot()).toMatchObject({ state: 'retrying', pending: 2 });
    expect(h.queue.snapshot().items.get('q1')).toBe('unsaved');
    expect(h.queue.snapshot().lastError?.code).toBe('NETWORK');
    // New answers made while the link is down wait behind the failed one.
    h.queue.put(mc('q3', 2));
    expect(h.sent).toHaveLength(1);

    await h.fireTimer();
    await h.reply('NETWORK');
    await h.fireTimer();
    const delays = h.timers.map((t) => t.ms);
    expect(delays).toEqual([100, 200]);

    await h.reply('ok');
    await h.reply('ok');
    await h.reply('ok');
    expect(h.sent.map((s) => s.itemId)).toEqual(['q1', 'q1', 'q1', 'q2', 'q3']);
    expect(h.queue.snapshot()).toMatchObject({ state: 'idle', pending: 0, lastError: null });
    expect(h.saved.map((s) => s.itemId)).toEqual(['q1', 'q2', 'q3']);
  });

  it('flush skips the backoff wait and reports the outcome', async () => {
    const h = harness();
    h.queue.put(mc('q1', 0));
    await h.reply('NETWORK');
    const first = h.queue.flush();
    expect(h.sent).toHaveLength(2);
    await h.reply('NETWORK');
    expect(await first).toEqual({ ok: false, error: clientError('NETWORK') });

    const second = h.queue.flush();
    await h.reply('ok');
    expect(await second).toEqual({ ok: true });
    expect(await h.queue.flush()).toEqual({ ok: true });
  });

  it('holds saves while the test is paused and sends them on resume', async () => {
    const h = harness();
    h.queue.put(mc('q1', 0));
    await h.reply('ATTEMPT_PAUSED');
    expect(h.queue.snapshot()).toMatchObject({ state: 'paused', pending: 1 });
    h.queue.put(mc('q2', 1));
    expect(h.sent).toHaveLength(1);
    h.queue.resume();
    await h.reply('ok');
    await h.reply('ok');
    expect(h.sent.map((s) => s.itemId)).toEqual(['q1', 'q1', 'q2']);
    expect(h.queue.snapshot().state).toBe('idle');
  });

  it('drops a save the core refuses as given during a pause, reports it once and goes on with the next', async () => {
    const refused: string[] = [];
    const h = harness(0, { onRefused: (save, error) => refused.push(`${save.itemId}:${error.code}`) });
    h.queue.put(mc('q1', 0));
    h.queue.put(mc('q2', 1));
    await h.reply('ANSWERED_WHILE_PAUSED');
    expect(refused).toEqual(['q1:ANSWERED_WHILE_PAUSED']);
    expect(h.queue.snapshot()).toMatchObject({ pending: 1 });
    await h.reply('ok');
    expect(h.sent.map((s) => s.itemId)).toEqual(['q1', 'q2']);
    expect(h.queue.snapshot()).toMatchObject({ state: 'idle', pending: 0 });
    expect(h.timers.filter((t) => !t.cleared)).toHaveLength(0);
  });

  it('stamps a save with the time it was given when that was earlier (essay text typed before a pause)', async () => {
    const h = harness();
    const typed = Date.parse(SERVER_NOW) - 5_000;
    h.queue.put(mc('q1', 0), typed);
    h.queue.put(mc('q2', 0), Date.parse(SERVER_NOW) + 60_000);
    expect(h.sent[0].answeredAt).toBe(new Date(typed).toISOString());
    await h.reply('ok');
    // Never later than now: a stamp from the future is the queue's clock.
    expect(h.sent[1].answeredAt).toBe(SERVER_NOW);
  });

  it('stops and reports when the core takes no more answers', async () => {
    // ANSWER_HELD_WHILE_ONLINE: a late save refused after time ran out; retrying it forever kept the time-up screen spinning.
    for (const code of ['TIME_UP', 'ATTEMPT_SUBMITTED', 'SESSION_ENDED', 'ANSWER_HELD_WHILE_ONLINE'] as const) {
      const h = harness();
      h.queue.put(mc('q1', 0));
      await h.reply(code);
      expect(h.closed).toEqual([code]);
      expect(h.queue.snapshot()).toMatchObject({ state: 'closed', pending: 1 });
      expect(h.timers.filter((t) => !t.cleared)).toHaveLength(0);
      expect(await h.queue.flush()).toMatchObject({ ok: false, error: { code } });
    }
  });

  it('treats stored:false (a newer save was already there) as done', async () => {
    const h = harness(0, {
      send: (save) => Promise.resolve({ itemId: save.itemId, seq: save.seq, stored: false, savedAt: CLOCK.serverNow, clock: CLOCK }),
    });
    h.queue.put(mc('q1', 0));
    expect(await h.queue.flush()).toEqual({ ok: true });
    expect(h.queue.snapshot().items.get('q1')).toBe('saved');
  });

  it('tells subscribers about every change', async () => {
    const h = harness();
    let changes = 0;
    h.queue.subscribe(() => changes++);
    h.queue.put(mc('q1', 0));
    const afterPut = changes;
    expect(afterPut).toBeGreaterThan(0);
    await h.reply('ok');
    expect(changes).toBeGreaterThan(afterPut);
  });

  it('stop ends the retries but keeps the pending saves; the next put sends them', async () => {
    const h = harness();
    h.queue.put(mc('q1', 0));
    await h.reply('NETWORK');
    h.queue.stop();
    expect(h.timers.every((t) => t.cleared)).toBe(true);
    expect(h.queue.snapshot().pending).toBe(1);
    h.queue.put(mc('q2', 1));
    expect(h.sent).toHaveLength(2);
    await h.reply('ok');
    await h.reply('ok');
    expect(h.sent.map((s) => s.itemId)).toEqual(['q1', 'q1', 'q2']);
  });

  it('bases a save on the answer the server holds, remembers its own replaced saves, and rebases on acknowledgement', async () => {
    const store = memoryPendingStore();
    const h = harness(10, { known: new Map([['q1', 7]]), store });
    const first = h.queue.put(mc('q1', 0)); // in flight
    expect(first).toMatchObject({ seq: 11, baseSeq: 7, ownSeqs: [] });
    const second = h.queue.put(mc('q1', 1)); // replaces the pending one while the first may still land
    expect(second).toMatchObject({ seq: 12, baseSeq: 7, ownSeqs: [11] });
    const third = h.queue.put(mc('q1', 2));
    expect(third).toMatchObject({ seq: 13, baseSeq: 7, ownSeqs: [11, 12] });
    expect(h.queue.put(mc('q2', 3))).toMatchObject({ seq: 14, baseSeq: 0, ownSeqs: [] });
    await h.reply('ok'); // 11 is on the server now: the pending save of q1 is based on it
    expect(store.list().map((p) => [p.itemId, p.seq, p.baseSeq, p.ownSeqs])).toEqual([
      ['q1', 13, 11, [12]],
      ['q2', 14, 0, []],
    ]);
    expect(h.sent.map((p) => p.seq)).toEqual([11, 13]);
  });

  it('retries at once when nudged (the link is back), instead of waiting out the backoff', async () => {
    const h = harness();
    h.queue.put(mc('q1', 0));
    await h.reply('NETWORK');
    await h.fireTimer();
    await h.reply('NETWORK');
    expect(h.sent).toHaveLength(2);
    expect(h.queue.snapshot().state).toBe('retrying');
    h.queue.nudge();
    expect(h.sent).toHaveLength(3);
    await h.reply('ok');
    expect(h.queue.snapshot()).toMatchObject({ state: 'idle', pending: 0 });
  });

  it('starts from what the outbox kept and sends it on flush, before anything new', async () => {
    const store = memoryPendingStore();
    store.put({ itemId: 'q1', choice: 2, text: null, doubtful: false, seq: 5, answeredAt: '2026-11-21T02:10:00.000Z', baseSeq: 0, ownSeqs: [] });
    const h = harness(5, { store });
    expect(h.queue.snapshot().pending).toBe(1);
    void h.queue.flush();
    h.queue.put(mc('q2', 1));
    await h.reply('ok');
    await h.reply('ok');
    expect(h.sent.map(saveArgs)).toEqual([
      { itemId: 'q1', choice: 2, text: null, doubtful: false, seq: 5, answeredAt: '2026-11-21T02:10:00.000Z' },
      { itemId: 'q2', choice: 1, text: null, doubtful: false, seq: 6, answeredAt: SERVER_NOW },
    ]);
    expect(store.list()).toEqual([]);
  });
});
