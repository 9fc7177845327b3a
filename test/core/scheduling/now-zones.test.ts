import { describe, expect, it } from 'vitest';
import { applicationUse, listApl } from '../../../electron/core/scheduling/apl';
import { ruleBreaks } from '../../../electron/core/scheduling/rule-problems';
import { checkPlan } from '../../../electron/core/scheduling/rules';
import { listSessions } from '../../../electron/core/scheduling/session-list';
import type { SessionPlanInput } from '../../../electron/shared/scheduling';
import { call, demo, signInAs } from '../../support/core';
import { tukInput } from '../registry/support';
import { approveApl, create, demoSchemeId, plan, world, type World } from './support';

/**
 * An LSP office whose computer shows WIB planning at a TUK in Makassar (WITA, an hour ahead). Every rule that
 * compares a session with the clock reads the instant: the core is handed the office's `now` (whatever zone this
 * computer is set to, so the same under the suite's UTC and its shifted WIT run), and the session's times are
 * its TUK's. At 08:45 WIB it is 09:45 WITA: a session starting 09:30 WITA has begun, one of 08:00–10:00 WITA
 * is not over; at 09:15 WIB (10:15 WITA) that one is over.
 */
const at = (wib: string) => new Date(`2026-12-03T${wib}:00+07:00`);

type Makassar = {
  w: World;
  lspId: string;
  schemeId: string;
  candidate: string;
  /** 2026-12-03 08:00–10:00 WITA, the demo's scheme, the candidate seated. */
  morning: { id: string; code: string };
  /** 2026-12-03 09:30–11:30 WITA, the world's scheme, no candidates. */
  later: { id: string; code: string };
  makassarId: string;
};

async function makassar(): Promise<Makassar> {
  const w = await world();
  const lspId = w.core.db.prepare('SELECT lsp_id FROM scheme WHERE id = ?').pluck().get(w.schemeId) as string;
  const schemeId = demoSchemeId(w.core);
  const assessor = await signInAs(w.core, 'assessor1');
  const demoAssessor = w.core.db.prepare('SELECT id FROM assessor WHERE met_number = ?').pluck().get(demo.people.assessors[0].metNumber) as string;
  const [candidate] = w.candidates;
  await approveApl(w.core, w.admin, assessor, candidate, schemeId);
  const tuk = await call(w.core, 'tuks/create', { tuk: tukInput(3, { timeZone: 'WITA' }) }, w.admin);
  const morning = await create(
    w,
    plan(w, { schemeId, tukId: tuk.id, date: '2026-12-03', startTime: '08:00', durationMinutes: 120, assessorIds: [demoAssessor], candidates: [{ candidateId: candidate, assessorId: demoAssessor }] }),
  );
  const later = await create(w, plan(w, { tukId: tuk.id, date: '2026-12-03', startTime: '09:30', durationMinutes: 120, assessorIds: [w.assessors[0]] }));
  return { w, lspId, schemeId, candidate, morning, later, makassarId: tuk.id };
}

const refusedCodes = (m: Makassar, p: SessionPlanInput, now: Date) =>
  checkPlan(m.w.core.db, m.lspId, p, { selfId: null, now })
    .conflicts.filter((c) => c.severity === 'refused')
    .map((c) => c.code);

