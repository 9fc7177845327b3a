import { describe, expect, it } from 'vitest';
import { HELD_ANSWER_MARGIN_MS, OFFLINE_DELIVERY_TOLERANCE_MS } from '../../../electron/core/cbt/attempt';
import { receiptCode } from '../../../electron/core/cbt/receipt';
import { LATE_SAVE_GRACE_MS } from '../../../electron/core/cbt/timing';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { call, demo, failure, releaseToken, signInAs, tempCore, tempDir } from '../../support/core';
import { MINUTE, movableClock } from '../../support/clock';
import { correctOrdinal, examDay, storedAnswer } from './support';

const MC_COUNT = demo.instruments.multipleChoice.length;
const ESSAY_COUNT = demo.instruments.essay.length;

describe('the candidate attempt', () => {
  it('starts with FR.AK.01 and starts the clock only when the candidate accepts it', async () => {
    const { core, candidate } = await examDay();
    const before = await call(core, 'cbt/state', {}, candidate);
    expect(before).toMatchObject({ phase: 'agreement', agreedAt: null, items: [], clock: null });
    expect(before.agreement).toMatchObject({
      candidateName: demo.people.candidates[0].name,
      assessorName: demo.people.assessors[0].name,
      assessorMet: demo.people.assessors[0].metNumber,
      durationMinutes: demo.people.session.durationMinutes,
    });
    expect(before.agreement.evidence).toEqual(['observation', 'written', 'oral', 'interview']);
    expect((await failure(core, 'cbt/save', { itemId: 'x', seq: 1, choice: 0, text: null, doubtful: false }, candidate)).code).toBe(
      'AGREEMENT_REQUIRED',
    );

    const after = await call(core, 'cbt/agree', { accept: true }, candidate);
    expect(after.phase).toBe('test');
    expect(after.items).toHaveLength(MC_COUNT + ESSAY_COUNT);
    expect(after.items.slice(0, MC_COUNT).every((i) => i.kind === 'multiple_choice' && i.options.length === 5)).toBe(true);
    expect(after.items.slice(MC_COUNT).every((i) => i.kind === 'essay' && i.options.length === 0)).toBe(true);
    expect(after.items.map((i) => i.number)).toEqual(Array.from({ length: MC_COUNT + ESSAY_COUNT }, (_, i) => i + 1));
    expect(after.clock?.remainingMs).toBe(demo.people.session.durationMinutes * MINUTE);
    // Accepting again changes nothing.
    expect((await call(core, 'cbt/agree', { accept: true }, candidate)).agreedAt).toBe(after.agreedAt);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.agreed'").pluck().get()).toBe(1);
  });

  it('shuffles per candidate and keeps each order across reloads', async () => {
    const a = await examDay(0);
    const first = await call(a.core, 'cbt/agree', { accept: true }, a.candidate);
    const reloaded = await call(a.core, 'cbt/state', {}, a.candidate);
    expect(reloaded.items).toEqual(first.items);
    const b = await examDay(1);
    const other = await call(b.core, 'cbt/agree', { accept: true }, b.candidate);
    // 24! orders: two candidates with the same order would be a broken shuffle.
    expect(other.items.map((i) => i.prompt.id)).not.toEqual(first.items.map((i) => i.prompt.id));
  });

  it('maps the displayed letter back to the original option', async () => {
    const { core, candidate } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const item = state.items[0];
    const original = demo.instruments.multipleChoice.find((q) => q.prompt.id === item.prompt.id)!;
    for (let shown = 0; shown < 5; shown++) {
      await call(core, 'cbt/save', { itemId: item.itemId, seq: shown + 1, choice: shown, text: null, doubtful: false }, candidate);
      const stored = storedAnswer(core, item.itemId)!;
      expect(original.options[stored.choice!].id).toBe(item.options[shown].id);
    }
    const back = await call(core, 'cbt/state', {}, candidate);
    expect(back.answers).toEqual([{ itemId: item.itemId, choice: 4, text: null, doubtful: false, seq: 5 }]);
    expect(correctOrdinal(core, item.itemId)).toBeGreaterThanOrEqual(0);
  });

  it('keeps the newest save by sequence number; a late retry or a repeat changes nothing', async () => {
    const { core, candidate } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const essay = state.items.find((i) => i.kind === 'essay')!;
    const save = (seq: number, text: string, doubtful = false) =>
      call(core, 'cbt/save', { itemId: essay.itemId, seq, choice: null, text, doubtful }, candidate);

    expect((await save(3, 'versi tiga', true)).stored).toBe(true);
    expect((await save(2, 'versi dua (terlambat)')).stored).toBe(false);
    expect((await save(3, 'versi tiga', true)).stored).toBe(false);
    expect(storedAnswer(core, essay.itemId)).toEqual({ choice: null, text: 'versi tiga', doubtful: 1, seq: 3 });
    expect((await save(4, 'versi empat')).stored).toBe(true);
    expect(storedAnswer(core, essay.itemId)).toMatchObject({ text: 'versi empat', doubtful: 0, seq: 4 });
    expect((await call(core, 'cbt/state', {}, candidate)).lastSeq).toBe(4);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.answer'").pluck().get()).toBe(2);
  });

  it('refuses answers of the wrong kind or for questions outside the test, changing nothing', async () => {
    const { core, candidate } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const mc = state.items[0];
    const essay = state.items.find((i) => i.kind === 'essay')!;
    expect((await failure(core, 'cbt/save', { itemId: mc.itemId, seq: 1, choice: null, text: 'teks', doubtful: false }, candidate)).code).toBe(
      'ANSWER_KIND_MISMATCH',
    );
    expect((await failure(core, 'cbt/save', { itemId: essay.itemId, seq: 1, choice: 1, text: null, doubtful: false }, candidate)).code).toBe(
      'ANSWER_KIND_MISMATCH',
    );
    const oral = core.db.prepare("SELECT id FROM item WHERE kind = 'oral' LIMIT 1").pluck().get() as string;
    expect((await failure(core, 'cbt/save', { itemId: oral, seq: 1, choice: null, text: 'x', doubtful: false }, candidate)).code).toBe(
      'NOT_IN_TEST',
    );
    expect((await failure(core, 'cbt/save', { itemId: mc.itemId, seq: 0, choice: 1, text: null, doubtful: false }, candidate)).code).toBe(
      'BAD_ARGS',
    );
    expect(core.db.prepare('SELECT count(*) FROM answer').pluck().get()).toBe(0);
  });

  it('resumes on the same question', async () => {
    const { core, candidate } = await examDay();
    await call(core, 'cbt/agree', { accept: true }, candidate);
    expect(await call(core, 'cbt/visit', { position: 7 }, candidate)).toEqual({ position: 7 });
    expect((await call(core, 'cbt/state', {}, candidate)).position).toBe(7);
    expect(await call(core, 'cbt/visit', { position: 999 }, candidate)).toEqual({ position: MC_COUNT + ESSAY_COUNT - 1 });
  });
});

