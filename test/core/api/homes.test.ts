import { describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/core/clock';
import { contract, METHOD_NAMES } from '../../../electron/shared/contract';
import { movableClock } from '../../support/clock';
import { call, demo, demoSessionId, signInAs, signInCandidate, tempCore } from '../../support/core';

// A fixed instant: "today" read from the real clock at load would be yesterday for a run crossing midnight.
const NOW = new Date('2027-06-15T02:00:00.000Z');
const today = localDate(NOW);
const fixedCore = () => tempCore({ clock: movableClock(NOW) });

describe('role homes', () => {
  it('shows the LSP admin the scheme, the session of today and the counts', async () => {
    // 07:30 at the demo's TUK (WIB), the same date on this computer's clock whether it is at UTC or WIT, where the
    // demo plans its session (08:00 that day, WIB): it has not begun.
    const early = new Date('2027-06-15T07:30:00+07:00');
    const core = await tempCore({ clock: movableClock(early) });
    const o = await call(core, 'lsp/overview', {}, await signInAs(core, 'admin'));
    expect(o.lsp.code).toBe(demo.people.lsp.code);
    expect(o.schemes).toHaveLength(1);
    expect(o.schemes[0]).toMatchObject({ code: 'SS.JWP/LSPP/005/2022', unitCount: 8, elementCount: 25, kukCount: 70 });
    expect(o.schemes[0].items.multiple_choice).toBeGreaterThanOrEqual(20);
    expect(o.schemes[0].items.essay).toBeGreaterThanOrEqual(3);
    expect(o.upcoming).toHaveLength(1);
    expect(o.upcoming[0]).toMatchObject({ date: localDate(early), candidateCount: 12, assessorCount: 2, status: 'upcoming', tuk: { type: 'sewaktu' } });
    expect(o).toMatchObject({ upcomingTotal: 1, sessionCount: 1, tukCount: 1, assessorCount: 2, candidateCount: 12 });
    // Nothing waits on a fresh demo: its one session is today's (test/core/homes/lsp-tasks.test.ts counts each task).
    expect(Object.values(o.tasks).every((count) => count === 0)).toBe(true);
  });

  it("counts the LSP's staff who can sign in, proctors and assessors, for the home's first steps; a disabled account is not one", async () => {
    const core = await fixedCore();
    const admin = await signInAs(core, 'admin');
    const before = (await call(core, 'lsp/overview', {}, admin)).staffAccounts;
    // The demo has its proctor and both assessors signed up.
    expect(before).toEqual({ proctors: 1, assessors: 2 });
    const accounts = await call(core, 'accounts/list', {}, admin);
    const proctor = accounts.find((a) => a.role === 'proctor')!;
    await call(core, 'accounts/setDisabled', { accountId: proctor.id, disabled: true, reason: 'Proktor pindah tugas ke cabang lain' }, admin);
    expect((await call(core, 'lsp/overview', {}, admin)).staffAccounts).toEqual({ proctors: 0, assessors: 2 });
  });

  it('shows the LSP admin each scheme once, at its latest version: an edit that made a new version adds no scheme', async () => {
    const core = await fixedCore();
    const admin = await signInAs(core, 'admin');
    const v1 = (await call(core, 'lsp/overview', {}, admin)).schemes[0];
    const s = await call(core, 'schemes/get', { schemeId: v1.id }, admin);
    // The demo's session uses the scheme: the edit becomes version 2.
    const input = { code: s.code, kind: s.kind, level: s.level, skkni: 'SKKNI 2027', titleId: s.titleId, titleEn: s.titleEn, approvedOn: s.approvedOn, units: s.units };
    const v2 = await call(core, 'schemes/update', { schemeId: v1.id, scheme: input }, admin);
    expect(v2.newVersion).toBe(true);
    const o = await call(core, 'lsp/overview', {}, admin);
    expect(o.schemes.map((x) => [x.id, x.code, x.version, x.skkni])).toEqual([[v2.scheme.id, s.code, 2, 'SKKNI 2027']]);
    expect(v1.version).toBe(1);
  });

  it("shows the proctor today's session with every candidate", async () => {
    const core = await fixedCore();
    const t = await call(core, 'proctor/today', {}, await signInAs(core, 'proctor'));
    expect(t.date).toBe(today);
    expect(t.sessions).toHaveLength(1);
    expect(t.sessions[0].candidates.map((c) => c.participantNo)).toEqual(demo.people.candidates.map((c) => c.participantNo));
    expect(t.sessions[0].candidates.every((c) => c.locked === false)).toBe(true);
  });

  it('lists the proctor a seated candidate the LSP issued no password yet, without an account, not one fewer', async () => {
    const core = await fixedCore();
    // As a session bundle exported before the passwords were issued: the seat came, the account did not.
    const first = demo.people.candidates[0].participantNo;
    core.db.prepare('DELETE FROM account WHERE username = ?').run(first);
    const t = await call(core, 'proctor/today', {}, await signInAs(core, 'proctor'));
    const listed = t.sessions[0].candidates;
    expect(listed.map((c) => c.participantNo)).toEqual(demo.people.candidates.map((c) => c.participantNo));
    expect(listed.find((c) => c.participantNo === first)).toMatchObject({ accountId: null, locked: false });
    expect(listed.filter((c) => c.accountId === null)).toHaveLength(1);
  });

  it('keeps a session that ran past midnight on the proctor\'s list: running, and for 12 hours after it was closed', async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    const proctor = await signInAs(core, 'proctor');
    const sessionId = demoSessionId(core);
    // Signed in again at each look: a day later the morning's sign-in has expired.
    const listed = async () => (await call(core, 'proctor/today', {}, await signInAs(core, 'proctor'))).sessions.map((s) => s.session.id);
    // Started late in its day; the venue's midnight passes while candidates still write.
    await call(core, 'exam/startSession', { sessionId }, proctor);
    const startedAt = NOW.toISOString();
    expect((await call(core, 'proctor/today', {}, proctor)).sessions[0].run).toEqual({ startedAt, endedAt: null });
    clock.set(new Date(NOW.getTime() + 24 * 3_600_000));
    expect(await listed()).toEqual([sessionId]);
    // Closed after midnight: the berita acara and the results are still to be done from its console.
    await call(core, 'exam/endSession', { sessionId, reason: 'Waktu uji selesai' }, await signInAs(core, 'proctor'));
    // The home says it is closed (and when), not a session still to run.
    const closed = (await call(core, 'proctor/today', {}, await signInAs(core, 'proctor'))).sessions[0].run;
    expect(closed).toEqual({ startedAt, endedAt: new Date(NOW.getTime() + 24 * 3_600_000).toISOString() });
    clock.advance(11 * 3_600_000);
    expect(await listed()).toEqual([sessionId]);
    clock.advance(2 * 3_600_000);
    expect(await listed()).toEqual([]);
  });

  it('lists no session of an earlier day that never started', async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    clock.set(new Date(NOW.getTime() + 24 * 3_600_000));
    expect((await call(core, 'proctor/today', {}, await signInAs(core, 'proctor'))).sessions).toEqual([]);
  });

  it("lists the proctor the sessions held here for a later day, soonest first, and not among today's", async () => {
    const clock = movableClock(NOW);
    const core = await tempCore({ clock });
    const proctor = await signInAs(core, 'proctor');
    // The day before the demo's session: it is upcoming, as a bundle imported days ahead.
    clock.set(new Date(NOW.getTime() - 24 * 3_600_000));
    const eve = localDate(clock.now());
    expect((await call(core, 'proctor/today', {}, proctor)).sessions).toEqual([]);
    const upcoming = await call(core, 'proctor/upcoming', {}, proctor);
    expect(upcoming.date).toBe(eve);
    expect(upcoming.sessions).toHaveLength(1);
    expect(upcoming.sessions[0]).toMatchObject({ date: today, candidateCount: 12, withoutPassword: 0 });
    // A candidate the LSP issued no password yet is counted, to be asked for before the day.
    core.db.prepare('DELETE FROM account WHERE username = ?').run(demo.people.candidates[0].participantNo);
    expect((await call(core, 'proctor/upcoming', {}, proctor)).sessions[0]).toMatchObject({ candidateCount: 12, withoutPassword: 1 });
    // On its day it is today's, no longer upcoming.
    clock.set(NOW);
    expect((await call(core, 'proctor/upcoming', {}, proctor)).sessions).toEqual([]);
    expect((await call(core, 'proctor/today', {}, proctor)).sessions).toHaveLength(1);
  });

  it('shows each assessor only their own candidates', async () => {
    const core = await tempCore();
    for (const [who, key] of [['assessor1', 'asesor1'], ['assessor2', 'asesor2']] as const) {
      const a = await call(core, 'assessor/assigned', {}, await signInAs(core, who));
      const mine = demo.people.candidates.filter((c) => c.assessor === key).map((c) => c.participantNo);
      expect(a.sessions[0].candidates.map((c) => c.participantNo)).toEqual(mine);
      expect(a.assessor.metNumber).toBe(demo.people.assessors.find((x) => x.key === key)?.metNumber);
    }
  });

  it("gives an assessor their MET's and technical certificate's state on the core's day, for their home to warn", async () => {
    const core = await fixedCore();
    const token = await signInAs(core, 'assessor1');
    const assessorId = core.db.prepare('SELECT assessor_id FROM account WHERE username = ?').pluck().get(demo.people.assessors[0].username) as string;
    core.db.prepare("UPDATE assessor SET met_expires_on = '2027-06-14', tech_cert_expires_on = '2027-06-20' WHERE id = ?").run(assessorId);
    const a = await call(core, 'assessor/assigned', {}, token);
    expect(a.assessor).toMatchObject({ metExpiresOn: '2027-06-14', metState: 'expired', techCertExpiresOn: '2027-06-20', techCertState: 'soon' });
  });

  it('counts an assessor planned on a session without candidates yet: on the admin home and in their assigned sessions', async () => {
    const core = await fixedCore();
    const admin = await signInAs(core, 'admin');
    const assessorId = core.db.prepare('SELECT assessor_id FROM account WHERE username = ?').pluck().get(demo.people.assessors[0].username) as string;
    const o = await call(core, 'lsp/overview', {}, admin);
    const tomorrow = localDate(new Date(NOW.getTime() + 24 * 3_600_000));
    const planned = await call(
      core,
      'sessions/create',
      {
        session: {
          schemeId: o.schemes[0].id,
          tukId: (await call(core, 'tuks/list', {}, admin)).rows[0].id,
          date: tomorrow,
          startTime: '08:00',
          durationMinutes: 120,
          mode: 'room_server',
          assessorIds: [assessorId],
          candidates: [],
        },
      },
      admin,
    );
    const row = (await call(core, 'lsp/overview', {}, admin)).upcoming.find((x) => x.id === planned.id);
    expect(row).toMatchObject({ candidateCount: 0, assessorCount: 1 });
    const assigned = await call(core, 'assessor/assigned', {}, await signInAs(core, 'assessor1'));
    expect(assigned.sessions.map((x) => [x.session.id, x.candidates.length])).toContainEqual([planned.id, 0]);
    // The other assessor is not on it.
    const other = await call(core, 'assessor/assigned', {}, await signInAs(core, 'assessor2'));
    expect(other.sessions.map((x) => x.session.id)).not.toContain(planned.id);
  });

  it('shows a candidate their own session and nothing about anyone else', async () => {
    const core = await fixedCore();
    const me = demo.people.candidates[3];
    const token = await signInCandidate(core, 3);
    const replies: unknown[] = [];
    for (const method of METHOD_NAMES) {
      const access = contract[method].access;
      // Methods that take arguments are covered with real arguments in test/core/cbt/leaks.test.ts.
      const takesNoArgs = contract[method].args.safeParse({}).success;
      // apl/mySelfAssessment belongs to an FR.APL.02 sign-in and refuses a session's (test/core/scheduling/apl-self.test.ts).
      if ('roles' in access && access.roles.includes('candidate') && method !== 'auth/signOut' && method !== 'apl/mySelfAssessment' && takesNoArgs) {
        replies.push(await call(core, method, {}, token));
      }
    }
    const home = await call(core, 'candidate/home', {}, token);
    expect(home).toMatchObject({ participantNo: me.participantNo, name: me.name, session: { date: today, seat: me.seat } });
    const text = JSON.stringify(replies);
    for (const other of demo.people.candidates) {
      expect(text).not.toContain(other.nik);
      if (other !== me) {
        expect(text).not.toContain(other.participantNo);
        expect(text).not.toContain(other.name);
      }
    }
  });

  it('never returns a password hash from any method to any role', async () => {
    const core = await tempCore();
    const tokens = [await signInAs(core, 'admin'), await signInAs(core, 'proctor'), await signInAs(core, 'assessor1'), await signInCandidate(core)];
    for (const token of [null, ...tokens]) {
      for (const method of METHOD_NAMES) {
        if (method === 'auth/signOut' || method === 'auth/signIn' || method === 'auth/candidateSignIn') continue;
        const reply = await core.dispatch(method, {}, token);
        expect(JSON.stringify(reply), method).not.toMatch(/scrypt\$|password_?hash/i);
      }
    }
  });
});
