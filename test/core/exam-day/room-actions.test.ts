import { describe, expect, it } from 'vitest';
import { call, candidateId, demo, demoSessionId, failure, signInAs, tempCore } from '../../support/core';
import { MINUTE } from '../../support/clock';
import { examDay } from '../cbt/support';

/** Two candidates in their test (0 and 1), one signed in but not started (2), the rest not come yet. */
async function roomAtWork() {
  const day = await examDay(0);
  await call(day.core, 'cbt/agree', { accept: true }, day.candidate);
  const signIn = async (index: number) => {
    const c = demo.people.candidates[index];
    return (await call(day.core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token: day.token, deviceId: `room-pc-${index}-device` })).token;
  };
  const second = await signIn(1);
  await call(day.core, 'cbt/agree', { accept: true }, second);
  await signIn(2);
  return { ...day, second, working: [candidateId(day.core, 0), candidateId(day.core, 1)].sort() };
}

const auditOf = (day: Awaited<ReturnType<typeof roomAtWork>>, action: string) =>
  (day.core.db.prepare('SELECT entity, entity_id AS entityId, details FROM audit_log WHERE action = ?').all(action) as { entity: string; entityId: string; details: string }[]).map(
    (r) => ({ ...r, details: JSON.parse(r.details) as { reason: string; candidateIds: string[]; minutes?: number } }),
  );

describe('room-wide actions for a power cut (issue 18 item 20)', () => {
  it('pauses and resumes every test being written under one reason, one audit entry each, and each screen hears of it', async () => {
    const day = await roomAtWork();
    const { core, proctor, seat, clock } = day;
    const heard: unknown[] = [];
    core.subscribe(day.candidate, (m) => heard.push(m));
    core.subscribe(day.second, (m) => heard.push(m));

    const paused = await call(core, 'exam/pauseAll', { sessionId: seat.sessionId, reason: 'Listrik padam satu ruangan' }, proctor);
    expect([...paused.candidateIds].sort()).toEqual(day.working);
    expect(heard.filter((m) => (m as { event: string }).event === 'cbt/clockChanged')).toHaveLength(2);
    for (const token of [day.candidate, day.second]) expect((await call(core, 'cbt/clock', {}, token))?.paused).toBe(true);
    const state = await call(core, 'cbt/state', {}, day.candidate);
    expect((await failure(core, 'cbt/save', { itemId: state.items[0].itemId, seq: 1, choice: 0, text: null, doubtful: false }, day.candidate)).code).toBe('ANSWERED_WHILE_PAUSED');
    // Nobody left to pause: nothing changes, nothing is recorded.
    expect((await call(core, 'exam/pauseAll', { sessionId: seat.sessionId, reason: 'sekali lagi' }, proctor)).candidateIds).toEqual([]);

    clock.advance(7 * MINUTE);
    const resumed = await call(core, 'exam/resumeAll', { sessionId: seat.sessionId, reason: 'Listrik menyala lagi' }, proctor);
    expect([...resumed.candidateIds].sort()).toEqual(day.working);
    const clockAfter = await call(core, 'cbt/clock', {}, day.candidate);
    expect(clockAfter?.paused).toBe(false);
    // The seven minutes of the cut are given back.
    expect(clockAfter?.remainingMs).toBe(demo.people.session.durationMinutes * MINUTE);

    const pausedAudit = auditOf(day, 'exam.pausedAll');
    expect(pausedAudit).toHaveLength(1);
    expect(pausedAudit[0]).toMatchObject({ entity: 'session', entityId: seat.sessionId, details: { reason: 'Listrik padam satu ruangan' } });
    expect([...pausedAudit[0].details.candidateIds].sort()).toEqual(day.working);
    expect(auditOf(day, 'exam.resumedAll')).toHaveLength(1);
    // No per-candidate entries beside the room's one.
    expect(auditOf(day, 'exam.paused')).toEqual([]);
  });

  it('extends everyone still writing, and the berita acara lists the room-wide actions once each', async () => {
    const day = await roomAtWork();
    const { core, proctor, seat } = day;
    const before = await call(core, 'cbt/clock', {}, day.second);
    const extended = await call(core, 'exam/extendAll', { sessionId: seat.sessionId, minutes: 15, reason: 'Gangguan jaringan' }, proctor);
    expect([...extended.candidateIds].sort()).toEqual(day.working);
    const after = await call(core, 'cbt/clock', {}, day.second);
    expect(Date.parse(after!.deadline) - Date.parse(before!.deadline)).toBe(15 * MINUTE);
    expect(auditOf(day, 'exam.extendedAll')[0].details).toMatchObject({ minutes: 15, reason: 'Gangguan jaringan' });

    await call(core, 'exam/pauseAll', { sessionId: seat.sessionId, reason: 'Listrik padam' }, proctor);
    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect(minutes.proctorActions.map((a) => [a.action, a.candidates, a.minutes, a.reason, a.participantNo])).toEqual([
      ['extendedAll', 2, 15, 'Gangguan jaringan', ''],
      ['pausedAll', 2, null, 'Listrik padam', ''],
    ]);
  });

  it('is the proctor\'s alone, and only while the session runs', async () => {
    const day = await roomAtWork();
    const { core, proctor, seat } = day;
    const assessor = await signInAs(core, 'assessor1');
    for (const method of ['exam/pauseAll', 'exam/resumeAll', 'exam/markAllAbsent'] as const) {
      expect((await failure(core, method, { sessionId: seat.sessionId, reason: 'coba saja' }, assessor)).code, method).toBe('FORBIDDEN');
      expect((await failure(core, method, { sessionId: seat.sessionId, reason: 'coba saja' }, day.candidate)).code, method).toBe('FORBIDDEN');
    }
    expect((await failure(core, 'exam/extendAll', { sessionId: seat.sessionId, minutes: 5, reason: 'coba saja' }, assessor)).code).toBe('FORBIDDEN');
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Selesai' }, proctor);
    expect((await failure(core, 'exam/pauseAll', { sessionId: seat.sessionId, reason: 'terlambat' }, proctor)).code).toBe('SESSION_ENDED');
    expect((await failure(core, 'exam/markAllAbsent', { sessionId: seat.sessionId, reason: 'terlambat' }, proctor)).code).toBe('SESSION_ENDED');
  });
});