describe('time', () => {
  it('counts from the start; extensions and paused time move the deadline, nothing else', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay();
    const started = await call(core, 'cbt/agree', { accept: true }, candidate);
    const duration = demo.people.session.durationMinutes * MINUTE;
    const deadline0 = Date.parse(started.clock!.deadline);
    clock.advance(10 * MINUTE);
    expect((await call(core, 'cbt/clock', {}, candidate))?.remainingMs).toBe(duration - 10 * MINUTE);

    const extended = await call(core, 'exam/extendTime', { ...seat, minutes: 5, reason: 'listrik padam 5 menit' }, proctor);
    expect(Date.parse(extended.clock!.deadline) - deadline0).toBe(5 * MINUTE);
    expect(extended.extensionMinutes).toBe(5);

    await call(core, 'exam/pause', { ...seat, reason: 'PC bermasalah' }, proctor);
    expect((await failure(core, 'exam/pause', { ...seat, reason: 'dua kali' }, proctor)).code).toBe('ATTEMPT_PAUSED');
    const item = started.items[0];
    expect((await failure(core, 'cbt/save', { itemId: item.itemId, seq: 1, choice: 0, text: null, doubtful: false }, candidate)).code).toBe(
      'ANSWERED_WHILE_PAUSED',
    );
    const paused = await call(core, 'cbt/clock', {}, candidate);
    clock.advance(7 * MINUTE);
    const stillPaused = await call(core, 'cbt/clock', {}, candidate);
    expect(stillPaused?.paused).toBe(true);
    expect(stillPaused?.remainingMs).toBe(paused?.remainingMs);

    const resumed = await call(core, 'exam/resume', { ...seat, reason: 'PC sudah normal' }, proctor);
    expect(Date.parse(resumed.clock!.deadline) - deadline0).toBe(12 * MINUTE);
    expect((await failure(core, 'exam/resume', { ...seat, reason: 'lagi' }, proctor)).code).toBe('ATTEMPT_NOT_PAUSED');
    const actions = core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'exam.%' ORDER BY seq").pluck().all();
    expect(actions).toEqual(['exam.started', 'exam.extended', 'exam.paused', 'exam.resumed']);
  });

  type ExamDay = Awaited<ReturnType<typeof examDay>>;
  /** Candidate 0 in the test and candidate 1 signed in, each listening; `act` is the proctor's action. */
  async function pushesOf(act: (core: ExamDay['core'], proctor: ExamDay['proctor'], seat: ExamDay['seat']) => Promise<unknown>) {
    const { core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'cbt/agree', { accept: true }, candidate);
    const other = await examDayOther(core);
    const mine: unknown[] = [];
    const theirs: unknown[] = [];
    core.subscribe(candidate, (m) => mine.push(m));
    core.subscribe(other, (m) => theirs.push(m));
    await act(core, proctor, seat);
    return { mine, theirs, clockChanged: { event: 'cbt/clockChanged', payload: { sessionId: seat.sessionId } } };
  }

  it('pushes a clock change to that candidate only', async () => {
    const { mine, theirs, clockChanged } = await pushesOf((core, proctor, seat) => call(core, 'exam/extendTime', { ...seat, minutes: 3, reason: 'terlambat karena PC' }, proctor));
    expect(mine).toEqual([clockChanged]);
    expect(theirs).toEqual([]);
  });

  it('tells the candidate at once when the proctor submits their test (else the screen learnt it at the next heartbeat)', async () => {
    const { mine, theirs, clockChanged } = await pushesOf((core, proctor, seat) => call(core, 'exam/forceSubmit', { ...seat, reason: 'peserta diminta berhenti' }, proctor));
    expect(mine).toEqual([clockChanged]);
    expect(theirs).toEqual([]);
  });

  it('tells every candidate of the session at once when the proctor ends it', async () => {
    const { mine, theirs, clockChanged } = await pushesOf((core, proctor, seat) => call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'waktu sesi habis' }, proctor));
    expect(mine).toEqual([clockChanged]);
    expect(theirs).toEqual([clockChanged]);
  });

  it('accepts saves in the late grace, then submits as timed out and refuses further saves', async () => {
    const { clock, core, candidate } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const [a, b] = state.items;
    clock.advance(demo.people.session.durationMinutes * MINUTE + LATE_SAVE_GRACE_MS - 1000);
    expect((await call(core, 'cbt/save', { itemId: a.itemId, seq: 1, choice: 2, text: null, doubtful: false }, candidate)).stored).toBe(true);
    clock.advance(1000);
    expect((await failure(core, 'cbt/save', { itemId: b.itemId, seq: 2, choice: 2, text: null, doubtful: false }, candidate)).code).toBe(
      'TIME_UP',
    );
    const after = await call(core, 'cbt/state', {}, candidate);
    expect(after.phase).toBe('submitted');
    expect(after.submitted).toMatchObject({ reason: 'timeout' });
    expect(after.submitted?.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(storedAnswer(core, a.itemId)?.choice).not.toBeNull();
    expect(storedAnswer(core, b.itemId)).toBeUndefined();
  });

  it('the countdown reaching zero submits as timed out', async () => {
    const { clock, core, candidate } = await examDay();
    await call(core, 'cbt/agree', { accept: true }, candidate);
    clock.advance(demo.people.session.durationMinutes * MINUTE + 500);
    const state = await call(core, 'cbt/submit', { confirm: true }, candidate);
    expect(state.submitted?.reason).toBe('timeout');
  });
});