describe('a WIB office planning at a WITA TUK reads the TUK’s clock', () => {
  it('SCHEDULE_IN_PAST: a start of 09:30 WITA has passed at 08:45 WIB, not at 08:15 WIB', async () => {
    const m = await makassar();
    const p = plan(m.w, { tukId: m.makassarId, date: '2026-12-03', startTime: '09:30', assessorIds: [m.w.assessors[1]] });
    expect(refusedCodes(m, p, at('08:45'))).toContain('SCHEDULE_IN_PAST');
    expect(refusedCodes(m, p, at('08:15'))).not.toContain('SCHEDULE_IN_PAST');
  });

  it('the same-scheme rule and apl/list’s booked-in hint: a session ending 10:00 WITA holds the candidate at 08:45 WIB, not at 09:15 WIB', async () => {
    const m = await makassar();
    const demoAssessor = m.w.core.db.prepare('SELECT id FROM assessor WHERE met_number = ?').pluck().get(demo.people.assessors[0].metNumber) as string;
    const again = plan(m.w, { schemeId: m.schemeId, tukId: m.makassarId, date: '2026-12-04', assessorIds: [demoAssessor], candidates: [{ candidateId: m.candidate, assessorId: demoAssessor }] });
    expect(refusedCodes(m, again, at('08:45'))).toEqual(['SCHEDULE_CANDIDATE_SAME_SCHEME']);
    expect(refusedCodes(m, again, at('09:15'))).toEqual([]);
    const booked = (now: Date) =>
      listApl(m.w.core.db, { lspId: m.lspId, assessor: null }, { schemeId: m.schemeId, state: 'schedulable', limit: 100 }, now).rows.find((r) => r.candidateId === m.candidate)?.bookedIn;
    expect(booked(at('08:45'))).toEqual({ code: m.morning.code, date: '2026-12-03', startTime: '08:00', timeZone: 'WITA' });
    expect(booked(at('09:15'))).toBeNull();
    // Its FR.APL forms are that session's record once it is over, not before.
    const applicationId = m.w.core.db.prepare('SELECT id FROM apl_application WHERE candidate_id = ? AND scheme_id = ?').pluck().get(m.candidate, m.schemeId) as string;
    expect(applicationUse(m.w.core.db, applicationId, at('08:45'))).toBeNull();
    expect(applicationUse(m.w.core.db, applicationId, at('09:15'))).toMatchObject({ code: m.morning.code });
  });

  it('the sessions list’s status and its filters', async () => {
    const m = await makassar();
    const statuses = (now: Date, status?: 'upcoming' | 'running' | 'awaiting_results') =>
      Object.fromEntries(
        listSessions(m.w.core.db, m.lspId, { tukId: m.makassarId, ...(status ? { status } : {}) }, now).rows.map((r) => [r.code, r.status]),
      );
    expect(statuses(at('08:15'))).toEqual({ [m.morning.code]: 'running', [m.later.code]: 'upcoming' });
    expect(statuses(at('08:45'))).toEqual({ [m.morning.code]: 'running', [m.later.code]: 'running' });
    expect(statuses(at('09:15'))).toEqual({ [m.morning.code]: 'awaiting_results', [m.later.code]: 'running' });
    expect(statuses(at('08:15'), 'upcoming')).toEqual({ [m.later.code]: 'upcoming' });
    expect(statuses(at('08:45'), 'upcoming')).toEqual({});
    expect(statuses(at('08:45'), 'running')).toEqual({ [m.morning.code]: 'running', [m.later.code]: 'running' });
    expect(statuses(at('09:15'), 'awaiting_results')).toEqual({ [m.morning.code]: 'awaiting_results' });
  });

  it('rule breaks are of sessions not begun on their TUK’s clock: the TUK deactivated flags 09:30 WITA at 08:15 WIB, neither at 08:45 WIB', async () => {
    const m = await makassar();
    await call(m.w.core, 'tuks/setActive', { tukId: m.makassarId, active: false }, m.w.admin);
    expect([...ruleBreaks(m.w.core.db, m.lspId, at('08:15'), null).keys()]).toEqual([m.later.id]);
    expect([...ruleBreaks(m.w.core.db, m.lspId, at('08:45'), null).keys()]).toEqual([]);
    const flagged = (now: Date) => listSessions(m.w.core.db, m.lspId, { ruleProblems: true }, now).rows.map((r) => r.code);
    expect(flagged(at('08:15'))).toEqual([m.later.code]);
    expect(flagged(at('08:45'))).toEqual([]);
  });
});
