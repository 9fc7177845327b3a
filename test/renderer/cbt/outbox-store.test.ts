import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { dropWaiting, openOutbox, waitingByOwner } from '../../../renderer/src/cbt/outbox-store';
import { pending } from './pending-fixtures';

const rizky = { candidateId: 'cand-1', sessionId: 'sess-1' };

describe('the outbox in IndexedDB', () => {
  it('keeps pending saves across a close and a reopen (a reload, a crashed tab, a sign-out)', async () => {
    const factory = new IDBFactory();
    const first = await openOutbox(rizky, factory);
    expect(first.durable).toBe(true);
    first.put(pending({ itemId: 'q1', seq: 1, choice: 0 }));
    first.put(pending({ itemId: 'q2', seq: 2, text: 'esai' }));
    first.put(pending({ itemId: 'q1', seq: 3, choice: 4, baseSeq: 0, ownSeqs: [1] }));
    await first.settled();
    first.close();

    const again = await openOutbox(rizky, factory);
    expect(again.list()).toEqual([pending({ itemId: 'q2', seq: 2, text: 'esai' }), pending({ itemId: 'q1', seq: 3, choice: 4, ownSeqs: [1] })]);
    again.close();
  });

  it('forgets an acknowledged save, but not a newer one of the same question', async () => {
    const factory = new IDBFactory();
    const outbox = await openOutbox(rizky, factory);
    outbox.put(pending({ itemId: 'q1', seq: 1 }));
    outbox.put(pending({ itemId: 'q2', seq: 2 }));
    outbox.put(pending({ itemId: 'q2', seq: 3, choice: 1 }));
    outbox.remove('q1', 1);
    outbox.remove('q2', 2); // the acknowledgement of the replaced save
    await outbox.settled();
    outbox.close();
    const again = await openOutbox(rizky, factory);
    expect(again.list().map((s) => [s.itemId, s.seq])).toEqual([['q2', 3]]);
    again.close();
  });

  it('belongs to one candidate in one session', async () => {
    const factory = new IDBFactory();
    const mine = await openOutbox(rizky, factory);
    mine.put(pending({ itemId: 'q1', seq: 1 }));
    await mine.settled();
    const otherCandidate = await openOutbox({ candidateId: 'cand-2', sessionId: 'sess-1' }, factory);
    const otherSession = await openOutbox({ candidateId: 'cand-1', sessionId: 'sess-2' }, factory);
    expect(otherCandidate.list()).toEqual([]);
    expect(otherSession.list()).toEqual([]);
    otherCandidate.put(pending({ itemId: 'q1', seq: 9 }));
    await otherCandidate.settled();
    // The sign-in screen counts every candidate's waiting saves on this PC, by whose they are.
    expect(await waitingByOwner(factory)).toEqual([
      { candidateId: 'cand-1', sessionId: 'sess-1', count: 1 },
      { candidateId: 'cand-2', sessionId: 'sess-1', count: 1 },
    ]);
    for (const box of [mine, otherCandidate, otherSession]) box.close();
  });

  it('replaces its whole content on reset (after a replay), touching no other owner', async () => {
    const factory = new IDBFactory();
    const outbox = await openOutbox(rizky, factory);
    const other = await openOutbox({ candidateId: 'cand-2', sessionId: 'sess-1' }, factory);
    other.put(pending({ itemId: 'x', seq: 4 }));
    outbox.put(pending({ itemId: 'q1', seq: 1 }));
    outbox.put(pending({ itemId: 'q2', seq: 2 }));
    outbox.reset([pending({ itemId: 'q2', seq: 8, baseSeq: 6 })]);
    await Promise.all([outbox.settled(), other.settled()]);
    outbox.close();
    other.close();
    const again = await openOutbox(rizky, factory);
    expect(again.list()).toEqual([pending({ itemId: 'q2', seq: 8, baseSeq: 6 })]);
    expect((await waitingByOwner(factory))?.map((o) => o.count)).toEqual([1, 1]);
    again.close();
  });

  it('falls back to memory where there is no IndexedDB (the saves then live as long as the page)', async () => {
    const outbox = await openOutbox(rizky, undefined);
    expect(outbox.durable).toBe(false);
    outbox.put(pending({ itemId: 'q1', seq: 1 }));
    expect(outbox.list()).toHaveLength(1);
    expect(await waitingByOwner(undefined)).toBeNull();
  });

  it("drops one owner's saves whole (a session that has ended), touching no other owner", async () => {
    const factory = new IDBFactory();
    const ended = await openOutbox(rizky, factory);
    const running = await openOutbox({ candidateId: 'cand-1', sessionId: 'sess-2' }, factory);
    ended.put(pending({ itemId: 'q1', seq: 1 }));
    ended.put(pending({ itemId: 'q2', seq: 2 }));
    running.put(pending({ itemId: 'q1', seq: 5 }));
    await Promise.all([ended.settled(), running.settled()]);
    ended.close();
    running.close();
    await dropWaiting(rizky, factory);
    expect(await waitingByOwner(factory)).toEqual([{ candidateId: 'cand-1', sessionId: 'sess-2', count: 1 }]);
  });
});
