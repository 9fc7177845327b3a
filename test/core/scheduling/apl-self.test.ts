import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { CANDIDATE_PASSWORD_COST, verifyPassword } from '../../../electron/core/auth/password';
import { candidateAccountId } from '../../../electron/core/ids';
import { PASSWORD_ALPHABET } from '../../../electron/core/scheduling/handover';
import { APL_SELF_DAYS } from '../../../electron/shared/apl-self';
import { call, demoSessionId, failure, signInAs, signInCandidate, tempCore } from '../../support/core';
import { auditCount, candidateInput, lastAuditDetails, NOW, tukInput } from '../registry/support';
import { demoSchemeId, setRules } from './support';

const READABLE = new RegExp(`^[${PASSWORD_ALPHABET}]{4}-[${PASSWORD_ALPHABET}]{4}-[${PASSWORD_ALPHABET}]{4}$`);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The demo LSP on a clock the test moves, one new candidate with FR.APL.01 saved for the demo scheme (25 elements). */
async function aplWorld() {
  let at = NOW;
  const core = await tempCore({ clock: { now: () => at } });
  const admin = await signInAs(core, 'admin');
  const assessor = await signInAs(core, 'assessor1');
  const candidate = await call(core, 'candidates/create', { candidate: candidateInput(1) }, admin);
  const key = { candidateId: candidate.id, schemeId: demoSchemeId(core) };
  const apl01 = { purpose: 'sertifikasi' as const, purposeNote: null, evidence: [{ kind: 'basic' as const, description: 'Ijazah SMK', status: 'memenuhi' as const }] };
  const saveApl01 = () => call(core, 'apl/saveApplication', { ...key, ...apl01 }, admin);
  return { core, admin, assessor, key, candidate, saveApl01, later: (ms: number) => (at = new Date(at.getTime() + ms)) };
}

const signIn = (core: Core, username: string, password: string) => call(core, 'auth/aplSignIn', { username, password });
const allAnswers = (rows: { elementId: string }[], evidence: string | null = 'Sertifikat pelatihan') => rows.map((r) => ({ elementId: r.elementId, answer: 'K' as const, evidence }));

describe('apl/issueSelfAccess', () => {
  it("needs FR.APL.01, then gives the candidate's account a readable password once, at the candidates' cost, for 14 days; issuing again keeps the name and replaces the password, audited without it", async () => {
    const { core, admin, key, saveApl01 } = await aplWorld();
    expect((await failure(core, 'apl/issueSelfAccess', key, admin)).code).toBe('APL_SELF_NEEDS_APL01');
    expect(await call(core, 'apl/selfAccess', key, admin)).toBeNull();
    await saveApl01();

    const first = await call(core, 'apl/issueSelfAccess', key, admin);
    expect(first.username).toMatch(/^apl-[a-z2-9]{6}$/);
    expect(first.password).toMatch(READABLE);
    expect(first).toMatchObject({ candidateName: 'Asesi 000001', issuedAt: NOW.toISOString(), expiresAt: new Date(NOW.getTime() + APL_SELF_DAYS * DAY_MS).toISOString() });
    const account = core.db.prepare('SELECT id, role, candidate_id, password_hash FROM account WHERE username = ?').get(first.username) as { id: string; role: string; candidate_id: string; password_hash: string };
    expect(account).toMatchObject({ role: 'candidate', candidate_id: key.candidateId });
    // The id every installation gives this candidate's account (a TUK's card made before the LSP's bundle names it too).
    expect(account.id).toBe(candidateAccountId(key.candidateId));
    expect(account.password_hash.split('$')[1]).toBe(String(CANDIDATE_PASSWORD_COST));
    expect(await verifyPassword(first.password, account.password_hash)).toBe(true);
    expect(await call(core, 'apl/selfAccess', key, admin)).toEqual({ username: first.username, expiresAt: first.expiresAt, submittedAt: null });
    expect(JSON.stringify(lastAuditDetails(core, 'apl02.issueAccess'))).not.toContain(first.password);

    const signedIn = await signIn(core, first.username, first.password);
    expect(signedIn.principal).toMatchObject({ role: 'candidate', candidateId: key.candidateId, username: first.username });
    const again = await call(core, 'apl/issueSelfAccess', key, admin);
    expect(again.username).toBe(first.username);
    expect(again.password).not.toBe(first.password);
    expect(auditCount(core, 'apl02.issueAccess')).toBe(2);
    // The old password and the sign-in made with it both end.
    expect((await failure(core, 'auth/whoami', {}, signedIn.token)).code).toBe('UNAUTHENTICATED');
    expect((await failure(core, 'auth/aplSignIn', { username: first.username, password: first.password })).code).toBe('BAD_CREDENTIALS');
    await signIn(core, again.username, again.password);
    expect((await failure(core, 'apl/issueSelfAccess', key, await signInAs(core, 'assessor1'))).code).toBe('FORBIDDEN');
  });
});

