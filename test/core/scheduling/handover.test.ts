import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { NO_PASSWORD, verifyCandidatePassword, verifyPassword } from '../../../electron/core/auth/password';
import { passwordHashFor } from '../../../electron/core/db/queries/accounts';
import { candidateAccountId } from '../../../electron/core/ids';
import { installationPublicKeys, privateKeys } from '../../../electron/core/keys/installation';
import { LAST_PASSWORDS_ISSUED_SQL } from '../../../electron/core/db/queries/session-handover';
import { candidateSession } from '../../../electron/core/db/queries/sessions';
import { PASSWORD_ALPHABET } from '../../../electron/core/scheduling/handover';
import type { SessionPlanInput } from '../../../electron/shared/scheduling';
import { call, failure, signInAs, tempCore } from '../../support/core';
import { TEST_SCRYPT_LOG_N, upload } from '../../support/bundles';
import { forge } from '../../support/forge';
import { assessorInput, candidateInput, NOW, tukInput } from '../registry/support';
import { demoSchemeId, setRules } from './support';
import { mcInput } from '../bank/support';

/** A clock the test moves: "changed since export" compares times, and the TUK runs on the session's day. */
function movableClock(start: Date) {
  let at = start;
  return { clock: { now: () => at }, set: (d: Date) => (at = d), later: (minutes: number) => (at = new Date(at.getTime() + minutes * 60_000)) };
}

const DAY = '2026-12-01';
const READABLE = new RegExp(`^[${PASSWORD_ALPHABET}]{4}-[${PASSWORD_ALPHABET}]{4}-[${PASSWORD_ALPHABET}]{4}$`);

/** The demo LSP planning a session of the demo scheme on DAY 08:00 at a verified TUK Mandiri: three new candidates, the demo's first assessor. */
async function planned(opts: { tukType?: 'mandiri' | 'sewaktu' } = {}) {
  const time = movableClock(NOW);
  const lsp = await tempCore({ clock: time.clock, bundleScryptLogN: TEST_SCRYPT_LOG_N });
  const admin = await signInAs(lsp, 'admin');
  const assessorToken = await signInAs(lsp, 'assessor1');
  const assessorId = (await call(lsp, 'auth/whoami', {}, assessorToken)).assessorId!;
  // The APL gate has its own tests; here the candidates are schedulable.
  await setRules(lsp, admin, { aplGate: false });
  const type = opts.tukType ?? 'mandiri';
  const tuk = await call(lsp, 'tuks/create', { tuk: tukInput(7, { type, capacity: 40 }) }, admin);
  if (type === 'mandiri') {
    await call(lsp, 'tuks/addVerification', { tukId: tuk.id, verification: { verifiedOn: '2026-06-01', verifier: 'Tim LSP', result: 'fit', note: null, sessionId: null } }, admin);
  }
  const candidates: string[] = [];
  for (let i = 0; i < 3; i++) candidates.push((await call(lsp, 'candidates/create', { candidate: candidateInput(7000 + i) }, admin)).id);
  const plan: SessionPlanInput = {
    schemeId: demoSchemeId(lsp),
    tukId: tuk.id,
    code: null,
    titleId: null,
    titleEn: null,
    date: DAY,
    startTime: '08:00',
    durationMinutes: 120,
    mode: 'single_station',
    assessorIds: [assessorId],
    candidates: candidates.map((candidateId) => ({ candidateId, assessorId })),
  };
  const session = await call(lsp, 'sessions/create', { session: plan }, admin);
  return { lsp, admin, assessorId, candidates, plan, session, time };
}

const exportOf = (lsp: Core, admin: string, sessionId: string) =>
  call(lsp, 'bundles/exportSession', { sessionId, operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);

async function tukStationAt(clock: { now: () => Date }) {
  const tuk = await tempCore({ demoIfEmpty: false, tukStationIfEmpty: true, bundleScryptLogN: TEST_SCRYPT_LOG_N, clock });
  return { tuk, proctor: await signInAs(tuk, 'proctor') };
}

async function previewAt(tuk: Core, proctor: string, exported: { filePath: string; generatedPassphrase: string | null }) {
  return call(tuk, 'bundles/preview', { uploadId: upload(tuk, exported.filePath), passphrase: exported.generatedPassphrase ?? undefined, expectKind: 'session' }, proctor);
}

async function importAt(tuk: Core, proctor: string, exported: { filePath: string; generatedPassphrase: string | null }) {
  const preview = await previewAt(tuk, proctor, exported);
  await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.status === 'new' ? preview.signer.fingerprint : undefined }, proctor);
  return preview;
}

const hashOf = (core: Core, candidateId: string) => core.db.prepare('SELECT password_hash FROM account WHERE candidate_id = ?').pluck().get(candidateId) as string | undefined;

describe('sessions/issuePasswords', () => {
  it("gives each candidate a readable password once, stored only as the candidates' hash in an account named by the participant number; a re-issue replaces it, audited", async () => {
    const { lsp, admin, candidates, session, time } = await planned();
    time.later(5);
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    expect(issued.passwords.map((p) => p.candidateId).sort()).toEqual([...candidates].sort());
    for (const p of issued.passwords) {
      expect(p.password).toMatch(READABLE);
      expect(p.password).not.toMatch(/[01OIL]/);
      const account = lsp.db.prepare('SELECT id, role, username, display_name AS name, password_hash AS hash FROM account WHERE candidate_id = ?').get(p.candidateId) as {
        id: string;
        role: string;
        username: string;
        name: string;
        hash: string;
      };
      expect(account).toMatchObject({ role: 'candidate', username: p.participantNo, name: p.name });
      // The id a TUK would give it too (exam/issueCard before these passwords reached it).
      expect(account.id).toBe(candidateAccountId(p.candidateId));
      // The candidates' scrypt cost (N = 2^11), not the staff's.
      expect(account.hash.split('$')[1]).toBe(String(1 << 11));
      expect(await verifyPassword(p.password, account.hash)).toBe(true);
    }
    expect(new Set(issued.passwords.map((p) => p.password)).size).toBe(3);
    // Never stored in clear: not in any account, audit row or setting.
    const dump = JSON.stringify([lsp.db.prepare('SELECT * FROM audit_log').all(), lsp.db.prepare('SELECT * FROM account').all(), lsp.db.prepare('SELECT * FROM setting').all()]);
    for (const p of issued.passwords) expect(dump).not.toContain(p.password);
    const audit = lsp.db.prepare("SELECT details FROM audit_log WHERE action = 'session.issuePasswords'").pluck().all() as string[];
    expect(JSON.parse(audit[0])).toMatchObject({ candidates: issued.passwords.map((p) => p.candidateId), accountsCreated: expect.arrayContaining(candidates) });
    // The TUK's copy lacks the new hashes: the session is changed now.
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).changedAt).toBe(time.clock.now().toISOString());

    const [first, second] = issued.passwords;
    const before = hashOf(lsp, second.candidateId);
    const again = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [first.candidateId] }, admin);
    expect(again.passwords).toHaveLength(1);
    expect(again.passwords[0].password).not.toBe(first.password);
    expect(await verifyPassword(first.password, hashOf(lsp, first.candidateId)!)).toBe(false);
    expect(await verifyPassword(again.passwords[0].password, hashOf(lsp, first.candidateId)!)).toBe(true);
    expect(hashOf(lsp, second.candidateId)).toBe(before);
    expect(lsp.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'session.issuePasswords'").pluck().get()).toBe(2);
    expect(lsp.db.prepare("SELECT count(*) FROM account WHERE role = 'candidate' AND candidate_id IN (?, ?, ?)").pluck().get(...candidates)).toBe(3);

    const outsider = (await call(lsp, 'candidates/create', { candidate: candidateInput(7999) }, admin)).id;
    expect(await failure(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [outsider] }, admin)).toMatchObject({ code: 'SESSION_CANDIDATE_NOT_IN_SESSION' });
    expect((await failure(lsp, 'sessions/issuePasswords', { sessionId: session.id }, await signInAs(lsp, 'proctor'))).code).toBe('FORBIDDEN');
  });
});