describe('submitting', () => {
  it('locks the answers and gives a receipt that depends on every answer', async () => {
    const a = await examDay(0);
    const state = await call(a.core, 'cbt/agree', { accept: true }, a.candidate);
    await call(a.core, 'cbt/save', { itemId: state.items[0].itemId, seq: 1, choice: 1, text: null, doubtful: false }, a.candidate);
    const done = await call(a.core, 'cbt/submit', { confirm: true }, a.candidate);
    expect(done).toMatchObject({ phase: 'submitted', items: [], answers: [], clock: null, submitted: { reason: 'candidate' } });
    expect((await call(a.core, 'cbt/submit', { confirm: true }, a.candidate)).submitted).toEqual(done.submitted);
    expect(
      (await failure(a.core, 'cbt/save', { itemId: state.items[0].itemId, seq: 2, choice: 2, text: null, doubtful: false }, a.candidate)).code,
    ).toBe('ATTEMPT_SUBMITTED');
    expect((await failure(a.core, 'cbt/submit', {}, a.candidate)).code).toBe('BAD_ARGS');

    const answers = [{ itemId: 'i1', choice: 1, text: null, doubtful: 0 as const, seq: 1, savedAt: '' }];
    const changed = [{ ...answers[0], choice: 2 }];
    expect(receiptCode('att', answers)).toBe(receiptCode('att', answers));
    expect(receiptCode('att', answers)).not.toBe(receiptCode('att', changed));
    expect(receiptCode('att', answers)).not.toBe(receiptCode('att', [{ ...answers[0], doubtful: 1 }]));
  });

  it('ending the session submits every open attempt and refuses late saves with its own message', async () => {
    const { core, candidate, proctor, seat } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'sesi selesai' }, proctor);
    expect(
      (await failure(core, 'cbt/save', { itemId: state.items[0].itemId, seq: 1, choice: 0, text: null, doubtful: false }, candidate)).code,
    ).toBe('SESSION_ENDED');
    expect((await call(core, 'cbt/state', {}, candidate)).submitted?.reason).toBe('session_ended');
  });
});