describe("the candidate's own FR.APL.02", () => {
  it('is filled and saved by the candidate (entered_by candidate, saved_by their account), submitted only complete, then locked; staff may still enter the paper; the review ends the sign-in', async () => {
    const { core, admin, assessor, key, saveApl01 } = await aplWorld();
    await saveApl01();
    const issued = await call(core, 'apl/issueSelfAccess', key, admin);
    const me = (await signIn(core, issued.username, issued.password)).token;

    const mine = await call(core, 'apl/mySelfAssessment', {}, me);
    expect(mine).toMatchObject({ candidateName: 'Asesi 000001', status: 'open', complete: false, savedAt: null, expiresAt: issued.expiresAt });
    expect(mine.rows).toHaveLength(25);
    const half = allAnswers(mine.rows.slice(0, 10));
    const saved = await call(core, 'apl/saveMySelfAssessment', { answers: half }, me);
    expect(saved).toMatchObject({ enteredBy: 'candidate', complete: false, savedAt: NOW.toISOString() });
    const accountId = (await call(core, 'auth/whoami', {}, me)).accountId;
    expect(core.db.prepare('SELECT entered_by, saved_by FROM apl_self_assessment WHERE application_id = (SELECT id FROM apl_application WHERE candidate_id = ?)').get(key.candidateId)).toEqual({ entered_by: 'candidate', saved_by: accountId });
    expect(await failure(core, 'apl/submitMySelfAssessment', { confirm: true }, me)).toMatchObject({ code: 'APL02_INCOMPLETE', params: { count: 15 } });

    await call(core, 'apl/saveMySelfAssessment', { answers: allAnswers(mine.rows) }, me);
    const submitted = await call(core, 'apl/submitMySelfAssessment', { confirm: true }, me);
    expect(submitted).toMatchObject({ status: 'submitted', complete: true });
    expect(auditCount(core, 'apl02.submit')).toBe(1);
    expect((await call(core, 'apl/selfAccess', key, admin))?.submittedAt).toBe(NOW.toISOString());
    expect((await failure(core, 'apl/saveMySelfAssessment', { answers: half }, me)).code).toBe('APL_SELF_SUBMITTED');
    // A submitted form still reads, and submitting again changes nothing.
    expect((await call(core, 'apl/submitMySelfAssessment', { confirm: true }, me)).status).toBe('submitted');
    expect(auditCount(core, 'apl02.submit')).toBe(1);

    // The assessor's review is the existing one, unchanged; the candidate's mark stays on the record.
    const reviewed = await call(core, 'apl/reviewSelfAssessment', { ...key, recommendation: 'proceed', note: null }, assessor);
    expect(reviewed.apl02).toMatchObject({ enteredBy: 'candidate', review: { recommendation: 'proceed' } });
    expect((await failure(core, 'apl/mySelfAssessment', {}, me)).code).toBe('APL_SELF_REVIEWED');
    expect((await failure(core, 'auth/aplSignIn', { username: issued.username, password: issued.password })).code).toBe('APL_SELF_REVIEWED');

    // Staff enter a paper form as before: it becomes theirs (and the review clears, as any change does).
    const paper = await call(core, 'apl/saveSelfAssessment', { ...key, answers: allAnswers(mine.rows, 'Dari formulir kertas') }, admin);
    expect(paper.apl02).toMatchObject({ enteredBy: 'staff', review: null });
  });

  it(`ends ${APL_SELF_DAYS} days after it was issued`, async () => {
    const { core, admin, key, saveApl01, later } = await aplWorld();
    await saveApl01();
    const issued = await call(core, 'apl/issueSelfAccess', key, admin);
    later(APL_SELF_DAYS * DAY_MS - 60_000);
    // A sign-in lasts a day at most (SESSION_TTL_MS): the candidate signs in again on the last day.
    const me = (await signIn(core, issued.username, issued.password)).token;
    expect((await call(core, 'apl/mySelfAssessment', {}, me)).status).toBe('open');
    later(60_000);
    expect(await failure(core, 'apl/mySelfAssessment', {}, me)).toMatchObject({ code: 'APL_SELF_EXPIRED', params: { date: issued.expiresAt } });
    expect((await failure(core, 'auth/aplSignIn', { username: issued.username, password: issued.password })).code).toBe('APL_SELF_EXPIRED');
  });
});

