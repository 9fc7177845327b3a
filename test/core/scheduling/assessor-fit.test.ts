import { describe, expect, it } from 'vitest';
import { call, failure, signInAs } from '../../support/core';
import { assessorInput } from '../registry/support';
import { create, DAY, plan, setRules, world } from './support';

/** The planner's picker asks before adding: the refusals an assessor's own record would meet (clock: 2026-11-20). */
describe('sessions/assessorFit', () => {
  it("names the refusals a plan of this scheme on this date would give each assessor, by the LSP's rules", async () => {
    const w = await world({ aplGate: false });
    const expired = await call(w.core, 'assessors/create', { assessor: assessorInput(2, { name: 'Rina Marlina', metExpiresOn: '2026-11-30', schemeCodes: [] }) }, w.admin);
    const fit = await call(w.core, 'sessions/assessorFit', { schemeId: w.schemeId, date: DAY, assessorIds: [w.assessors[0], expired.id] }, w.admin);
    expect(fit).toEqual([
      { assessorId: w.assessors[0], conflicts: [] },
      {
        assessorId: expired.id,
        conflicts: [
          { code: 'SCHEDULE_ASSESSOR_NOT_COMPETENT', severity: 'refused', field: 'assessorIds', params: { assessor: 'Rina Marlina', metNumber: expired.metNumber, scheme: w.schemeCode } },
          { code: 'SCHEDULE_ASSESSOR_MET_EXPIRED', severity: 'refused', field: 'assessorIds', params: { assessor: 'Rina Marlina', metNumber: expired.metNumber, expiresOn: '2026-11-30', date: DAY } },
        ],
      },
    ]);
    // No scheme and no date yet: registration is not judged, and the MET is judged on today (still valid then).
    expect(await call(w.core, 'sessions/assessorFit', { schemeId: null, date: null, assessorIds: [expired.id] }, w.admin)).toEqual([{ assessorId: expired.id, conflicts: [] }]);
    // The LSP switched the rules off: nothing would be refused, so nothing is said.
    await setRules(w.core, w.admin, { aplGate: false, assessorCredentials: false, assessorScheme: false });
    expect(await call(w.core, 'sessions/assessorFit', { schemeId: w.schemeId, date: DAY, assessorIds: [expired.id] }, w.admin)).toEqual([{ assessorId: expired.id, conflicts: [] }]);
  });

  it('says a lapse judged before the plan has a date as of today, naming no session date (clock: 2026-11-20)', async () => {
    const w = await world({ aplGate: false });
    const lapsed = await call(
      w.core,
      'assessors/create',
      { assessor: assessorInput(3, { name: 'Budi Santoso', metExpiresOn: '2026-11-19', techCertNumber: 'TC-3', techCertExpiresOn: '2026-11-18' }) },
      w.admin,
    );
    const who = { assessor: 'Budi Santoso', metNumber: lapsed.metNumber };
    expect(await call(w.core, 'sessions/assessorFit', { schemeId: null, date: null, assessorIds: [lapsed.id] }, w.admin)).toEqual([
      {
        assessorId: lapsed.id,
        conflicts: [
          { code: 'SCHEDULE_ASSESSOR_MET_LAPSED', severity: 'refused', field: 'assessorIds', params: { ...who, expiresOn: '2026-11-19' } },
          { code: 'SCHEDULE_ASSESSOR_CERT_LAPSED', severity: 'refused', field: 'assessorIds', params: { ...who, expiresOn: '2026-11-18' } },
        ],
      },
    ]);
    // With a date, the session date's rule and its date, as the plan check says it.
    const dated = await call(w.core, 'sessions/assessorFit', { schemeId: null, date: DAY, assessorIds: [lapsed.id] }, w.admin);
    expect(dated[0].conflicts.map((c) => [c.code, c.params.date])).toEqual([
      ['SCHEDULE_ASSESSOR_MET_EXPIRED', DAY],
      ['SCHEDULE_ASSESSOR_CERT_EXPIRED', DAY],
    ]);
  });

  it("is the LSP admin's, and knows only the LSP's own assessors and schemes", async () => {
    const w = await world({ aplGate: false });
    expect((await failure(w.core, 'sessions/assessorFit', { schemeId: w.schemeId, date: DAY, assessorIds: [w.assessors[0]] }, await signInAs(w.core, 'proctor'))).code).toBe('FORBIDDEN');
    expect((await failure(w.core, 'sessions/assessorFit', { schemeId: w.schemeId, date: DAY, assessorIds: ['01ABCDEFGHJKMNPQRSTVWXYZ00'] }, w.admin)).code).toBe('NOT_FOUND');
  });
});

/** The registry records facts: a MET date set into the past saves, and the assessor's page names the upcoming sessions it breaks. */
describe("an assessor's record breaking upcoming sessions", () => {
  it('is saved, and the saved record names each session from today on whose rules it breaks, with the rule in its params', async () => {
    const w = await world({ aplGate: false });
    const mine = await create(w, plan(w));
    // A session before today is not named (the clock is 2026-11-20).
    w.core.db.prepare("UPDATE session SET date = '2026-11-10' WHERE id = ?").run((await create(w, plan(w, { date: '2026-12-02' }))).id);
    const input = assessorInput(900, { schemeCodes: [w.schemeCode] });
    expect((await call(w.core, 'assessors/get', { assessorId: w.assessors[0] }, w.admin)).sessionBreaks).toEqual([]);

    const saved = await call(w.core, 'assessors/update', { assessorId: w.assessors[0], assessor: { ...input, metExpiresOn: '2026-11-25' } }, w.admin);
    expect(saved.metExpiresOn).toBe('2026-11-25');
    expect(saved.sessionBreaks).toEqual([
      {
        sessionId: mine.id,
        code: mine.code,
        date: DAY,
        conflicts: [{ code: 'SCHEDULE_ASSESSOR_MET_EXPIRED', severity: 'refused', field: 'assessorIds', params: { assessor: 'Asesor 0900', metNumber: saved.metNumber, expiresOn: '2026-11-25', date: DAY } }],
      },
    ]);
    // Another assessor's page says nothing.
    expect((await call(w.core, 'assessors/get', { assessorId: w.assessors[1] }, w.admin)).sessionBreaks).toEqual([]);
  });
});
