import { describe, expect, it } from 'vitest';
import { call, demo, demoSessionId, failure, releaseToken, signInAs, tempCore } from '../../support/core';

describe("cbt/outboxSessions: what a lab PC's sign-in screen learns of the sessions its outbox holds answers for", () => {
  it('names each session by its code and says whether it has ended, signed in as nobody; unknown ids are left out', async () => {
    const core = await tempCore();
    const sessionId = demoSessionId(core);
    await releaseToken(core);
    expect(await call(core, 'cbt/outboxSessions', { sessionIds: [sessionId, 'no-such-session', sessionId] })).toEqual([
      { sessionId, sessionCode: demo.people.session.code, endedAt: null },
    ]);
    const proctor = await signInAs(core, 'proctor');
    await call(core, 'exam/endSession', { sessionId, reason: 'Sesi selesai' }, proctor);
    const [ended] = await call(core, 'cbt/outboxSessions', { sessionIds: [sessionId] });
    expect(ended?.endedAt).toEqual(core.db.prepare('SELECT ended_at FROM session_run WHERE session_id = ?').pluck().get(sessionId));
    expect(ended?.endedAt).not.toBeNull();
    expect((await failure(core, 'cbt/outboxSessions', { sessionIds: [] })).code).toBe('BAD_ARGS');
  });
});