describe('sessions/get after passwords were issued', () => {
  it('says how many candidates hold a password and when they were last issued, so a reloaded page knows that issuing again voids the cards', async () => {
    const { lsp, admin, candidates, session, time } = await planned();
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).passwords).toEqual({ count: 0, lastIssuedAt: null, forSession: null });
    time.later(5);
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [candidates[0]] }, admin);
    const firstAt = time.clock.now().toISOString();
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).passwords).toEqual({ count: 1, lastIssuedAt: firstAt, forSession: null });
    time.later(5);
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).passwords).toEqual({ count: 3, lastIssuedAt: time.clock.now().toISOString(), forSession: null });
    // The demo's session: its candidates' accounts were never issued here, so they exist but the time is unknown.
    const demoSession = lsp.db.prepare('SELECT id FROM session WHERE id <> ?').pluck().get(session.id) as string;
    const demo = (await call(lsp, 'sessions/get', { sessionId: demoSession }, admin)).passwords;
    expect(demo).toEqual({ count: expect.any(Number), lastIssuedAt: null, forSession: null });
    expect(demo.count).toBeGreaterThan(0);
  });

  it('takes the time of the latest issue, a re-issue to one candidate included, from the index of password issues rather than the whole audit log', async () => {
    const { lsp, admin, candidates, session, time } = await planned();
    time.later(5);
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).passwords).toEqual({ count: 3, lastIssuedAt: issued.issuedAt, forSession: null });
    time.later(30);
    const reissued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [candidates[1]] }, admin);
    expect(reissued.issuedAt).not.toBe(issued.issuedAt);
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).passwords).toEqual({ count: 3, lastIssuedAt: reissued.issuedAt, forSession: null });
    const plan = lsp.db.prepare(`EXPLAIN QUERY PLAN ${LAST_PASSWORDS_ISSUED_SQL}`).all(session.id) as { detail: string }[];
    expect(plan.map((r) => r.detail)).toEqual(['SEARCH audit_log USING COVERING INDEX audit_log_passwords_issued (entity_id=?)']);
  });
});

describe('sessions/get for a re-sit whose candidates got their passwords for an earlier session', () => {
  it('says when and for which session they were issued, since none were issued (or printed) for this one', async () => {
    const { lsp, admin: earlier, candidates, plan, session, time } = await planned();
    time.later(5);
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: candidates.slice(0, 2) }, earlier);
    // The first session is over (a day later): its candidates may be scheduled for the scheme again.
    time.set(new Date('2026-12-02T01:00:00.000Z'));
    const admin = await signInAs(lsp, 'admin');
    const resit = await call(lsp, 'sessions/create', { session: { ...plan, date: '2026-12-08', candidates: plan.candidates.slice(0, 2) } }, admin);
    const code = lsp.db.prepare('SELECT code FROM session WHERE id = ?').pluck().get(session.id) as string;
    expect((await call(lsp, 'sessions/get', { sessionId: resit.id }, admin)).passwords).toEqual({ count: 2, lastIssuedAt: issued.issuedAt, forSession: code });
    // Once issued for the re-sit itself, that issue is the one the page names.
    time.later(5);
    const own = await call(lsp, 'sessions/issuePasswords', { sessionId: resit.id }, admin);
    expect((await call(lsp, 'sessions/get', { sessionId: resit.id }, admin)).passwords).toEqual({ count: 2, lastIssuedAt: own.issuedAt, forSession: null });
  });
});

describe('a participant number that names another account', () => {
  it('refuses to issue any password (SESSION_CANDIDATE_USERNAME_TAKEN, naming it), writes nothing, and the candidate stays listed as without one', async () => {
    const { lsp, admin, candidates, session } = await planned();
    const participantNo = lsp.db.prepare('SELECT participant_no FROM candidate WHERE id = ?').pluck().get(candidates[1]) as string;
    // A staff account whose username is that participant number (a proctor named so by hand).
    lsp.db.prepare("UPDATE account SET username = ? WHERE role = 'proctor'").run(participantNo);
    const before = lsp.db.prepare('SELECT count(*) FROM audit_log').pluck().get();

    const refused = await failure(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    expect(refused).toMatchObject({ code: 'SESSION_CANDIDATE_USERNAME_TAKEN', params: { participantNo } });
    expect(lsp.db.prepare("SELECT count(*) FROM account WHERE role = 'candidate' AND candidate_id IN (?, ?, ?)").pluck().get(...candidates)).toBe(0);
    expect(lsp.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    // Named alone it is refused too; the others may still have theirs.
    expect((await failure(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [candidates[1]] }, admin)).code).toBe('SESSION_CANDIDATE_USERNAME_TAKEN');
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [candidates[0], candidates[2]] }, admin);
    const conflicts = (await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).conflicts;
    expect(conflicts).toMatchObject([{ code: 'SCHEDULE_PASSWORDS_NOT_ISSUED', params: { count: 1, names: expect.stringContaining(`(${participantNo})`) } }]);
  });
});