describe("the candidate's mark on FR.APL.02 (apl02.submittedAt)", () => {
  it('is when they sent their answers: none for a draft saved and not sent, the sending kept when the sign-in is issued again, none once a new draft follows', async () => {
    const { core, admin, key, saveApl01, later } = await aplWorld();
    await saveApl01();
    const issued = await call(core, 'apl/issueSelfAccess', key, admin);
    const me = (await signIn(core, issued.username, issued.password)).token;
    const rows = (await call(core, 'apl/mySelfAssessment', {}, me)).rows;
    const printed = async () => (await call(core, 'apl/print', key, admin)).detail.apl02;

    // Saved on their PC, not sent: the print gave it "Dikirim asesi secara elektronik" at the save all the same.
    await call(core, 'apl/saveMySelfAssessment', { answers: allAnswers(rows) }, me);
    expect(await printed()).toMatchObject({ enteredBy: 'candidate', savedAt: NOW.toISOString(), submittedAt: null });

    const sentAt = later(60_000).toISOString();
    await call(core, 'apl/submitMySelfAssessment', { confirm: true }, me);
    expect(await printed()).toMatchObject({ enteredBy: 'candidate', submittedAt: sentAt });
    expect((await call(core, 'apl/get', key, admin)).apl02.submittedAt).toBe(sentAt);

    // A new sign-in clears the account's sending; the answers it sent have not changed, so the log's sending stands.
    later(60_000);
    const again = await call(core, 'apl/issueSelfAccess', key, admin);
    expect(await printed()).toMatchObject({ submittedAt: sentAt });
    // A draft saved since is not what was sent.
    const me2 = (await signIn(core, again.username, again.password)).token;
    later(60_000);
    await call(core, 'apl/saveMySelfAssessment', { answers: allAnswers(rows, 'Diubah') }, me2);
    expect(await printed()).toMatchObject({ enteredBy: 'candidate', submittedAt: null });

    // Staff's entry from paper is never the candidate's.
    await call(core, 'apl/saveSelfAssessment', { ...key, answers: allAnswers(rows, 'Dari formulir kertas') }, admin);
    expect(await printed()).toMatchObject({ enteredBy: 'staff', submittedAt: null });
  });
});

