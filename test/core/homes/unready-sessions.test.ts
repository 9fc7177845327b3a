import { describe, expect, it } from 'vitest';
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
});