describe('exporting a planned session', () => {
  it('warns how many candidates and who have no password yet, on the session and with the bundle, until their passwords are issued', async () => {
    const { lsp, admin, candidates, session } = await planned();
    // Named in participant-number order, each with their number.
    const names = lsp.db
      .prepare("SELECT name || ' (' || participant_no || ')' FROM candidate WHERE id IN (?, ?, ?) ORDER BY participant_no")
      .pluck()
      .all(...candidates) as string[];
    const warning = { code: 'SCHEDULE_PASSWORDS_NOT_ISSUED', severity: 'pending', field: 'candidates', params: { count: 3, names: names.join(', ') } };
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).conflicts).toEqual([warning]);

    const [first] = (await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [candidates[0]] }, admin)).passwords;
    const others = names.filter((n) => !n.startsWith(`${first.name} `));
    const partial = { ...warning, params: { count: 2, names: others.join(', ') } };
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).conflicts).toEqual([partial]);
    expect((await exportOf(lsp, admin, session.id)).pendingConflicts).toEqual([partial]);

    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).conflicts).toEqual([]);
    expect((await exportOf(lsp, admin, session.id)).pendingConflicts).toBeUndefined();
  });

  it("is marked changed after its export when its scheme version's approved bank changes (a question approved or retired), which the bundle carries", async () => {
    const { lsp, admin, session, time } = await planned();
    time.later(1);
    await exportOf(lsp, admin, session.id);
    const changed = async () => (await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).changedSinceExport;
    const schemeId = demoSchemeId(lsp);
    // A draft saved changes nothing the TUK gets.
    time.later(1);
    const draft = (await call(lsp, 'bank/save', { schemeId, itemId: null, item: mcInput(lsp, schemeId) }, admin)).item;
    expect(await changed()).toBe(false);
    time.later(1);
    await call(lsp, 'bank/approve', { itemId: draft.id }, admin);
    expect(await changed()).toBe(true);
    time.later(1);
    await exportOf(lsp, admin, session.id);
    expect(await changed()).toBe(false);
    time.later(1);
    await call(lsp, 'bank/retire', { itemId: draft.id }, admin);
    expect(await changed()).toBe(true);
  });

  it('is marked changed after its export until exported again, and refused while the plan breaks a rule, naming it', async () => {
    const { lsp, admin, assessorId, plan, session, time } = await planned();
    expect(await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).toMatchObject({ exportedAt: null, changedSinceExport: false });
    time.later(1);
    const first = await exportOf(lsp, admin, session.id);
    // No password issued yet: a warning, never a refusal.
    expect(first.pendingConflicts?.map((c) => c.code)).toEqual(['SCHEDULE_PASSWORDS_NOT_ISSUED']);
    expect(await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).toMatchObject({ exportedAt: time.clock.now().toISOString(), changedSinceExport: false });

    time.later(1);
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, startTime: '09:00' } }, admin);
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).changedSinceExport).toBe(true);
    time.later(1);
    await exportOf(lsp, admin, session.id);
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).changedSinceExport).toBe(false);
    time.later(1);
    await call(lsp, 'sessions/setWrittenTest', { sessionId: session.id, test: { mode: 'draw', per: 'unit', count: 1, perCandidate: true } }, admin);
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).changedSinceExport).toBe(true);
    // The list says so too.
    const listed = (await call(lsp, 'sessions/list', { dateFrom: DAY, dateTo: DAY }, admin)).rows.find((r) => r.id === session.id);
    expect(listed).toMatchObject({ exportedAt: expect.any(String), changedSinceExport: true });

    // The assessor's MET registration lapses before the session: the bundle does not leave.
    lsp.db.prepare('UPDATE assessor SET met_expires_on = ? WHERE id = ?').run('2026-11-30', assessorId);
    const refused = await failure(lsp, 'bundles/exportSession', { sessionId: session.id, operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);
    // Whom the rule concerns goes with it, for the screen to word (not a bare code).
    expect(refused).toMatchObject({
      code: 'SESSION_EXPORT_REFUSED',
      params: { count: 1 },
      reasons: [{ code: 'SCHEDULE_ASSESSOR_MET_EXPIRED', params: { assessor: expect.any(String), metNumber: expect.any(String), expiresOn: '2026-11-30', date: DAY } }],
    });
  });

  it("flags a session whose assessor's MET lapsed after its bundle went out on the sessions list, under its filter and as the home's task, as its page lists it; put right, the flag goes", async () => {
    const { lsp, admin, assessorId, plan, session } = await planned();
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    await exportOf(lsp, admin, session.id);
    const listed = async () => (await call(lsp, 'sessions/list', {}, admin)).rows.find((r) => r.id === session.id);
    const flagged = async () => (await call(lsp, 'sessions/list', { ruleProblems: true }, admin)).rows.map((r) => r.id);
    const task = async () => (await call(lsp, 'lsp/overview', {}, admin)).tasks.sessionsBreakingRules;
    expect((await listed())?.ruleProblems).toBeNull();
    expect(await flagged()).toEqual([]);
    expect(await task()).toBe(0);

    // The facts change after the export: the MET registration ends before the session's day.
    lsp.db.prepare('UPDATE assessor SET met_expires_on = ? WHERE id = ?').run('2026-11-30', assessorId);
    const page = await call(lsp, 'sessions/get', { sessionId: session.id }, admin);
    expect(page.conflicts.map((c) => [c.code, c.severity])).toEqual([['SCHEDULE_ASSESSOR_MET_EXPIRED', 'refused']]);
    expect(page.ruleProblems).toEqual({ refused: 1, pending: 0 });
    expect((await listed())?.ruleProblems).toEqual({ refused: 1, pending: 0 });
    expect(await flagged()).toEqual([session.id]);
    expect((await call(lsp, 'sessions/list', { ruleProblems: true }, admin)).total).toBe(1);
    expect(await task()).toBe(1);

    // The TUK's verification (12 months) found to lapse on 2026-11-25, before the session's day: a thing to check, beside it.
    lsp.db.prepare('UPDATE tuk_verification SET verified_on = ? WHERE tuk_id = ?').run('2025-11-25', plan.tukId);
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).conflicts.map((c) => [c.code, c.severity])).toEqual([
      ['SCHEDULE_TUK_VERIFICATION_DUE', 'pending'],
      ['SCHEDULE_ASSESSOR_MET_EXPIRED', 'refused'],
    ]);
    // The list counts what now refuses the plan; what is only to check is its page's.
    expect((await listed())?.ruleProblems).toEqual({ refused: 1, pending: 0 });
    const refusedOnPage = async () => (await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).conflicts.filter((c) => c.severity === 'refused').map((c) => c.code);

    // Lapsed before today, the TUK's verification refuses the plan too; so does a candidate deactivated since (the
    // registry now refuses that, an older database may hold it) and a technical certificate expired by the day:
    // the list's one statement counts each as the page's checkPlan refuses it.
    lsp.db.prepare('UPDATE tuk_verification SET verified_on = ? WHERE tuk_id = ?').run('2024-01-01', plan.tukId);
    lsp.db.prepare('UPDATE candidate SET active = 0 WHERE id = ?').run(plan.candidates[0].candidateId);
    lsp.db.prepare('UPDATE assessor SET tech_cert_expires_on = ? WHERE id = ?').run('2026-11-30', assessorId);
    expect((await refusedOnPage()).sort()).toEqual(['SCHEDULE_ASSESSOR_CERT_EXPIRED', 'SCHEDULE_ASSESSOR_MET_EXPIRED', 'SCHEDULE_CANDIDATE_INACTIVE', 'SCHEDULE_TUK_VERIFICATION_DUE']);
    expect((await listed())?.ruleProblems).toEqual({ refused: 4, pending: 0 });
    lsp.db.prepare('UPDATE candidate SET active = 1 WHERE id = ?').run(plan.candidates[0].candidateId);
    lsp.db.prepare('UPDATE assessor SET tech_cert_expires_on = NULL WHERE id = ?').run(assessorId);

    lsp.db.prepare('UPDATE assessor SET met_expires_on = ? WHERE id = ?').run('2030-01-01', assessorId);
    lsp.db.prepare('UPDATE tuk_verification SET verified_on = ? WHERE tuk_id = ?').run('2026-06-01', plan.tukId);
    expect((await listed())?.ruleProblems).toBeNull();
    expect(await flagged()).toEqual([]);
    expect(await task()).toBe(0);
  });

  it('is refused for a session nobody could sit: no candidates, no written-test questions, or a written test that gives someone none', async () => {
    const { lsp, admin, plan, session } = await planned();
    const refusedWith = async () => {
      const refused = await failure(lsp, 'bundles/exportSession', { sessionId: session.id, operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);
      expect(refused.code).toBe('SESSION_EXPORT_REFUSED');
      expect(refused.params.count).toBe(refused.reasons?.length);
      return refused.reasons;
    };
    const schemeId = demoSchemeId(lsp);
    const approved = lsp.db.prepare("SELECT id FROM item WHERE scheme_id = ? AND status = 'approved' AND kind IN ('multiple_choice', 'essay') ORDER BY id").pluck().all(schemeId) as string[];
    expect(approved.length).toBeGreaterThan(1);

    // A fixed list whose one question is then withdrawn from the bank: the others remain, but these candidates get none.
    await call(lsp, 'sessions/setWrittenTest', { sessionId: session.id, test: { mode: 'fixed', itemIds: [approved[0]] } }, admin);
    lsp.db.prepare("UPDATE item SET status = 'retired' WHERE id = ?").run(approved[0]);
    expect(await refusedWith()).toEqual([{ code: 'SESSION_EXPORT_EMPTY_TEST', params: { count: 3, names: expect.stringMatching(/^.+ \(.+\), .+ \(.+\), .+ \(.+\)$/) } }]);

    // No candidates, and no approved question left for the scheme version.
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, candidates: [] } }, admin);
    lsp.db.prepare("UPDATE item SET status = 'retired' WHERE scheme_id = ?").run(schemeId);
    const scheme = lsp.db.prepare('SELECT code, version FROM scheme WHERE id = ?').get(schemeId) as { code: string; version: number };
    expect(await refusedWith()).toEqual([
      { code: 'SESSION_EXPORT_NO_CANDIDATES', params: {} },
      { code: 'SESSION_EXPORT_NO_QUESTIONS', params: { scheme: scheme.code, version: scheme.version } },
    ]);
  });

  it('is refused once the TUK Sewaktu is found unfit for it, naming the verification', async () => {
    const { lsp, admin, session } = await planned({ tukType: 'sewaktu' });
    const tukId = lsp.db.prepare('SELECT tuk_id FROM session WHERE id = ?').pluck().get(session.id) as string;
    await call(lsp, 'tuks/addVerification', { tukId, verification: { verifiedOn: '2026-11-20', verifier: 'Tim', result: 'unfit', note: 'Listrik tidak stabil', sessionId: session.id } }, admin);
    const refused = await failure(lsp, 'bundles/exportSession', { sessionId: session.id, operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);
    expect(refused).toMatchObject({ code: 'SESSION_EXPORT_REFUSED', params: { count: 1 }, reasons: [{ code: 'SCHEDULE_TUK_UNFIT', params: { verifiedOn: '2026-11-20', note: 'Listrik tidak stabil' } }] });
  });

  it('goes out with pending conflicts returned as a warning (a TUK Sewaktu not yet verified for it)', async () => {
    const { lsp, admin, session } = await planned({ tukType: 'sewaktu' });
    const exported = await exportOf(lsp, admin, session.id);
    expect(exported.pendingConflicts?.map((c) => c.code)).toEqual(['SCHEDULE_TUK_NOT_VERIFIED', 'SCHEDULE_PASSWORDS_NOT_ISSUED']);
  });
});

describe("a planned session's assessor without a sign-in account", () => {
  it('is warned of before the bundle is written, and the account made after the export marks the session changed since it, as passwords issued do', async () => {
    const { lsp, admin, assessorId, candidates, plan, session, time } = await planned();
    const schemeCode = lsp.db.prepare('SELECT code FROM scheme WHERE id = ?').pluck().get(demoSchemeId(lsp)) as string;
    const bare = (await call(lsp, 'assessors/create', { assessor: assessorInput(951, { schemeCodes: [schemeCode] }) }, admin)).id;
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, assessorIds: [assessorId, bare], candidates: [...plan.candidates.slice(0, 2), { candidateId: candidates[2], assessorId: bare }] } }, admin);
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    const get = () => call(lsp, 'sessions/get', { sessionId: session.id }, admin);
    const check = () => call(lsp, 'bundles/exportSessionCheck', { sessionId: session.id }, admin);

    // Before any file: the warning the export gives, and nothing exported by asking.
    const before = await check();
    expect(before.map((c) => c.code)).toEqual(['SCHEDULE_ASSESSOR_NO_ACCOUNT']);
    expect(before[0].params).toMatchObject({ assessor: 'Asesor 0951' });
    expect(await get()).toMatchObject({ exportedAt: null });
    time.later(1);
    expect((await exportOf(lsp, admin, session.id)).pendingConflicts).toEqual(before);
    expect((await get()).changedSinceExport).toBe(false);

    // The account made after the export never reached the TUK: export again.
    time.later(1);
    const account = await call(lsp, 'accounts/create', { role: 'assessor', username: 'asesor-951', displayName: 'Asesor 0951', password: 'Sementara-2026', assessorId: bare }, admin);
    expect((await get()).changedSinceExport).toBe(true);
    expect((await call(lsp, 'sessions/list', { status: 'upcoming', unsent: true }, admin)).rows.map((r) => r.id)).toContain(session.id);
    expect(await check()).toEqual([]);
    time.later(1);
    expect((await exportOf(lsp, admin, session.id)).pendingConflicts).toBeUndefined();
    expect((await get()).changedSinceExport).toBe(false);

    // Disabled, or its password reset: what the TUK holds is not the account any more.
    time.later(1);
    await call(lsp, 'accounts/setDisabled', { accountId: account.id, disabled: true, reason: 'cuti panjang' }, admin);
    expect((await get()).changedSinceExport).toBe(true);
    expect((await check()).map((c) => c.code)).toEqual(['SCHEDULE_ASSESSOR_NO_ACCOUNT']);
    time.later(1);
    await exportOf(lsp, admin, session.id);
    time.later(1);
    await call(lsp, 'accounts/resetPassword', { accountId: account.id, password: 'Sementara-2027' }, admin);
    expect((await get()).changedSinceExport).toBe(true);

    // Passwords issued after an export count as well.
    time.later(1);
    await exportOf(lsp, admin, session.id);
    time.later(1);
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [candidates[0]] }, admin);
    expect((await get()).changedSinceExport).toBe(true);
  });

  it('is NOT_FOUND for a session the LSP does not hold, as the export is', async () => {
    const { lsp, admin } = await planned();
    expect((await failure(lsp, 'bundles/exportSessionCheck', { sessionId: crypto.randomUUID() }, admin)).code).toBe('NOT_FOUND');
  });
});