describe('what an APL.02 sign-in reaches', () => {
  it("reaches no session (cbt/*, feedback/*, the session's sign-in) and no other application; a session's sign-in reaches no APL.02 form", async () => {
    const { core, admin, key, saveApl01 } = await aplWorld();
    await saveApl01();
    const issued = await call(core, 'apl/issueSelfAccess', key, admin);
    const me = (await signIn(core, issued.username, issued.password)).token;

    expect((await failure(core, 'cbt/state', {}, me)).code).toBe('NOT_IN_SESSION');
    expect((await failure(core, 'cbt/clock', {}, me)).code).toBe('NOT_IN_SESSION');
    expect((await failure(core, 'feedback/state', {}, me)).code).toBe('NOT_IN_SESSION');
    expect((await failure(core, 'apl/get', key, me)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'apl/saveSelfAssessment', { ...key, answers: [] }, me)).code).toBe('FORBIDDEN');
    // The application comes from the account, never from the arguments.
    const other = await call(core, 'candidates/create', { candidate: candidateInput(2) }, admin);
    expect((await failure(core, 'apl/mySelfAssessment', { candidateId: other.id, schemeId: key.schemeId }, me)).code).toBe('BAD_ARGS');
    expect((await failure(core, 'apl/saveMySelfAssessment', { candidateId: other.id, schemeId: key.schemeId, answers: [] }, me)).code).toBe('BAD_ARGS');
    // The token is right, yet an APL.02 sign-in never opens the session.
    const sessionToken = (await call(core, 'exam/startSession', { sessionId: demoSessionId(core) }, await signInAs(core, 'proctor'))).token!;
    expect((await failure(core, 'auth/candidateSignIn', { participantNo: issued.username, password: issued.password, token: sessionToken, deviceId: 'lab-pc-01' })).code).toBe('BAD_CREDENTIALS');

    // The demo candidate signed in to the session: no APL.02 form, and their password opens no APL.02 sign-in.
    const seated = await signInCandidate(core, 0);
    expect((await failure(core, 'apl/mySelfAssessment', {}, seated)).code).toBe('APL_SELF_NO_ACCESS');
    expect((await failure(core, 'apl/saveMySelfAssessment', { answers: [] }, seated)).code).toBe('APL_SELF_NO_ACCESS');
    expect((await failure(core, 'apl/submitMySelfAssessment', { confirm: true }, seated)).code).toBe('APL_SELF_NO_ACCESS');
    const demoCandidate = core.db.prepare("SELECT username FROM account WHERE role = 'candidate' AND apl_application_id IS NULL LIMIT 1").pluck().get() as string;
    expect((await failure(core, 'auth/aplSignIn', { username: demoCandidate, password: 'wrong-or-right' })).code).toBe('BAD_CREDENTIALS');
  });

  it("becomes the session's sign-in again when the session's passwords are issued; until then the session warns that the candidate has none", async () => {
    const { core, admin, key, saveApl01 } = await aplWorld();
    await saveApl01();
    const issued = await call(core, 'apl/issueSelfAccess', key, admin);
    await setRules(core, admin, { aplGate: false });
    const assessorId = (await call(core, 'auth/whoami', {}, await signInAs(core, 'assessor1'))).assessorId!;
    const tuk = await call(core, 'tuks/create', { tuk: tukInput(7, { type: 'mandiri' }) }, admin);
    await call(core, 'tuks/addVerification', { tukId: tuk.id, verification: { verifiedOn: '2026-06-01', verifier: 'Tim LSP', result: 'fit', note: null, sessionId: null } }, admin);
    const session = await call(
      core,
      'sessions/create',
      {
        session: {
          schemeId: key.schemeId,
          tukId: tuk.id,
          code: null,
          titleId: null,
          titleEn: null,
          date: '2026-12-01',
          startTime: '08:00',
          durationMinutes: 120,
          mode: 'single_station',
          assessorIds: [assessorId],
          candidates: [{ candidateId: key.candidateId, assessorId }],
        },
      },
      admin,
    );
    expect(session.conflicts.map((c) => c.code)).toContain('SCHEDULE_PASSWORDS_NOT_ISSUED');
    const [card] = (await call(core, 'sessions/issuePasswords', { sessionId: session.id }, admin)).passwords;
    expect(core.db.prepare('SELECT username, apl_application_id FROM account WHERE candidate_id = ?').get(key.candidateId)).toEqual({ username: card.participantNo, apl_application_id: null });
    expect((await failure(core, 'auth/aplSignIn', { username: issued.username, password: issued.password })).code).toBe('BAD_CREDENTIALS');
    expect((await call(core, 'sessions/get', { sessionId: session.id }, admin)).conflicts.map((c) => c.code)).not.toContain('SCHEDULE_PASSWORDS_NOT_ISSUED');
  });
});