async function examDayOther(core: Awaited<ReturnType<typeof examDay>>['core']): Promise<string> {
  const token = await releaseToken(core);
  const c = demo.people.candidates[1];
  return (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'pc-other-1' })).token;
}

describe('a pause stops the candidate', () => {
  it('refuses for good every answer stamped inside a pause, during it and after the resume; answers from before it count', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const [a, b, c, d, e] = state.items;
    const save = (item: typeof a, seq: number, answeredAt: Date, choice = 1) =>
      core.dispatch('cbt/save', { itemId: item.itemId, seq, choice: item.kind === 'essay' ? null : choice, text: null, doubtful: false, answeredAt: answeredAt.toISOString() }, candidate);

    clock.advance(5 * MINUTE);
    const beforePause = clock.now();
    expect((await save(a, 1, beforePause)).ok).toBe(true);
    clock.advance(1000);
    const pausedAt = clock.now();
    await call(core, 'exam/pause', { ...seat, reason: 'listrik padam' }, proctor);
    clock.advance(2 * MINUTE);
    // Given before the pause, arriving during it: held (the queue retries after the resume).
    const held = await save(b, 2, new Date(pausedAt.getTime() - 500));
    expect(!held.ok && held.error.code).toBe('ATTEMPT_PAUSED');
    // Given during the pause: refused for good, naming the question.
    const during = await save(c, 3, new Date(pausedAt.getTime() + 60_000));
    expect(!during.ok && during.error).toMatchObject({ code: 'ANSWERED_WHILE_PAUSED', params: { itemId: c.itemId } });
    const inPause = new Date(pausedAt.getTime() + 90_000);
    clock.advance(MINUTE);
    const resumedAt = clock.now();
    await call(core, 'exam/resume', { ...seat, reason: 'listrik menyala' }, proctor);
    clock.advance(10_000);

    // The queue of a PC that missed the pause: what it stamped inside the pause is refused after the resume too.
    expect((await save(b, 4, new Date(pausedAt.getTime() - 500))).ok).toBe(true);
    const replayed = await save(d, 5, inPause);
    expect(!replayed.ok && replayed.error.code).toBe('ANSWERED_WHILE_PAUSED');
    const atResume = await save(e, 6, resumedAt);
    expect(atResume.ok).toBe(true);
    // The refused save changed nothing, not even an earlier answer of the same question.
    expect((await save(a, 7, inPause, 3)).ok).toBe(false);

    const answered = (await call(core, 'cbt/state', {}, candidate)).answers.map((x) => x.itemId).sort();
    expect(answered).toEqual([a.itemId, b.itemId, e.itemId].sort());
    expect((await call(core, 'cbt/state', {}, candidate)).answers.find((x) => x.itemId === a.itemId)?.choice).toBe(1);
    const pauses = core.db.prepare('SELECT paused_at AS p, resumed_at AS r FROM attempt_pause').all();
    expect(pauses).toEqual([{ p: pausedAt.toISOString(), r: resumedAt.toISOString() }]);
  });

  it('a pause ended by submitting closes there: a late delivery stamped after it is refused as answered while paused', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    clock.advance(MINUTE);
    await call(core, 'exam/pause', { ...seat, reason: 'peserta sakit' }, proctor);
    const pausedAt = clock.now();
    clock.advance(MINUTE);
    await call(core, 'exam/forceSubmit', { ...seat, reason: 'peserta tidak dapat melanjutkan' }, proctor);
    const row = core.db.prepare('SELECT paused_at AS p, resumed_at AS r FROM attempt_pause').get() as { p: string; r: string };
    expect(row).toEqual({ p: pausedAt.toISOString(), r: clock.now().toISOString() });
    const item = state.items[0];
    const late = await core.dispatch('cbt/save', { itemId: item.itemId, seq: 1, choice: 0, text: null, doubtful: false, answeredAt: new Date(pausedAt.getTime() + 1000).toISOString() }, candidate);
    expect(!late.ok && late.error.code).toBe('ATTEMPT_SUBMITTED');
  });
});