describe('a planned session handed over to a TUK', () => {
  it('leaves the application each seat names at the LSP, as it leaves the FR.APL forms there', async () => {
    const { lsp, admin, candidates, plan, session, time } = await planned();
    await call(lsp, 'apl/saveApplication', { candidateId: candidates[0], schemeId: plan.schemeId, purpose: 'sertifikasi', purposeNote: null, evidence: [] }, admin);
    // Saved again (a new start), the plan seats the candidate on the application they now have.
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, startTime: '09:00' } }, admin);
    const link = (core: Core) => core.db.prepare('SELECT apl_application_id FROM session_candidate WHERE session_id = ? AND candidate_id = ?').pluck().get(session.id, candidates[0]);
    expect(link(lsp)).toEqual(expect.any(String));
    time.later(1);
    const { tuk, proctor } = await tukStationAt(movableClock(new Date(2026, 10, 25, 9, 0)).clock);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    expect(tuk.db.prepare('SELECT count(*) FROM session_candidate WHERE session_id = ?').pluck().get(session.id)).toBe(3);
    expect(link(tuk)).toBeNull();
    expect(tuk.db.prepare('SELECT count(*) FROM apl_application').pluck().get()).toBe(0);
  });

  it("carries the scheme's settings (schemes/setPolicy) to the TUK, where the assessor's workspace reads the pass hint", async () => {
    const { lsp, admin, session, time } = await planned();
    const schemeCode = lsp.db.prepare('SELECT code FROM scheme WHERE id = ?').pluck().get(demoSchemeId(lsp)) as string;
    await call(lsp, 'schemes/setPolicy', { schemeCode, testDurationMinutes: 90, passHintPercent: 75, certificateValidityYears: 3, kbliCode: '85499' }, admin);
    time.later(1);
    const { tuk, proctor } = await tukStationAt(movableClock(new Date(2026, 10, 25, 9, 0)).clock);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    const policy = (core: Core) => core.db.prepare('SELECT * FROM scheme_policy WHERE scheme_code = ?').get(schemeCode);
    expect(policy(tuk)).toEqual(policy(lsp));
    expect(policy(tuk)).toMatchObject({ pass_hint_percent: 75 });
  });

  it('takes the code of its new date after an export and an issue of passwords; the newer bundle re-codes the same session at the TUK', async () => {
    const { lsp, admin, plan, session, time } = await planned();
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const tukTime = movableClock(new Date(2026, 10, 25, 9, 0));
    const { tuk, proctor } = await tukStationAt(tukTime.clock);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    expect(session.code).toBe('JDW-20261201-001');

    time.later(1);
    const moved = await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, code: session.code, date: '2026-12-02' } }, admin);
    // The TUK holds the old code and day until the newer bundle arrives: the session says so.
    expect(moved).toMatchObject({ code: 'JDW-20261202-001', date: '2026-12-02', changedSinceExport: true });
    time.later(1);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    // Bundles name the session by its id: one session at the TUK, with the new code and day, and the passwords issued before still sign in.
    expect(tuk.db.prepare('SELECT id, code, date FROM session').all()).toEqual([{ id: session.id, code: 'JDW-20261202-001', date: '2026-12-02' }]);
    for (const c of issued.passwords) expect(hashOf(tuk, c.candidateId)).toBe(hashOf(lsp, c.candidateId));
  });

  it('arrives whole, is replaced by a newer export before the day, and a newer one is refused once answers exist', async () => {
    const { lsp, admin, assessorId, candidates, plan, session, time } = await planned();
    await call(lsp, 'sessions/setWrittenTest', { sessionId: session.id, test: { mode: 'draw', per: 'unit', count: 1, perCandidate: true } }, admin);
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const tukTime = movableClock(new Date(2026, 10, 25, 9, 0));
    const { tuk, proctor } = await tukStationAt(tukTime.clock);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));

    const sessionRow = (core: Core) => core.db.prepare('SELECT code, date, start_time, mode, settings FROM session WHERE id = ?').get(session.id);
    expect(sessionRow(tuk)).toEqual(sessionRow(lsp));
    expect(tuk.db.prepare('SELECT assessor_id FROM session_assessor WHERE session_id = ?').pluck().all(session.id)).toEqual([assessorId]);
    for (const c of candidates) expect(hashOf(tuk, c)).toBe(hashOf(lsp, c));

    // Re-planned at the LSP: a candidate out, a later start, new passwords. The newer bundle replaces the plan.
    time.later(1);
    const [kept1, kept2, dropped] = candidates;
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, startTime: '09:00', candidates: plan.candidates.filter((c) => c.candidateId !== dropped) } }, admin);
    const reissued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const second = await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    expect(second.conflictCount).toBe(0);
    expect(sessionRow(tuk)).toEqual(sessionRow(lsp));
    expect(tuk.db.prepare('SELECT candidate_id FROM session_candidate WHERE session_id = ? ORDER BY candidate_id').pluck().all(session.id)).toEqual([kept1, kept2].sort());
    for (const c of [kept1, kept2]) expect(hashOf(tuk, c)).toBe(hashOf(lsp, c));
    expect(issued.passwords.length).toBe(3);

    // The exam day at the TUK: a candidate signs in with the password of the newer bundle and answers.
    tukTime.set(new Date(2026, 11, 1, 9, 5));
    // A new day's sign-in: the one of the import has expired.
    const dayProctor = await signInAs(tuk, 'proctor');
    const started = await call(tuk, 'exam/startSession', { sessionId: session.id }, dayProctor);
    const p = reissued.passwords.find((x) => x.candidateId === kept1)!;
    const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: p.participantNo, password: p.password, token: started.token!, deviceId: 'lab-pc-01' })).token;
    const paper = await call(tuk, 'cbt/agree', { accept: true }, candidate);
    // One question per unit of the demo scheme (8 units), drawn at the LSP, drawn the same here.
    expect(paper.items.length).toBe(8);
    await call(tuk, 'cbt/save', { itemId: paper.items[0].itemId, seq: 1, choice: 0, text: null, doubtful: false }, candidate);

    time.later(1);
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [kept2] }, admin);
    const late = await exportOf(lsp, admin, session.id);
    const before = tuk.db.prepare('SELECT count(*) FROM bundle_import').pluck().get();
    expect(await failure(tuk, 'bundles/preview', { uploadId: upload(tuk, late.filePath), passphrase: late.generatedPassphrase ?? undefined, expectKind: 'session' }, dayProctor)).toMatchObject({
      code: 'BUNDLE_SESSION_ANSWERED',
      params: { session: session.code },
    });
    expect(tuk.db.prepare('SELECT count(*) FROM bundle_import').pluck().get()).toBe(before);
  });
});

/**
 * The exam day begun at a TUK station: the proctor started the session and the third candidate signed in at a lab PC,
 * reading FR.AK.01; nobody has answered yet, so a newer bundle of the session is still taken.
 */
async function signedInAtTuk() {
  const { lsp, admin, candidates, plan, session, time } = await planned();
  const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
  time.later(1);
  const { tuk, proctor } = await tukStationAt(movableClock(new Date(2026, 11, 1, 8, 5)).clock);
  await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
  const started = await call(tuk, 'exam/startSession', { sessionId: session.id }, proctor);
  const [, , dropped] = candidates;
  const p = issued.passwords.find((x) => x.candidateId === dropped)!;
  const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: p.participantNo, password: p.password, token: started.token!, deviceId: 'lab-pc-03' })).token;
  return { lsp, admin, plan, session, time, tuk, proctor, dropped, p, candidate };
}

