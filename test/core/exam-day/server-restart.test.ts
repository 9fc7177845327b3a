import { describe, expect, it } from 'vitest';
import { verifyAuditReadOnly, writtenWhileLocked } from '../../../electron/core';
import { call, candidateId, demoSessionId, releaseToken, signInAs, signInCandidate, tempCore, tempDir } from '../../support/core';
import { MINUTE, movableClock } from '../../support/clock';

/** A room server's core on one data folder: stopped (as by kill -9, the session left running) and started again. */
async function station(dataDir: string, at: Date) {
  const clock = movableClock(at);
  const core = await tempCore({ dataDir, clock, hostsExamDay: true });
  return { clock, core };
}

describe('a room server restarted during a running session', () => {
  it('states the restart once in the berita acara, with the last activity recorded before it', async () => {
    const dataDir = tempDir();
    const first = await station(dataDir, new Date());
    await releaseToken(first.core);
    const candidate = await signInCandidate(first.core);
    await call(first.core, 'cbt/agree', { accept: true }, candidate);
    first.clock.advance(5 * MINUTE);
    const lastActivityAt = first.clock.now().toISOString();
    const sessionId = demoSessionId(first.core);
    await call(first.core, 'exam/extendTime', { sessionId, candidateId: candidateId(first.core), minutes: 5, reason: 'PC lambat' }, await signInAs(first.core, 'proctor'));
    first.core.close();

    const restartedAt = new Date(Date.parse(lastActivityAt) + 20_000);
    const second = await station(dataDir, restartedAt);
    const proctor = await signInAs(second.core, 'proctor');
    const minutes = await call(second.core, 'exam/minutes', { sessionId }, proctor);
    const restarts = minutes.proctorActions.filter((a) => a.action === 'serverRestarted');
    expect(restarts).toEqual([
      { at: restartedAt.toISOString(), action: 'serverRestarted', participantNo: '', candidateName: '', candidates: null, reason: '', minutes: null, by: '', since: lastActivityAt },
    ]);
    // A system row, not an incident someone typed.
    expect(minutes.incidents).toEqual([]);
  });

  it('is a row audit verify names as written while the keys were locked, when it is all the unsigned tail holds', async () => {
    const dataDir = tempDir();
    const first = await station(dataDir, new Date());
    await releaseToken(first.core);
    first.core.close();
    // Started again and stopped before any key holder signed in: the restart row is the unsigned tail.
    const second = await station(dataDir, new Date(Date.now() + MINUTE));
    second.core.close();
    const tail = verifyAuditReadOnly(dataDir).findings.find((f) => f.fromSeq !== null && f.toSeq !== null);
    expect(tail).toBeDefined();
    expect(writtenWhileLocked(dataDir, tail!.fromSeq!, tail!.toSeq!)).toEqual(['exam.serverRestarted']);
  });

  it('records nothing when no session was running, nor for a one-off command that opens the data', async () => {
    const dataDir = tempDir();
    const first = await station(dataDir, new Date());
    const sessionId = demoSessionId(first.core);
    first.core.close();
    const second = await station(dataDir, new Date(Date.now() + 30 * MINUTE));
    const proctor = await signInAs(second.core, 'proctor');
    expect((await call(second.core, 'exam/minutes', { sessionId }, proctor)).proctorActions).toEqual([]);

    // Started, then opened by a CLI command (not the room server): no restart of the room server happened.
    await releaseToken(second.core);
    second.core.close();
    const cli = await tempCore({ dataDir, clock: movableClock(new Date(Date.now() + 40 * MINUTE)) });
    const token = await signInAs(cli, 'proctor');
    expect((await call(cli, 'exam/minutes', { sessionId }, token)).proctorActions).toEqual([]);
  });
});
