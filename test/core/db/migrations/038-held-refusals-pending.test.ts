import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { addRefusal, deletePendingRefusals, pendingRefusals, pendingRefusedCount, type RefusalRow } from '../../../../electron/core/db/queries/held-refusals-pending';

const refusal = (itemId: string, refusedAt: string, heardAt: string, attemptId = 't1'): RefusalRow => ({
  attemptId,
  sessionId: 's1',
  candidateId: 'c1',
  actorAccountId: 'a1',
  actorRole: 'candidate',
  itemId,
  answeredAt: `2026-11-20T05:0${itemId.at(-1)}:00.000Z`,
  refusedAt,
  heardAt,
});

describe('migration 038 (refused late answers waiting for their audit entry)', () => {
  it('holds one row per attempt counting its refusals: the first kept, the last and the latest call heard moved', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 38));
    addRefusal(db, refusal('i1', '2026-11-20T06:00:00.000Z', '2026-11-20T05:59:00.000Z'));
    addRefusal(db, refusal('i2', '2026-11-20T06:00:01.000Z', '2026-11-20T05:59:30.000Z'));
    // A call heard earlier than one already counted does not move it back.
    addRefusal(db, refusal('i3', '2026-11-20T06:00:02.000Z', '2026-11-20T05:58:00.000Z'));
    addRefusal(db, refusal('i4', '2026-11-20T06:00:03.000Z', '2026-11-20T05:58:00.000Z', 't2'));
    expect(pendingRefusals(db)).toEqual([
      {
        attemptId: 't1',
        sessionId: 's1',
        candidateId: 'c1',
        actorAccountId: 'a1',
        actorRole: 'candidate',
        refused: 3,
        firstItemId: 'i1',
        firstAnsweredAt: '2026-11-20T05:01:00.000Z',
        firstRefusedAt: '2026-11-20T06:00:00.000Z',
        lastItemId: 'i3',
        lastAnsweredAt: '2026-11-20T05:03:00.000Z',
        lastRefusedAt: '2026-11-20T06:00:02.000Z',
        heardAt: '2026-11-20T05:59:30.000Z',
      },
      expect.objectContaining({ attemptId: 't2', refused: 1, firstItemId: 'i4', lastItemId: 'i4' }),
    ]);
    expect(pendingRefusedCount(db, 't1')).toBe(3);

    // Its entry written, the row goes: the next refusal starts a new count.
    deletePendingRefusals(db, 't1');
    expect(pendingRefusedCount(db, 't1')).toBe(0);
    addRefusal(db, refusal('i5', '2026-11-20T06:01:00.000Z', '2026-11-20T05:59:30.000Z'));
    expect(pendingRefusals(db).find((r) => r.attemptId === 't1')).toMatchObject({ refused: 1, firstItemId: 'i5', lastItemId: 'i5' });
    db.close();
  });
});