describe('a candidate signed in at the TUK whom a newer bundle takes out of the plan before they start', () => {
  it('is told they are not in the session when they accept FR.AK.01, where the PC said "Terjadi kesalahan di aplikasi" (INTERNAL)', async () => {
    const { lsp, admin, plan, session, time, tuk, proctor, dropped, p, candidate } = await signedInAtTuk();
    expect((await call(tuk, 'cbt/state', {}, candidate)).phase).toBe('agreement');

    time.later(1);
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, candidates: plan.candidates.filter((c) => c.candidateId !== dropped) } }, admin);
    time.later(1);
    const replanned = await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    expect(replanned.sessionPlan?.leaving.map((l) => l.participantNo)).toEqual([p.participantNo]);

    expect(await failure(tuk, 'cbt/agree', { accept: true }, candidate)).toMatchObject({ code: 'NOT_IN_SESSION' });
    expect(await failure(tuk, 'cbt/state', {}, candidate)).toMatchObject({ code: 'NOT_IN_SESSION' });
    expect(tuk.db.prepare('SELECT count(*) FROM attempt WHERE candidate_id = ?').pluck().get(dropped)).toBe(0);
  });
});

describe('a candidate who started the test at the TUK before a newer plan took them out', () => {
  it("keeps their seat at the TUK and brings it back to the LSP with their results, where the LSP dropped the test and its answers as rows 'bertentangan dengan data lain'", async () => {
    const { lsp, admin, plan, session, time, tuk, proctor, dropped, p, candidate } = await signedInAtTuk();
    const paper = await call(tuk, 'cbt/agree', { accept: true }, candidate);

    // The LSP, not knowing, takes the candidate out; nobody has answered yet, so the TUK takes the newer plan
    // but keeps the seat its exam day names, and the candidate writes on.
    time.later(1);
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, candidates: plan.candidates.filter((c) => c.candidateId !== dropped) } }, admin);
    time.later(1);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    let seq = 0;
    for (const item of paper.items) {
      await call(tuk, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: item.kind === 'essay' ? null : 0, text: item.kind === 'essay' ? 'Jawaban' : null, doubtful: false }, candidate);
    }
    await call(tuk, 'cbt/submit', { confirm: true }, candidate);
    await call(tuk, 'exam/endSession', { sessionId: session.id, reason: 'Waktu uji selesai' }, proctor);
    const results = await call(tuk, 'bundles/exportResults', { sessionId: session.id, operationId: crypto.randomUUID() }, proctor);

    const preview = await call(lsp, 'bundles/preview', { uploadId: upload(lsp, results.filePath), expectKind: 'results' }, admin);
    expect(preview.conflicts).toEqual([]);
    // Said before apply: the plan here had taken them out, and the bundle seats them again with their test.
    expect(preview.seatsRestored).toEqual([{ participantNo: p.participantNo, name: expect.any(String) }]);
    await call(lsp, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.fingerprint }, admin);
    const answers = (core: Core) =>
      core.db.prepare('SELECT count(*) FROM answer a JOIN attempt t ON t.id = a.attempt_id WHERE t.session_id = ? AND t.candidate_id = ?').pluck().get(session.id, dropped);
    expect(answers(lsp)).toBe(paper.items.length);
    expect(answers(lsp)).toBe(answers(tuk));
    const review = await call(lsp, 'results/review', { sessionId: session.id }, admin);
    expect(review.candidates.find((c) => c.candidateId === dropped)).toMatchObject({ participantNo: p.participantNo, attendance: 'present' });
  });
});

/** The planned session with its passwords issued, exported and imported at a TUK station the day before. */
async function handedOver() {
  const planning = await planned();
  const { lsp, admin, session, time } = planning;
  await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
  time.later(1);
  const station = await tukStationAt(movableClock(new Date(2026, 10, 30, 15, 0)).clock);
  await importAt(station.tuk, station.proctor, await exportOf(lsp, admin, session.id));
  /** The LSP moves the start and sends the session again (passwords untouched unless it issued new ones). */
  const sendAgain = async (startTime: string) => {
    time.later(1);
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...planning.plan, startTime } }, admin);
    time.later(1);
    return importAt(station.tuk, station.proctor, await exportOf(lsp, admin, session.id));
  };
  return { ...planning, ...station, sendAgain };
}

describe('a card the proctor issued at the TUK, then another bundle of the session', () => {
  it("keeps the TUK's card while the LSP's passwords are unchanged, and gives way to the LSP's once it issues new ones", async () => {
    const { lsp, admin, candidates, session, time, tuk, proctor, sendAgain } = await handedOver();
    const candidateId = candidates[0];
    const accountId = tuk.db.prepare('SELECT id FROM account WHERE candidate_id = ?').pluck().get(candidateId) as string;
    const signsInWith = async (password: string) => verifyPassword(password, passwordHashFor(tuk.db, accountId)!);

    const card = await call(tuk, 'exam/issueCard', { sessionId: session.id, candidateId, reason: 'Kartu hilang sebelum hari ujian' }, proctor);
    expect(await signsInWith(card.password)).toBe(true);

    // The LSP moves the start and sends the session again, passwords untouched: the card given here still opens it.
    await sendAgain('10:00');
    expect(tuk.db.prepare('SELECT start_time FROM session WHERE id = ?').pluck().get(session.id)).toBe('10:00');
    expect(await signsInWith(card.password)).toBe(true);

    // The LSP issues new passwords and sends them: the newest issue to arrive wins, the TUK's card no longer works.
    time.later(1);
    const reissued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [candidateId] }, admin);
    time.later(1);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    expect(await signsInWith(card.password)).toBe(false);
    expect(await signsInWith(reissued.passwords[0].password)).toBe(true);
    expect(tuk.db.prepare('SELECT count(*) FROM local_password').pluck().get()).toBe(0);
  });
});

/** The planned session exported and imported at a TUK station the day before, its passwords not yet issued. */
async function handedOverBeforePasswords() {
  const planning = await planned();
  const { lsp, admin, session, time } = planning;
  const tukTime = movableClock(new Date(2026, 10, 30, 15, 0));
  const station = await tukStationAt(tukTime.clock);
  await importAt(station.tuk, station.proctor, await exportOf(lsp, admin, session.id));
  /** The LSP sends the session again as it stands; the preview tells what the import changed. */
  const sendAgain = async (proctor = station.proctor) => {
    time.later(1);
    return importAt(station.tuk, proctor, await exportOf(lsp, admin, session.id));
  };
  return { ...planning, ...station, tukTime, sendAgain };
}

const accountsOf = (core: Core, candidateId: string) =>
  core.db.prepare('SELECT id, username, password_hash AS hash FROM account WHERE candidate_id = ?').all(candidateId) as { id: string; username: string; hash: string }[];
const accountChanges = (preview: { tables: { table: string; added: number; updated: number; conflicts: number }[] }) => {
  const t = preview.tables.find((x) => x.table === 'account');
  return { added: t?.added ?? 0, updated: t?.updated ?? 0, conflicts: t?.conflicts ?? 0 };
};