describe('answers delivered late by a PC that lost the LAN', () => {
  it('count when given before the deadline and delivered within the tolerance; the receipt follows', async () => {
    const { clock, core, candidate } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const deadline = Date.parse(state.clock!.deadline);
    const [a, b, c] = state.items;
    clock.set(new Date(deadline + 3 * MINUTE));
    const timedOut = await call(core, 'cbt/state', {}, candidate);
    expect(timedOut.submitted?.reason).toBe('timeout');

    const before = new Date(deadline - 30_000).toISOString();
    const save = (item: typeof a, seq: number, answeredAt?: string) =>
      core.dispatch('cbt/save', { itemId: item.itemId, seq, choice: 1, text: null, doubtful: false, ...(answeredAt ? { answeredAt } : {}) }, candidate);
    expect((await save(a, 1, before)).ok).toBe(true);
    const afterDeadline = await save(b, 2, new Date(deadline + 1000).toISOString());
    expect(!afterDeadline.ok && afterDeadline.error.code).toBe('TIME_UP');
    const noStamp = await save(c, 3);
    expect(!noStamp.ok && noStamp.error.code).toBe('TIME_UP');
    const after = await call(core, 'cbt/state', {}, candidate);
    expect(after.submitted?.receipt).not.toBe(timedOut.submitted?.receipt);

    clock.set(new Date(deadline + OFFLINE_DELIVERY_TOLERANCE_MS + 1));
    const tooLate = await save(c, 4, before);
    expect(!tooLate.ok && tooLate.error.code).toBe('TIME_UP');
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.lateAnswer'").pluck().get()).toBe(1);
  });

  it('count from a PC that went quiet before them, and the board and the assessor see how many', async () => {
    const { clock, core, candidate, seat } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const deadline = Date.parse(state.clock!.deadline);
    const [a, b] = state.items;
    // Heartbeats until 40 s before the end, then the LAN drops; the candidate answers twice more offline.
    clock.set(new Date(deadline - 50_000));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    clock.set(new Date(deadline - 40_000));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    clock.set(new Date(deadline + 2 * MINUTE));
    // Back online: the screen reads its state (the attempt settles as timed out), then the outbox sends.
    expect((await call(core, 'cbt/state', {}, candidate)).submitted?.reason).toBe('timeout');
    clock.advance(1_000);
    const save = (item: typeof a, seq: number, answeredAt: number) =>
      call(core, 'cbt/save', { itemId: item.itemId, seq, choice: 1, text: null, doubtful: false, answeredAt: new Date(answeredAt).toISOString() }, candidate);
    expect((await save(a, 1, deadline - 30_000)).stored).toBe(true);
    expect((await save(b, 2, deadline - 1_000)).stored).toBe(true);
    // A save stamped just before the PC's last heartbeat got through: it was in flight when the LAN dropped.
    expect((await save(state.items[2], 3, deadline - 40_000 - HELD_ANSWER_MARGIN_MS + 1)).stored).toBe(true);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.lateAnswer'").pluck().get()).toBe(3);

    // The proctor signs in again: the clock moved past their idle limit.
    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, await signInAs(core, 'proctor'));
    expect(board.rows.find((r) => r.candidateId === seat.candidateId)?.lateAnswers).toBe(3);
    const admin = await signInAs(core, 'admin');
    expect((await call(core, 'assessment/workspace', seat, admin)).attempt.lateAnswers).toBe(3);
  });

  it('are refused from a PC that stayed online after giving them, in both languages; nothing is stored', async () => {
    const { clock, core, candidate, seat } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const deadline = Date.parse(state.clock!.deadline);
    const item = state.items[0];
    // The screen beats every 10 s to the end; at zero it reads the clock and submits.
    for (let at = deadline - 60_000; at < deadline; at += 10_000) {
      clock.set(new Date(at));
      await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    }
    clock.set(new Date(deadline + 300));
    await call(core, 'cbt/clock', {}, candidate);
    expect((await call(core, 'cbt/submit', { confirm: true }, candidate)).submitted?.reason).toBe('timeout');
    // Then, by hand, saves stamped before the deadline: as the walk did at +60 s, +300 s and +570 s.
    for (const [n, after] of [60_000, 300_000, 570_000].entries()) {
      clock.set(new Date(deadline + after));
      const refused = await failure(core, 'cbt/save', { itemId: item.itemId, seq: n + 1, choice: 1, text: null, doubtful: false, answeredAt: new Date(deadline - 20_000).toISOString() }, candidate);
      expect(refused.code).toBe('ANSWER_HELD_WHILE_ONLINE');
      expect(errorText(refused, 'id')).toContain('masih terhubung dengan server ruang ujian');
      expect(errorText(refused, 'en')).toContain('still in contact with the room server');
    }
    expect(storedAnswer(core, item.itemId)).toBeUndefined();
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.lateAnswer'").pluck().get()).toBe(0);
    const board = await call(core, 'exam/board', { sessionId: seat.sessionId }, await signInAs(core, 'proctor'));
    expect(board.rows.find((r) => r.candidateId === seat.candidateId)?.lateAnswers).toBe(0);
  });

  it('are refused after a restart of the room server too: when the PC was last heard from is on disk', async () => {
    const dataDir = tempDir();
    const first = movableClock(new Date());
    let core = await tempCore({ dataDir, clock: first });
    const token = await releaseToken(core);
    const c = demo.people.candidates[0];
    const candidate = (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: 'pc-0-device' })).token;
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const deadline = Date.parse(state.clock!.deadline);
    first.set(new Date(deadline - 10_000));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    core.close();

    core = await tempCore({ dataDir, clock: movableClock(new Date(deadline + 2 * MINUTE)) });
    expect((await call(core, 'cbt/state', {}, candidate)).submitted?.reason).toBe('timeout');
    const args = { itemId: state.items[0].itemId, seq: 1, choice: 1, text: null, doubtful: false };
    expect((await failure(core, 'cbt/save', { ...args, answeredAt: new Date(deadline - 30_000).toISOString() }, candidate)).code).toBe('ANSWER_HELD_WHILE_ONLINE');
    // Given after that heartbeat, while the LAN was down: it counts.
    expect((await call(core, 'cbt/save', { ...args, answeredAt: new Date(deadline - 5_000).toISOString() }, candidate)).stored).toBe(true);
    core.close();
  });

  it('never reopen an attempt the candidate or the proctor submitted', async () => {
    const { clock, core, candidate } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    await call(core, 'cbt/submit', { confirm: true }, candidate);
    clock.advance(MINUTE);
    const reply = await core.dispatch(
      'cbt/save',
      { itemId: state.items[0].itemId, seq: 1, choice: 1, text: null, doubtful: false, answeredAt: state.clock!.serverNow },
      candidate,
    );
    expect(!reply.ok && reply.error.code).toBe('ATTEMPT_SUBMITTED');
  });
});
