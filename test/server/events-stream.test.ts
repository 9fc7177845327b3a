import { describe, expect, it } from 'vitest';
import { SESSION_TTL_MS } from '../../electron/core/auth/sessions';
import { examDay } from '../core/cbt/support';
import { MINUTE } from '../support/clock';
import { signInAs } from '../support/core';
import { post, tempServer } from '../support/http';
import { openStream } from '../support/sse';

/** Marks the seat's board row changed and pushes it now, instead of waiting for the batch timer. */
function pushBoard(day: Awaited<ReturnType<typeof examDay>>): void {
  day.core.examDay.changed(day.seat.sessionId, day.seat.candidateId);
  day.core.examDay.flush();
}

/** Lets anything already written reach the test's sockets. */
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('push streams end with their token', () => {
  it('a proctor stream ends at sign-out and receives no board row afterwards', async () => {
    const day = await examDay(0);
    const server = await tempServer({ core: day.core });
    const other = await signInAs(day.core, 'proctor');
    const leaving = openStream(server.port, day.proctor);
    const staying = openStream(server.port, other);
    await Promise.all([leaving.ready, staying.ready]);

    pushBoard(day);
    expect((await leaving.next()).event).toBe('exam/boardChanged');
    expect((await staying.next()).event).toBe('exam/boardChanged');

    expect((await post(server, 'auth/signOut', {}, day.proctor)).status).toBe(200);
    await leaving.ended;
    pushBoard(day);
    expect((await staying.next()).event).toBe('exam/boardChanged');
    await settle();
    expect(leaving.received()).toEqual([]);
    staying.close();
  });

  it('a stream ends when its token expires: at the next push, and by the sweep when nothing is pushed', async () => {
    const day = await examDay(0);
    const server = await tempServer({ core: day.core });
    const proctorStream = openStream(server.port, day.proctor);
    const candidateStream = openStream(server.port, day.candidate);
    await Promise.all([proctorStream.ready, candidateStream.ready]);

    // A second proctor signs in shortly before the first sign-ins expire, and outlives them.
    day.clock.advance(SESSION_TTL_MS - MINUTE);
    const fresh = await signInAs(day.core, 'proctor');
    const freshStream = openStream(server.port, fresh);
    await freshStream.ready;
    day.clock.advance(2 * MINUTE);
    pushBoard(day);
    expect((await freshStream.next()).event).toBe('exam/boardChanged');
    await proctorStream.ended;
    expect(proctorStream.received()).toEqual([]);

    // Candidates hear no board rows, so only the sweep (a timer in the core) can notice their expiry.
    expect(day.core.context.events.sweep()).toBe(1);
    await candidateStream.ended;
    expect(day.core.context.events.size).toBe(1);
    freshStream.close();
  });

  it("a candidate's stream ends when the proctor resets their login", async () => {
    const day = await examDay(0);
    const server = await tempServer({ core: day.core });
    const candidateStream = openStream(server.port, day.candidate);
    await candidateStream.ready;
    const reset = await post(server, 'exam/resetLogin', { ...day.seat, reason: 'pindah komputer' }, day.proctor);
    expect(JSON.parse(reset.body)).toEqual({ ok: true, result: { revokedSessions: 1 } });
    await candidateStream.ended;
    expect(day.core.context.events.size).toBe(0);
  });
});