describe('a card the proctor issued at the TUK to a candidate the bundle brought no account for, then the LSP\'s next bundle', () => {
  it("without passwords keeps the TUK's account and card; with them lands on the same account, and the LSP's password wins", async () => {
    const { lsp, admin, candidates, session, time, tuk, proctor, tukTime, sendAgain } = await handedOverBeforePasswords();
    const [candidateId] = candidates;
    const id = candidateAccountId(candidateId);
    expect(accountsOf(tuk, candidateId)).toEqual([]);
    const card = await call(tuk, 'exam/issueCard', { sessionId: session.id, candidateId, reason: 'LSP belum menerbitkan kata sandi' }, proctor);
    const participantNo = card.participantNo;
    expect(accountsOf(tuk, candidateId)).toEqual([{ id, username: participantNo, hash: NO_PASSWORD }]);
    const signsInWith = async (password: string) => verifyCandidatePassword(password, passwordHashFor(tuk.db, id)!);
    expect(await signsInWith(card.password)).toBe(true);

    // (b) The LSP sends the session again, still without passwords: the account and card made here stay.
    const still = await sendAgain();
    expect(still.conflictCount).toBe(0);
    expect(accountChanges(still)).toEqual({ added: 0, updated: 0, conflicts: 0 });
    expect(accountsOf(tuk, candidateId)).toEqual([{ id, username: participantNo, hash: NO_PASSWORD }]);
    expect(await signsInWith(card.password)).toBe(true);

    // On the day the candidate signs in with that card, through the Peserta tab's call.
    tukTime.set(new Date(2026, 11, 1, 7, 50));
    const dayProctor = await signInAs(tuk, 'proctor');
    const started = await call(tuk, 'exam/startSession', { sessionId: session.id }, dayProctor);
    const signedIn = await call(tuk, 'auth/candidateSignIn', { participantNo, password: card.password, token: started.token!, deviceId: 'lab-pc-01' });
    expect(signedIn.principal).toMatchObject({ role: 'candidate', candidateId, accountId: id });

    // (a) The LSP issues the passwords now and sends them: its account is the one made here (same id, no clash),
    // updated in place; its password replaces the card's, as for a card given to an account the LSP sent.
    time.later(1);
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    expect(accountsOf(lsp, candidateId).map((a) => a.id)).toEqual([id]);
    const arrived = await sendAgain(dayProctor);
    expect(arrived.conflictCount).toBe(0);
    // Two candidates' accounts are new here; the one the card made is updated.
    expect(accountChanges(arrived)).toEqual({ added: 2, updated: 1, conflicts: 0 });
    expect(accountsOf(tuk, candidateId)).toEqual([{ id, username: participantNo, hash: hashOf(lsp, candidateId) }]);
    expect(tuk.db.prepare('SELECT count(*) FROM local_password').pluck().get()).toBe(0);
    const lspPassword = issued.passwords.find((p) => p.candidateId === candidateId)!.password;
    expect(await signsInWith(card.password)).toBe(false);
    expect(await signsInWith(lspPassword)).toBe(true);
    for (const c of candidates) expect(accountsOf(tuk, c)).toEqual(accountsOf(lsp, c));
  });

  it('lands on the same account when the LSP later gives the candidate an APL.02 sign-in (another username)', async () => {
    const { lsp, admin, candidates, session, tuk, proctor, sendAgain } = await handedOverBeforePasswords();
    const [candidateId] = candidates;
    const id = candidateAccountId(candidateId);
    await call(tuk, 'exam/issueCard', { sessionId: session.id, candidateId, reason: 'LSP belum menerbitkan kata sandi' }, proctor);

    const key = { candidateId, schemeId: demoSchemeId(lsp) };
    await call(lsp, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: [{ kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' }] }, admin);
    const apl = await call(lsp, 'apl/issueSelfAccess', key, admin);
    expect(accountsOf(lsp, candidateId)).toEqual([{ id, username: apl.username, hash: expect.any(String) }]);

    const arrived = await sendAgain();
    expect(arrived.conflictCount).toBe(0);
    expect(accountChanges(arrived)).toEqual({ added: 0, updated: 1, conflicts: 0 });
    // One account, the LSP's as it now stands; the newest issue to arrive wins over the card, as for any account.
    expect(accountsOf(tuk, candidateId)).toEqual(accountsOf(lsp, candidateId));
    expect(tuk.db.prepare('SELECT count(*) FROM local_password').pluck().get()).toBe(0);
  });
});

describe("an assessor's password changed at the TUK, then another bundle of the session", () => {
  it("keeps the password the assessor chose at the TUK while the LSP's is unchanged, and gives way once the LSP resets it", async () => {
    const { lsp, admin, assessorId, tuk, sendAgain } = await handedOver();
    const assessor = await call(tuk, 'auth/signIn', { username: 'asesor1', password: 'asesor123!' });
    await call(tuk, 'auth/changePassword', { currentPassword: 'asesor123!', newPassword: 'Lab-TUK-baru-2026' }, assessor.token);
    const signsIn = async (password: string) => (await tuk.dispatch('auth/signIn', { username: 'asesor1', password }, null)).ok;
    expect(await signsIn('Lab-TUK-baru-2026')).toBe(true);

    // The LSP moves the start and sends the session again: the assessor's own password still opens the TUK.
    await sendAgain('10:00');
    expect(await signsIn('Lab-TUK-baru-2026')).toBe(true);
    expect(await signsIn('asesor123!')).toBe(false);

    // The LSP resets it (the assessor forgot it) and sends the session again: the LSP's password wins.
    const accountId = lsp.db.prepare('SELECT id FROM account WHERE assessor_id = ?').pluck().get(assessorId) as string;
    await call(lsp, 'accounts/resetPassword', { accountId, password: 'Sementara-LSP-2026' }, admin);
    await sendAgain('11:00');
    expect(await signsIn('Lab-TUK-baru-2026')).toBe(false);
    expect(await signsIn('Sementara-LSP-2026')).toBe(true);
  });
});

describe("an assessor's temporary password from the LSP, at the TUK", () => {
  it('is asked to be changed at the TUK; the password chosen there is not asked again when the same hash and flag come again, and a new reset by the LSP asks again', async () => {
    const { lsp, admin, assessorId, tuk, sendAgain } = await handedOver();
    const accountId = lsp.db.prepare('SELECT id FROM account WHERE assessor_id = ?').pluck().get(assessorId) as string;
    const signIn = (password: string) => call(tuk, 'auth/signIn', { username: 'asesor1', password });

    // The LSP admin resets the password (it may travel on paper) and sends the session again.
    await call(lsp, 'accounts/resetPassword', { accountId, password: 'Sementara-LSP-2026' }, admin);
    await sendAgain('10:00');
    const first = await signIn('Sementara-LSP-2026');
    expect(first.mustChangePassword).toBe(true);
    expect((await failure(tuk, 'assessor/assigned', {}, first.token)).code).toBe('PASSWORD_CHANGE_REQUIRED');
    await call(tuk, 'auth/changePassword', { currentPassword: 'Sementara-LSP-2026', newPassword: 'Pilihan-Asesor-2026' }, first.token);
    expect(await call(tuk, 'assessor/assigned', {}, first.token)).toBeTruthy();
    const chosen = await signIn('Pilihan-Asesor-2026');
    expect(chosen.mustChangePassword).toBeUndefined();

    // The LSP's next bundle brings the same hash and the same flag: the account is unchanged, nobody is asked again.
    const again = await sendAgain('11:00');
    expect(again.tables.find((t) => t.table === 'account')).toMatchObject({ updated: 0 });
    expect(tuk.db.prepare('SELECT must_change_password FROM account WHERE id = ?').pluck().get(accountId)).toBe(1);
    expect((await signIn('Pilihan-Asesor-2026')).mustChangePassword).toBeUndefined();
    expect((await tuk.dispatch('auth/signIn', { username: 'asesor1', password: 'Sementara-LSP-2026' }, null)).ok).toBe(false);

    // The LSP resets it again (forgotten) and sends it: the TUK's password gives way, the new temporary one is asked to be changed.
    await call(lsp, 'accounts/resetPassword', { accountId, password: 'Sementara-Lagi-2026' }, admin);
    await sendAgain('12:00');
    expect((await tuk.dispatch('auth/signIn', { username: 'asesor1', password: 'Pilihan-Asesor-2026' }, null)).ok).toBe(false);
    expect((await signIn('Sementara-Lagi-2026')).mustChangePassword).toBe(true);
  });

  it('ends the sign-in the assessor made at the TUK with their own password when an LSP reset arrives, saying why, instead of refusing every call', async () => {
    const { lsp, admin, assessorId, tuk, sendAgain } = await handedOver();
    const accountId = lsp.db.prepare('SELECT id FROM account WHERE assessor_id = ?').pluck().get(assessorId) as string;
    const signedIn = (await call(tuk, 'auth/signIn', { username: 'asesor1', password: 'asesor123!' })).token;
    const proctorBefore = await signInAs(tuk, 'proctor');

    // The same hash and flag again: the assessor's sign-in goes on.
    await sendAgain('10:00');
    expect(await call(tuk, 'assessor/assigned', {}, signedIn)).toBeTruthy();

    await call(lsp, 'accounts/resetPassword', { accountId, password: 'Sementara-LSP-2026' }, admin);
    await sendAgain('11:00');
    expect((await failure(tuk, 'assessor/assigned', {}, signedIn)).code).toBe('SIGNED_OUT_PASSWORD_RESET');
    // Nobody else's sign-in ends.
    expect(await call(tuk, 'auth/whoami', {}, proctorBefore)).toMatchObject({ role: 'proctor' });
  });

  it('is not asked at the TUK once the assessor changed it at the LSP before the bundle left', async () => {
    const { lsp, admin, assessorId, tuk, sendAgain } = await handedOver();
    const accountId = lsp.db.prepare('SELECT id FROM account WHERE assessor_id = ?').pluck().get(assessorId) as string;
    await call(lsp, 'accounts/resetPassword', { accountId, password: 'Sementara-LSP-2026' }, admin);
    const atLsp = await call(lsp, 'auth/signIn', { username: 'asesor1', password: 'Sementara-LSP-2026' });
    await call(lsp, 'auth/changePassword', { currentPassword: 'Sementara-LSP-2026', newPassword: 'Pilihan-di-LSP-2026' }, atLsp.token);
    await sendAgain('10:00');
    expect((await call(tuk, 'auth/signIn', { username: 'asesor1', password: 'Pilihan-di-LSP-2026' })).mustChangePassword).toBeUndefined();
  });
});

/**
 * The session bundle as the app wrote it before accounts carried must_change_password: the same rows
 * without that column, signed with the LSP's own key (the forge's tooling, with the real signer).
 */
function withoutAccountColumn(lsp: Core, tuk: Core, exported: { filePath: string; generatedPassphrase: string | null }, column: string): string {
  return forge({
    file: exported.filePath,
    open: { passphrase: exported.generatedPassphrase ?? '' },
    edit: (_m, tables) => {
      for (const row of tables.get('account') ?? []) delete row[column];
    },
    by: privateKeys(lsp.db, lsp.context.vault),
    to: installationPublicKeys(tuk.db).ageRecipient,
  });
}

const withoutMustChange = (lsp: Core, tuk: Core, exported: { filePath: string; generatedPassphrase: string | null }) =>
  withoutAccountColumn(lsp, tuk, exported, 'must_change_password');

async function importFile(tuk: Core, proctor: string, file: string) {
  const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, file), expectKind: 'session' }, proctor);
  await call(tuk, 'bundles/apply', { importId: preview.importId, confirmSigner: preview.signer.status === 'new' ? preview.signer.fingerprint : undefined }, proctor);
  return preview;
}

