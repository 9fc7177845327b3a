import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log';
import { call, demo, failure, signInAs } from '../../support/core';
import { ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved, testTaken } from './support';

const CANDIDATE_PASSWORD = demo.people.candidates[0].password;

const actions = (core: Awaited<ReturnType<typeof testTaken>>['core']) =>
  core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'assessment.%' ORDER BY seq").pluck().all() as string[];

async function signed() {
  const taken = await testTaken(0);
  const { core, assessor, seat } = taken;
  await scoreAllAchieved(core, assessor, seat);
  await decideAsSuggested(core, assessor, seat);
  await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
  return taken;
}

describe('signatures on the printed forms are only those given', () => {
  it('before any acknowledgement: the candidate has signed nothing but FR.AK.01, the assessor nothing before FR.AK.02', async () => {
    const { core, assessor, seat } = await testTaken(0);
    const before = await call(core, 'assessment/workspace', seat, assessor);
    expect(before.formSignatures.ak01).toEqual({ candidate: { at: before.attempt.agreedAt, how: 'agreed' }, assessor: null });
    for (const form of ['ia05', 'ia06', 'ia07', 'ia01', 'ia03', 'ak02', 'ak03', 'ak04'] as const) {
      expect(before.formSignatures[form]).toEqual({ candidate: null, assessor: null });
    }

    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    const signature = await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    const after = await call(core, 'assessment/workspace', seat, assessor);
    const bySigner = { at: signature!.signedAt, how: 'signed' };
    for (const form of ['ia05', 'ia06', 'ia07', 'ia01', 'ia03', 'ak02'] as const) {
      expect(after.formSignatures[form]).toEqual({ candidate: null, assessor: bySigner });
    }
    expect(after.formSignatures.ak01.assessor).toBeNull();
    expect(after.formSignatures.ak04).toEqual({ candidate: null, assessor: null });
  });
});

describe('the candidate acknowledges FR.AK.02 with their own password on the assessor screen', () => {
  it('needs a signed FR.AK.02 and the candidate password; records, audits and prints it with its time', async () => {
    const { core, assessor, seat, clock } = await testTaken(0);
    expect((await failure(core, 'assessment/candidateAcknowledge', { ...seat, password: CANDIDATE_PASSWORD }, assessor)).code).toBe('ACKNOWLEDGE_NEEDS_SIGNATURE');
    await scoreAllAchieved(core, assessor, seat);
    await decideAsSuggested(core, assessor, seat);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);

    // The assessor's own password is not the candidate's.
    expect((await failure(core, 'assessment/candidateAcknowledge', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor)).code).toBe('CANDIDATE_PASSWORD_WRONG');
    expect((await call(core, 'assessment/workspace', seat, assessor)).acknowledgement).toBeNull();
    expect(actions(core)).toContain('assessment.acknowledgeRefused');

    clock.advance(90_000);
    const ack = await call(core, 'assessment/candidateAcknowledge', { ...seat, password: CANDIDATE_PASSWORD }, assessor);
    expect(ack).toEqual({ acknowledgedAt: clock.now().toISOString() });
    const ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.acknowledgement).toEqual(ack);
    expect(ws.formSignatures.ak02.candidate).toEqual({ at: ack!.acknowledgedAt, how: 'acknowledged' });
    // Still nothing on the instrument forms: the candidate acknowledged FR.AK.02 only.
    expect(ws.formSignatures.ia05.candidate).toBeNull();
    // Twice is harmless: the first stays.
    clock.advance(60_000);
    expect(await call(core, 'assessment/candidateAcknowledge', { ...seat, password: CANDIDATE_PASSWORD }, assessor)).toEqual(ack);
    expect(actions(core).filter((a) => a === 'assessment.acknowledged')).toHaveLength(1);
    expect(verifyAudit(core.db).ok).toBe(true);
  });

  it('only the candidate assessor may ask, and an unlock leaves the new record unacknowledged', async () => {
    const { core, assessor, seat, clock } = await signed();
    const other = await signInAs(core, 'assessor2');
    expect((await failure(core, 'assessment/candidateAcknowledge', { ...seat, password: CANDIDATE_PASSWORD }, other)).code).toBe('FORBIDDEN');
    await call(core, 'assessment/candidateAcknowledge', { ...seat, password: CANDIDATE_PASSWORD }, assessor);
    await call(core, 'assessment/unlock', { ...seat, reason: 'Salah mencatat' }, assessor);
    let ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.acknowledgement).toBeNull();
    expect(ws.formSignatures.ak02).toEqual({ candidate: null, assessor: null });
    clock.advance(60_000);
    await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
    ws = await call(core, 'assessment/workspace', seat, assessor);
    expect(ws.formSignatures.ak02.candidate).toBeNull();
  });

  it('is rate-limited and counted like a sign-in: wrong passwords lock the candidate account', async () => {
    const { core, assessor, seat } = await signed();
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push((await failure(core, 'assessment/candidateAcknowledge', { ...seat, password: `salah-${i}` }, assessor)).code);
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('CANDIDATE_PASSWORD_WRONG'));
    expect(['ACCOUNT_LOCKED', 'RATE_LIMITED']).toContain(codes[4]);
    // Locked now: even the right password is refused until the proctor unlocks the account.
    expect(['ACCOUNT_LOCKED', 'RATE_LIMITED']).toContain((await failure(core, 'assessment/candidateAcknowledge', { ...seat, password: CANDIDATE_PASSWORD }, assessor)).code);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action IN ('auth.failed', 'auth.locked')").pluck().get()).toBeGreaterThanOrEqual(5);
  });
});