describe('mark all not yet present as absent (issue 18 item 21)', () => {
  it('marks everyone the attendance definition calls not recorded, and no one who started or was recorded, in one audit entry', async () => {
    const day = await roomAtWork();
    const { core, proctor, seat } = day;
    const total = demo.people.candidates.length;
    await call(core, 'exam/checkIn', { sessionId: seat.sessionId, candidateId: candidateId(core, 2) }, proctor);
    const before = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect(before.notRecorded).toBe(total - 3);

    const marked = await call(core, 'exam/markAllAbsent', { sessionId: seat.sessionId, reason: 'Pintu ruang uji ditutup' }, proctor);
    expect(marked.candidateIds).toHaveLength(total - 3);
    expect(marked.candidateIds).not.toContain(candidateId(core, 0));
    expect(marked.candidateIds).not.toContain(candidateId(core, 2));
    const after = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect({ present: after.present, absent: after.absent, notRecorded: after.notRecorded }).toEqual({ present: 3, absent: total - 3, notRecorded: 0 });
    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, proctor);
    expect(board.rows.filter((r) => r.attendance === 'absent')).toHaveLength(total - 3);

    const audit = auditOf(day, 'exam.markedAllAbsent');
    expect(audit).toHaveLength(1);
    expect(audit[0].details.reason).toBe('Pintu ruang uji ditutup');
    expect(audit[0].details.candidateIds).toHaveLength(total - 3);
    expect(after.proctorActions.map((a) => [a.action, a.candidates])).toEqual([['markedAllAbsent', total - 3]]);
    // Again: nobody is left, nothing recorded.
    expect((await call(core, 'exam/markAllAbsent', { sessionId: seat.sessionId, reason: 'sekali lagi' }, proctor)).candidateIds).toEqual([]);
    expect(auditOf(day, 'exam.markedAllAbsent')).toHaveLength(1);
  });

  it('cannot run before the session starts', async () => {
    const fresh = await tempCore();
    const proctor = await signInAs(fresh, 'proctor');
    expect((await failure(fresh, 'exam/markAllAbsent', { sessionId: demoSessionId(fresh), reason: 'terlalu cepat' }, proctor)).code).toBe('SESSION_NOT_STARTED');
    expect((await failure(fresh, 'exam/pauseAll', { sessionId: demoSessionId(fresh), reason: 'terlalu cepat' }, proctor)).code).toBe('SESSION_NOT_STARTED');
  });
});

