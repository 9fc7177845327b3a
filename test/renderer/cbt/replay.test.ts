import { describe, expect, it } from 'vitest';
import { planReplay, replayVerdict } from '../../../renderer/src/cbt/replay';
import { pending } from './pending-fixtures';

describe('replay of the outbox against the server’s answers', () => {
  it('replays a save the server has nothing newer than its base for', () => {
    expect(replayVerdict(pending({ itemId: 'q', seq: 12, baseSeq: 7 }), 7)).toBe('replay');
    expect(replayVerdict(pending({ itemId: 'q', seq: 12, baseSeq: 0 }), 0)).toBe('replay');
  });

  it('calls a save delivered when the server holds its very number (the acknowledgement was lost)', () => {
    expect(replayVerdict(pending({ itemId: 'q', seq: 12, baseSeq: 7 }), 12)).toBe('delivered');
  });

  it('replays when the server holds one of this PC’s own earlier saves of the question', () => {
    // 11 was in flight when 12 replaced it; the crash came after 11 committed, before its acknowledgement.
    expect(replayVerdict(pending({ itemId: 'q', seq: 12, baseSeq: 7, ownSeqs: [11] }), 11)).toBe('replay');
  });

  it('drops a save superseded by an answer given elsewhere, whatever its number', () => {
    // Another PC after a reset login: its numbers start from the server's lastSeq, so they may be lower…
    expect(replayVerdict(pending({ itemId: 'q', seq: 12, baseSeq: 7 }), 9)).toBe('superseded');
    // …or higher than this PC's pending save.
    expect(replayVerdict(pending({ itemId: 'q', seq: 12, baseSeq: 7, ownSeqs: [11] }), 30)).toBe('superseded');
  });

  it('renumbers what it replays above the server’s lastSeq, in the original order, based on the server’s answers', () => {
    const plan = planReplay(
      [
        pending({ itemId: 'c', seq: 14, baseSeq: 0, choice: 1 }),
        pending({ itemId: 'a', seq: 12, baseSeq: 3, choice: 0 }),
        pending({ itemId: 'b', seq: 13, baseSeq: 5 }),
        pending({ itemId: 'd', seq: 15, baseSeq: 4, ownSeqs: [11] }),
      ],
      [
        { itemId: 'a', seq: 3 }, // unchanged since the save was based on it: replay
        { itemId: 'b', seq: 21 }, // answered on another PC meanwhile: superseded
        { itemId: 'd', seq: 15 }, // the save itself landed: delivered
      ],
      25,
    );
    expect(plan.replay.map((s) => [s.itemId, s.seq, s.baseSeq, s.ownSeqs])).toEqual([
      ['a', 26, 3, []],
      ['c', 27, 0, []],
    ]);
    expect(plan.replay.map((s) => s.choice)).toEqual([0, 1]);
    expect(plan.superseded.map((s) => s.itemId)).toEqual(['b']);
    expect(plan.delivered.map((s) => s.itemId)).toEqual(['d']);
    expect(plan.startSeq).toBe(27);
  });

  it('keeps when each answer was given: a late delivery still counts from that moment', () => {
    const plan = planReplay([pending({ itemId: 'a', seq: 4, answeredAt: '2026-11-21T02:59:30.000Z' })], [], 3);
    expect(plan.replay[0]).toMatchObject({ seq: 4, answeredAt: '2026-11-21T02:59:30.000Z' });
  });

  it('starts from the server’s lastSeq when nothing is left to replay', () => {
    expect(planReplay([], [{ itemId: 'a', seq: 9 }], 9)).toMatchObject({ replay: [], startSeq: 9 });
  });
});
