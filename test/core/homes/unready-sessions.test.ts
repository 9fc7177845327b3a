import { describe, expect, it } from 'vitest';
import { NO_PASSWORD } from '../../../electron/core/auth/password';
import { call } from '../../support/core';
import { assessorInput } from '../registry/support';
import { create, DAY, plan, seats, world } from '../scheduling/support';

describe("the LSP home's sessions that could not run", () => {
  it('lists a session of the coming days whose candidates have no password and whose assessor has no account, until both are done', async () => {
    const w = await world({ aplGate: false, candidates: 22 });
    const bare = (await call(w.core, 'assessors/create', { assessor: assessorInput(950, { schemeCodes: [w.schemeCode] }) }, w.admin)).id;
    // 20 candidates, ten for each assessor (the day's limit), one assessor with a sign-in.
    const session = await create(w, plan(w, { assessorIds: [bare, w.assessors[0]], candidates: [...seats(w, 10, bare), ...seats(w, 10, w.assessors[0], 10)] }));
    // The same lacks, three weeks out: beyond the days the home looks ahead.
    await create(w, plan(w, { date: '2026-12-11', assessorIds: [bare], candidates: seats(w, 2, bare, 20) }));
    const overview = async () => {
      const o = await call(w.core, 'lsp/overview', {}, w.admin);
      return { rows: o.sessionsNotReady.filter((s) => s.sessionId !== demoSessionId), total: o.sessionsNotReadyTotal };
    };
    const demoSessionId = w.core.db.prepare("SELECT id FROM session WHERE date = '2026-11-20'").pluck().get() as string | undefined;

    expect((await overview()).rows).toEqual([
      { sessionId: session.id, code: session.code, date: DAY, candidatesWithoutPassword: 20, assessorsWithoutAccount: ['Asesor 0950'] },
    ]);

    await call(w.core, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [w.candidates[0], w.candidates[1]] }, w.admin);
    expect((await overview()).rows).toMatchObject([{ sessionId: session.id, candidatesWithoutPassword: 18, assessorsWithoutAccount: ['Asesor 0950'] }]);
    await call(w.core, 'sessions/issuePasswords', { sessionId: session.id }, w.admin);
    expect((await overview()).rows).toMatchObject([{ sessionId: session.id, candidatesWithoutPassword: 0, assessorsWithoutAccount: ['Asesor 0950'] }]);

    await call(w.core, 'accounts/create', { role: 'assessor', username: 'asesor-950', displayName: 'Asesor 0950', password: 'Sementara-2026', assessorId: bare }, w.admin);
    expect((await overview()).rows).toEqual([]);
  });

  it("counts a candidate without a password as the session page's warning does, whatever account they hold", async () => {
    // The home counts in SQL (queries/session-readiness.ts), the session page in JS (scheduling/passwords-pending.ts).
    const w = await world({ aplGate: false, candidates: 6 });
    const session = await create(w, plan(w, { candidates: seats(w, 6) }));
    const [withAplSignIn, withCardAccount, withPassword] = w.candidates;
    await call(w.core, 'sessions/issuePasswords', { sessionId: session.id, candidateIds: [withAplSignIn, withCardAccount, withPassword] }, w.admin);
    // The APL.02 sign-in replaces the session password in the candidate's one account.
    const key = { candidateId: withAplSignIn, schemeId: w.schemeId };
    await call(w.core, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: [{ kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' }] }, w.admin);
    await call(w.core, 'apl/issueSelfAccess', key, w.admin);
    // An account a TUK's card made, brought back by its results, has no password (bundles/card-accounts.ts).
    w.core.db.prepare('UPDATE account SET password_hash = ? WHERE candidate_id = ?').run(NO_PASSWORD, withCardAccount);

    const page = await call(w.core, 'sessions/get', { sessionId: session.id }, w.admin);
    const warned = page.conflicts.find((c) => c.code === 'SCHEDULE_PASSWORDS_NOT_ISSUED');
    const home = (await call(w.core, 'lsp/overview', {}, w.admin)).sessionsNotReady.find((r) => r.sessionId === session.id);
    // Without: the APL.02 sign-in, the card's account and the three never issued one.
    expect(warned?.params.count).toBe(5);
    expect(home?.candidatesWithoutPassword).toBe(warned?.params.count);
  });
});