describe('a session bundle from before accounts carried must_change_password', () => {
  it("is imported: a new account is not asked to change its password (the bundle said nothing), and one the TUK holds keeps the flag it had", async () => {
    const { lsp, admin, assessorId, session, plan, time } = await planned();
    const accountId = lsp.db.prepare('SELECT id FROM account WHERE assessor_id = ?').pluck().get(assessorId) as string;
    await call(lsp, 'accounts/resetPassword', { accountId, password: 'Sementara-LSP-2026' }, admin);
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const { tuk, proctor } = await tukStationAt(movableClock(new Date(2026, 10, 30, 15, 0)).clock);
    const flagAtTuk = () => tuk.db.prepare('SELECT must_change_password FROM account WHERE id = ?').pluck().get(accountId);
    const asked = async () => (await call(tuk, 'auth/signIn', { username: 'asesor1', password: 'Sementara-LSP-2026' })).mustChangePassword ?? false;

    // First contact through an old bundle: the account arrives with the table's default, as it always did.
    const old = await importFile(tuk, proctor, withoutMustChange(lsp, tuk, await exportOf(lsp, admin, session.id)));
    expect(old.tables.find((t) => t.table === 'account')).toMatchObject({ added: 4, conflicts: 0 });
    expect(flagAtTuk()).toBe(0);
    expect(await asked()).toBe(false);
    const signedInBefore = (await call(tuk, 'auth/signIn', { username: 'asesor1', password: 'Sementara-LSP-2026' })).token;

    // A bundle of this version brings the flag.
    const resend = async (startTime: string) => {
      time.later(1);
      await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, startTime } }, admin);
      time.later(1);
      return exportOf(lsp, admin, session.id);
    };
    await importAt(tuk, proctor, await resend('10:00'));
    expect(flagAtTuk()).toBe(1);
    // A sign-in made before it, with the same password, ends and says why rather than refusing every call.
    expect((await failure(tuk, 'assessor/assigned', {}, signedInBefore)).code).toBe('SIGNED_OUT_PASSWORD_RESET');
    expect(await asked()).toBe(true);

    // An old bundle after it does not clear it: its rows say nothing about the flag, and the account reads as unchanged.
    const later = await importFile(tuk, proctor, withoutMustChange(lsp, tuk, await resend('11:00')));
    expect(later.tables.find((t) => t.table === 'account')).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(flagAtTuk()).toBe(1);
    expect(await asked()).toBe(true);
  });

  it('is still refused when an account row lacks a column that always travelled', async () => {
    const { lsp, admin, session, time } = await planned();
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const { tuk, proctor } = await tukStationAt(movableClock(new Date(2026, 10, 30, 15, 0)).clock);
    const file = withoutAccountColumn(lsp, tuk, await exportOf(lsp, admin, session.id), 'disabled');
    expect((await failure(tuk, 'bundles/preview', { uploadId: upload(tuk, file), expectKind: 'session' }, proctor)).code).toBe('BUNDLE_NOT_A_BUNDLE');
  });
});

describe('prints of a planned session at the LSP, before the day', () => {
  it('the card and attendance sheet and each candidate FR.AK.01 read the plan: candidate, assessor, scheme, TUK and date, nothing signed', async () => {
    const { lsp, admin, candidates, session } = await planned();
    const sheet = await call(lsp, 'print/sessionSheet', { sessionId: session.id }, admin);
    expect(sheet.rows.map((r) => r.candidateId).sort()).toEqual([...candidates].sort());
    // Passwords are never read back: the cards get them from sessions/issuePasswords' answer, in memory.
    expect(sheet.rows.every((r) => r.cardPassword === null && r.attendance === 'not_recorded')).toBe(true);
    expect(sheet.header).toMatchObject({ sessionCode: session.code, date: DAY, tukName: 'TUK 7', assessorNames: [expect.stringMatching(/\S/)] });

    const ws = await call(lsp, 'assessment/workspace', { sessionId: session.id, candidateId: candidates[0] }, admin);
    expect(ws.header).toMatchObject({ sessionCode: session.code, date: DAY, tukName: 'TUK 7', schemeCode: expect.stringMatching(/\S/), assessorName: expect.stringMatching(/\S/) });
    expect(ws.candidate.candidateId).toBe(candidates[0]);
    expect(ws.attempt).toMatchObject({ submittedAt: null, agreedAt: null });
    expect(ws.formSignatures.ak01).toEqual({ candidate: null, assessor: null });
  });
});

describe("a session bundle's preview at the TUK", () => {
  it('says the day, start and duration it brings, those it replaces, who leaves the plan, and whether it calls the session off', async () => {
    const { lsp, admin, candidates, plan, session, time } = await planned();
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const { tuk, proctor } = await tukStationAt(movableClock(new Date(2026, 10, 25, 9, 0)).clock);
    const first = await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    expect(first.sessionPlan).toEqual({ date: DAY, startTime: '08:00', durationMinutes: 120, cancelled: null, before: null, leaving: [] });
    // The first one ties the station to its TUK: said before it is applied, and only then.
    const tukName = lsp.db.prepare('SELECT name FROM tuk WHERE id = ?').pluck().get(plan.tukId);
    expect(first.bindsStation).toEqual({ tuk: tukName, setUpAs: null });
    // The manifest names the session in Indonesian only; the preview carries both titles, read from the plan it brings.
    expect(first.sessionTitle).toEqual(lsp.db.prepare('SELECT title_id AS id, title_en AS en FROM session WHERE id = ?').get(session.id));
    expect(first.sessionTitle?.en).toEqual(expect.any(String));

    time.later(1);
    const dropped = candidates[2];
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, startTime: '13:00', durationMinutes: 90, candidates: plan.candidates.filter((c) => c.candidateId !== dropped) } }, admin);
    time.later(1);
    const who = tuk.db.prepare('SELECT participant_no AS participantNo, name FROM candidate WHERE id = ?').get(dropped);
    const second = await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    expect(second.sessionPlan).toEqual({
      date: DAY,
      startTime: '13:00',
      durationMinutes: 90,
      cancelled: null,
      before: { date: DAY, startTime: '08:00', durationMinutes: 120, cancelled: false },
      leaving: [who],
    });
    expect(second.bindsStation).toBeNull();

    time.later(1);
    const cancelled = await call(lsp, 'sessions/cancel', { sessionId: session.id, reason: 'Gedung TUK direnovasi' }, admin);
    time.later(1);
    const third = await previewAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    expect(third.sessionPlan).toEqual({
      date: DAY,
      startTime: '13:00',
      durationMinutes: 90,
      cancelled: { at: cancelled.cancellation!.at, reason: 'Gedung TUK direnovasi' },
      before: { date: DAY, startTime: '13:00', durationMinutes: 90, cancelled: false },
      leaving: [],
    });
  });
});

describe("a TUK station's name on its admin's screens", () => {
  it('is the set-up name until the first session bundle ties the station to a TUK, then that TUK', async () => {
    const { lsp, admin, plan, session, time } = await planned();
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const tuk = await tempCore({ demoIfEmpty: false, bundleScryptLogN: TEST_SCRYPT_LOG_N, clock: movableClock(new Date(2026, 10, 25, 9, 0)).clock });
    const station = await call(tuk, 'setup/create', { kind: 'tuk', tuk: { name: 'Lab SMK 1', type: 'sewaktu', timeZone: 'WITA' }, admin: { username: 'budi', displayName: 'Budi', password: 'Sementara-2026' }, language: 'id' });
    expect(await call(tuk, 'tukStation/info', {}, station.token)).toEqual({ name: 'Lab SMK 1', type: 'sewaktu', timeZone: 'WITA', servesTuk: null });

    await call(tuk, 'accounts/create', { role: 'proctor', username: 'proktor2', displayName: 'P', password: 'Sementara-2026' }, station.token);
    const proctor = (await call(tuk, 'auth/signIn', { username: 'proktor2', password: 'Sementara-2026' })).token;
    await call(tuk, 'auth/changePassword', { currentPassword: 'Sementara-2026', newPassword: 'Lab-Komputer-Satu-2026' }, proctor);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    const tukName = lsp.db.prepare('SELECT name FROM tuk WHERE id = ?').pluck().get(plan.tukId);
    expect(await call(tuk, 'tukStation/info', {}, station.token)).toEqual({ name: 'Lab SMK 1', type: 'sewaktu', timeZone: 'WITA', servesTuk: tukName });
  });
});

