import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../../electron/shared/contract';
import { call, demo, failure } from '../../support/core';
import { examDay } from './support';

/**
 * Every method a candidate can call, with real arguments. A new candidate method without an entry
 * here fails the first test, so nothing reaches a candidate unchecked.
 */
const CANDIDATE_CALLS: Partial<Record<MethodName, (ctx: { firstItem: string; essayItem: string }) => unknown>> = {
  'auth/whoami': () => ({}),
  'candidate/home': () => ({}),
  'cbt/state': () => ({}),
  'cbt/agree': () => ({ accept: true }),
  'cbt/save': ({ firstItem }) => ({ itemId: firstItem, seq: 100, choice: 2, text: null, doubtful: true }),
  'cbt/visit': () => ({ position: 3 }),
  'cbt/clock': () => ({}),
  'cbt/heartbeat': () => ({ focusLost: 1 }),
  'cbt/submit': () => ({ confirm: true }),
  'feedback/state': () => ({}),
  'feedback/submit': () => ({ seq: 1, answers: Array.from({ length: 10 }, () => ({ agree: true, comment: '' })), comment: null, password: demo.people.candidates[0].password }),
  'apl/mySelfAssessment': () => ({}),
  'apl/saveMySelfAssessment': () => ({ answers: [] }),
  'apl/submitMySelfAssessment': () => ({ confirm: true }),
};

/** Methods that answer with a refusal at this point of the day (no decision signed yet): still checked for leaks. */
const REFUSED_NOW: Partial<Record<MethodName, string>> = {
  'feedback/submit': 'FEEDBACK_NOT_OPEN',
  // An FR.APL.02 sign-in's methods: a session's sign-in reaches no APL.02 form (test/core/scheduling/apl-self.test.ts).
  'apl/mySelfAssessment': 'APL_SELF_NO_ACCESS',
  'apl/saveMySelfAssessment': 'APL_SELF_NO_ACCESS',
  'apl/submitMySelfAssessment': 'APL_SELF_NO_ACCESS',
};

const candidateMethods = METHOD_NAMES.filter((m) => {
  const access = contract[m].access;
  return 'roles' in access && access.roles.includes('candidate') && m !== 'auth/signOut';
});

describe('what a candidate can read', () => {
  it('every candidate-callable method is covered here', () => {
    expect(candidateMethods.filter((m) => !CANDIDATE_CALLS[m])).toEqual([]);
  });

  it('never contains an answer key, an expected answer, a score or anyone else', async () => {
    const { core, candidate } = await examDay(0);
    const others = demo.people.candidates.slice(1);
    // A second candidate with answers of their own, which must never show up.
    const started = await call(core, 'cbt/agree', { accept: true }, candidate);
    const ctx = { firstItem: started.items[0].itemId, essayItem: started.items.find((i) => i.kind === 'essay')!.itemId };
    await call(core, 'cbt/save', { itemId: ctx.essayItem, seq: 1, choice: null, text: 'jawaban esai saya', doubtful: false }, candidate);

    const replies: string[] = [JSON.stringify(started)];
    // Order matters: submit last, so the test-phase replies are captured too.
    const ordered = [...candidateMethods].sort((a, b) => Number(a === 'cbt/submit') - Number(b === 'cbt/submit'));
    for (const method of ordered) {
      const reply = await core.dispatch(method, CANDIDATE_CALLS[method]!(ctx), candidate);
      if (REFUSED_NOW[method]) expect(reply, method).toMatchObject({ ok: false, error: { code: REFUSED_NOW[method] } });
      else expect(reply.ok, method).toBe(true);
      replies.push(JSON.stringify(reply));
    }
    const text = replies.join('\n');

    const expectedAnswers = [...demo.instruments.essay, ...demo.instruments.oral, ...demo.instruments.supporting].flatMap((q) => [
      q.expected.id,
      q.expected.en,
    ]);
    for (const expected of expectedAnswers) if (expected) expect(text).not.toContain(expected);
    for (const benchmark of demo.instruments.observation) expect(text).not.toContain(benchmark.benchmark.id);
    expect(text).not.toMatch(/"(is_?correct|correct|key|answerKey|expected\w*|score\w*|achieved|allAchieved|seed)"\s*:/i);
    for (const other of others) {
      expect(text).not.toContain(other.participantNo);
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.nik);
    }
    expect(text).not.toContain(demo.people.candidates[0].nik);
  });

  it('cannot reach the proctor or scoring methods, with any arguments', async () => {
    const { core, candidate, seat } = await examDay(0);
    for (const method of ['exam/startSession', 'exam/token', 'exam/extendTime', 'exam/resetLogin', 'scores/multipleChoice'] as const) {
      expect((await failure(core, method, { ...seat, minutes: 5, reason: 'saya sendiri' }, candidate)).code, method).toBe('FORBIDDEN');
    }
  });
});