describe("unlock every locked seat of the session under one reason", () => {
  it("unlocks the seats another seat's wrong passwords locked, not the running test, in one audit entry; the board, the home and each unlocked card hear it", async () => {
    const day = await roomAtWork();
    const { core, proctor, seat } = day;
    const pushes: unknown[] = [];
    core.subscribe(proctor, (m) => (m.event === 'accounts/changed' || m.event === 'exam/boardChanged') && pushes.push(m));
    // Someone at a seat, with the room's token, types wrong passwords for the next three participant numbers.
    const victims = [3, 4, 5];
    for (const index of victims) {
      for (let i = 0; i < 5; i++) {
        await failure(core, 'auth/candidateSignIn', { participantNo: demo.people.candidates[index].participantNo, password: `salah-${i}`, token: day.token, deviceId: 'room-pc-9-device' });
      }
    }
    const lockedOnBoard = async () => (await call(core, 'exam/board', { sessionId: seat.sessionId }, proctor)).rows.filter((r) => r.locked).map((r) => r.candidateId).sort();
    const victimIds = victims.map((i) => candidateId(core, i)).sort();
    expect(await lockedOnBoard()).toEqual(victimIds);

    pushes.length = 0;
    const unlocked = await call(core, 'exam/unlockAll', { sessionId: seat.sessionId, reason: 'Dikunci dari PC-9, peserta sudah dicek' }, proctor);
    expect([...unlocked.candidateIds].sort()).toEqual(victimIds);
    expect(await lockedOnBoard()).toEqual([]);
    const audit = auditOf(day, 'exam.unlockedAll');
    expect(audit.map((a) => [a.entity, a.entityId, a.details.reason, [...a.details.candidateIds].sort()])).toEqual([
      ['session', seat.sessionId, 'Dikunci dari PC-9, peserta sudah dicek', victimIds],
    ]);
    expect(pushes.filter((m) => (m as { event: string }).event === 'accounts/changed')).toHaveLength(3);
    for (const index of victims) {
      const c = demo.people.candidates[index];
      const signedIn = await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token: day.token, deviceId: `room-pc-${index}-device` });
      expect(signedIn.principal.username).toBe(c.participantNo);
    }
    // The tests under way were not touched; nothing left to unlock records nothing.
    expect((await call(core, 'cbt/state', {}, day.candidate)).phase).toBe('test');
    expect((await call(core, 'exam/unlockAll', { sessionId: seat.sessionId, reason: 'sekali lagi' }, proctor)).candidateIds).toEqual([]);
    expect(auditOf(day, 'exam.unlockedAll')).toHaveLength(1);
    // The berita acara states it, once: when, who, how many and why; the unlock that found nothing locked is not there.
    const at = (core.db.prepare("SELECT at FROM audit_log WHERE action = 'exam.unlockedAll'").pluck().get() as string);
    const proctorName = core.db.prepare("SELECT display_name FROM account WHERE role = 'proctor' AND id = (SELECT actor_account_id FROM audit_log WHERE action = 'exam.unlockedAll')").pluck().get() as string;
    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect(minutes.proctorActions.filter((a) => a.action === 'unlockedAll')).toEqual([
      { at, action: 'unlockedAll', participantNo: '', candidateName: '', candidates: 3, reason: 'Dikunci dari PC-9, peserta sudah dicek', minutes: null, by: proctorName },
    ]);
    expect(proctorName).not.toBe('');
  });

  it("is the proctor's alone, asks a reason, and only while the session runs", async () => {
    const day = await roomAtWork();
    const { core, proctor, seat } = day;
    expect((await failure(core, 'exam/unlockAll', { sessionId: seat.sessionId, reason: 'coba saja' }, await signInAs(core, 'assessor1'))).code).toBe('FORBIDDEN');
    expect((await failure(core, 'exam/unlockAll', { sessionId: seat.sessionId, reason: 'coba saja' }, day.candidate)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'exam/unlockAll', { sessionId: seat.sessionId, reason: '' }, proctor)).code).toBe('BAD_ARGS');
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Selesai' }, proctor);
    expect((await failure(core, 'exam/unlockAll', { sessionId: seat.sessionId, reason: 'terlambat' }, proctor)).code).toBe('SESSION_ENDED');
  });
});