describe('a cancelled session a TUK already holds', () => {
  it('is re-exported with its cancellation; the TUK lists it cancelled and refuses to start it', async () => {
    const { lsp, admin, candidates, session, time } = await planned();
    await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const tukTime = movableClock(new Date(2026, 10, 25, 9, 0));
    const { tuk, proctor } = await tukStationAt(tukTime.clock);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));

    time.later(1);
    const cancelled = await call(lsp, 'sessions/cancel', { sessionId: session.id, reason: 'Gedung TUK direnovasi' }, admin);
    // The answer says a TUK holds an older plan: the page tells the admin to let it know.
    expect(cancelled).toMatchObject({ status: 'cancelled', exportedAt: expect.any(String), changedSinceExport: true });
    time.later(1);
    const again = await exportOf(lsp, admin, session.id);
    expect(again.pendingConflicts).toBeUndefined();
    expect(await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).toMatchObject({ changedSinceExport: false });
    await importAt(tuk, proctor, again);

    const by = (await call(lsp, 'auth/whoami', {}, admin)).displayName;
    const cancellation = { at: cancelled.cancellation!.at, by, reason: 'Gedung TUK direnovasi' };
    expect((await call(tuk, 'proctor/upcoming', {}, proctor)).sessions).toMatchObject([{ id: session.id, cancellation }]);
    // On the session's day the proctor's home names it cancelled, and it cannot be started.
    tukTime.set(new Date(2026, 11, 1, 7, 30));
    const onTheDay = await signInAs(tuk, 'proctor');
    expect((await call(tuk, 'proctor/today', {}, onTheDay)).sessions.map((s) => s.session)).toMatchObject([{ id: session.id, cancellation }]);
    expect(await failure(tuk, 'exam/startSession', { sessionId: session.id }, onTheDay)).toMatchObject({
      code: 'EXAM_SESSION_CANCELLED',
      params: { session: session.code, reason: 'Gedung TUK direnovasi' },
    });
    expect(tuk.db.prepare('SELECT count(*) FROM session_run').pluck().get()).toBe(0);
    // A candidate's home names no session for them to sit.
    expect(candidateSession(tuk.db, candidates[0], DAY)).toBeUndefined();
  });
});

describe('a cancellation that reaches the TUK after the exam started there', () => {
  it('is named as such on the proctor\'s home and console, which said the exam could not be started while candidates wrote', async () => {
    const { lsp, admin, session, time } = await planned();
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    // The TUK starts early on the day; the LSP, not knowing, calls the session off and sends it again.
    const { tuk, proctor } = await tukStationAt(movableClock(new Date(2026, 11, 1, 7, 40)).clock);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    const started = await call(tuk, 'exam/startSession', { sessionId: session.id }, proctor);
    const p = issued.passwords[0];
    const candidate = (await call(tuk, 'auth/candidateSignIn', { participantNo: p.participantNo, password: p.password, token: started.token!, deviceId: 'lab-pc-01' })).token;
    await call(tuk, 'cbt/agree', { accept: true }, candidate);
    time.later(1);
    await call(lsp, 'sessions/cancel', { sessionId: session.id, reason: 'Asesor berhalangan' }, admin);
    time.later(1);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));

    // The exam goes on: the candidate still has their test.
    expect((await call(tuk, 'cbt/state', {}, candidate)).phase).toBe('test');
    const [today] = (await call(tuk, 'proctor/today', {}, proctor)).sessions;
    expect(today.session.cancellation).toMatchObject({ reason: 'Asesor berhalangan', afterStart: true });
    expect((await call(tuk, 'exam/token', { sessionId: session.id }, proctor)).status).toBe('running');
  });
});

describe('a re-planned duration that reaches the TUK after candidates started', () => {
  it('leaves those who accepted FR.AK.01 the duration they agreed to, which their agreement and the proctor\'s session facts say; the others take the new one', async () => {
    const { lsp, admin, plan, session, time } = await planned();
    const issued = await call(lsp, 'sessions/issuePasswords', { sessionId: session.id }, admin);
    time.later(1);
    const { tuk, proctor } = await tukStationAt(movableClock(new Date(2026, 11, 1, 7, 40)).clock);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));
    const started = await call(tuk, 'exam/startSession', { sessionId: session.id }, proctor);
    const signIn = async (i: number, deviceId: string) =>
      (await call(tuk, 'auth/candidateSignIn', { participantNo: issued.passwords[i].participantNo, password: issued.passwords[i].password, token: started.token!, deviceId })).token;
    const early = await signIn(0, 'lab-pc-01');
    await call(tuk, 'cbt/agree', { accept: true }, early);
    time.later(1);
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, durationMinutes: 60 } }, admin);
    time.later(1);
    await importAt(tuk, proctor, await exportOf(lsp, admin, session.id));

    const earlyState = await call(tuk, 'cbt/state', {}, early);
    expect(earlyState.agreement.durationMinutes).toBe(120);
    expect(earlyState.clock?.remainingMs).toBe(120 * 60_000);
    const late = await signIn(1, 'lab-pc-02');
    expect((await call(tuk, 'cbt/state', {}, late)).agreement.durationMinutes).toBe(60);
    await call(tuk, 'cbt/agree', { accept: true }, late);
    expect((await call(tuk, 'cbt/state', {}, late)).clock?.remainingMs).toBe(60 * 60_000);

    const [today] = (await call(tuk, 'proctor/today', {}, proctor)).sessions;
    expect(today.session.durationMinutes).toBe(60);
    expect(today.session.startedWithOtherDuration).toEqual([{ minutes: 120, candidates: 1 }]);
  });
});

describe('moving a session to another TUK', () => {
  it('is a plan like any other before the export; after it, refused beside the TUK, naming the TUK that holds the bundle and when it went', async () => {
    const { lsp, admin, plan, session, time } = await planned();
    const other = await call(lsp, 'tuks/create', { tuk: tukInput(8, { type: 'mandiri', capacity: 40 }) }, admin);
    await call(lsp, 'tuks/addVerification', { tukId: other.id, verification: { verifiedOn: '2026-06-01', verifier: 'Tim LSP', result: 'fit', note: null, sessionId: null } }, admin);
    const first = (await call(lsp, 'tuks/get', { tukId: plan.tukId }, admin)).name;
    const moved = { ...plan, tukId: other.id };
    expect((await call(lsp, 'sessions/check', { sessionId: session.id, session: moved }, admin)).conflicts).toEqual([]);

    time.later(1);
    const exported = await exportOf(lsp, admin, session.id);
    const exportedAt = (await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).exportedAt;
    expect(exportedAt).not.toBeNull();
    time.later(1);
    // The TUK holding it would keep it to run and refuse any later bundle of it (another TUK's): cancel and plan anew.
    const refusal = { code: 'SCHEDULE_TUK_AFTER_EXPORT', severity: 'refused', field: 'tukId', params: { tuk: first, exportedAt } };
    expect((await call(lsp, 'sessions/check', { sessionId: session.id, session: moved }, admin)).conflicts).toEqual([refusal]);
    expect(await failure(lsp, 'sessions/update', { sessionId: session.id, session: moved }, admin)).toMatchObject({ code: 'SCHEDULE_TUK_AFTER_EXPORT', params: { tuk: first } });
    expect((await call(lsp, 'sessions/get', { sessionId: session.id }, admin)).tuk.id).toBe(plan.tukId);
    // Anything else may still change at the same TUK, and the stored plan breaks no rule.
    const later = await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, startTime: '09:00' } }, admin);
    expect(later.conflicts.filter((c) => c.code === 'SCHEDULE_TUK_AFTER_EXPORT')).toEqual([]);
    expect(exported.bundleId).toBeTruthy();
  });
});

describe('upcoming sessions not yet with their TUK (the LSP home)', () => {
  it('counts a planned session until its bundle leaves, again once the plan changes, and not once cancelled; the list its link opens shows the same', async () => {
    const { lsp, admin, plan, session, time } = await planned();
    const toSend = async () => (await call(lsp, 'lsp/overview', {}, admin)).tasks.sessionsToSend;
    const listed = async () => (await call(lsp, 'sessions/list', { status: 'upcoming', unsent: true }, admin)).rows.map((s) => s.code);
    // The demo's own session was never planned here, so never counted: only the new one.
    expect(await toSend()).toBe(1);
    expect(await listed()).toEqual([session.code]);

    time.later(1);
    await exportOf(lsp, admin, session.id);
    expect([await toSend(), await listed()]).toEqual([0, []]);

    time.later(1);
    await call(lsp, 'sessions/update', { sessionId: session.id, session: { ...plan, startTime: '09:00' } }, admin);
    expect([await toSend(), await listed()]).toEqual([1, [session.code]]);

    time.later(1);
    await call(lsp, 'sessions/cancel', { sessionId: session.id, reason: 'Ruang uji dipakai' }, admin);
    expect([await toSend(), await listed()]).toEqual([0, []]);
  });
});
