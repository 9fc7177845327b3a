import { describe, expect, it } from 'vitest';
import { call, demo } from '../../support/core';
import { MINUTE } from '../../support/clock';
import { examDay } from '../cbt/support';

const proctorName = () => demo.people.staff.find((s) => s.role === 'proctor')!.displayName;

describe('the berita acara states the closing of the session and each test it collected', () => {
  it('lists the closing (time, reason, proctor, how many it collected) and the collected test with the time its candidate still had', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'cbt/agree', { accept: true }, candidate);
    clock.advance(4 * MINUTE);
    await call(core, 'exam/extendTime', { ...seat, minutes: 10, reason: 'PC lambat' }, proctor);
    clock.advance(20 * MINUTE + 20_000);
    const closedAt = clock.now().toISOString();
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Waktu pelaksanaan selesai sesuai jadwal TUK' }, proctor);

    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    const c = demo.people.candidates[0];
    const by = proctorName();
    const reason = 'Waktu pelaksanaan selesai sesuai jadwal TUK';
    // duration + 10 min extension − 24 min 20 s written: the countdown's whole minutes.
    const left = demo.people.session.durationMinutes + 10 - 25;
    expect(minutes.proctorActions.map((a) => a.action)).toEqual(['extended', 'sessionEnded', 'collectedAtEnd']);
    expect(minutes.proctorActions.slice(1)).toEqual([
      { at: closedAt, action: 'sessionEnded', participantNo: '', candidateName: '', reason, minutes: null, candidates: 1, by },
      { at: closedAt, action: 'collectedAtEnd', participantNo: c.participantNo, candidateName: c.name, reason, minutes: left, candidates: null, by },
    ]);
  });

  it('counts a pause under way at closing as time the candidate still had, and lists no test submitted before closing as collected', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'cbt/agree', { accept: true }, candidate);
    clock.advance(10 * MINUTE);
    await call(core, 'exam/pause', { ...seat, reason: 'PC-03 mati' }, proctor);
    clock.advance(30 * MINUTE);
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'jadwal habis' }, proctor);
    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect(minutes.proctorActions.map((a) => [a.action, a.minutes, a.candidates])).toEqual([
      ['paused', null, null],
      ['sessionEnded', null, 1],
      // Ten minutes written before the pause; the thirty paused are not taken from the candidate.
      ['collectedAtEnd', demo.people.session.durationMinutes - 10, null],
    ]);
  });

  it('a closing that found nobody writing is listed on its own, collecting nothing', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'cbt/agree', { accept: true }, candidate);
    clock.advance(MINUTE);
    await call(core, 'cbt/submit', { confirm: true }, candidate);
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'semua selesai' }, proctor);
    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect(minutes.proctorActions.map((a) => [a.action, a.candidates, a.reason])).toEqual([['sessionEnded', 0, 'semua selesai']]);
  });
});
