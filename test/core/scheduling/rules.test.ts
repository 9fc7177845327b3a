import { describe, expect, it } from 'vitest';
import { call, demo, demoSessionId, failure } from '../../support/core';
import { assessorInput, schemeInput, tukInput } from '../registry/support';
import { assessorWithAccount, check, codes, create, DAY, plan, seats, setRules, world } from './support';

/** The date and HH:MM `minutes` after a wall-clock date and time (UTC arithmetic, no zone). */
function clockAfter(date: string, time: string, minutes: number): { date: string; time: string } {
  const iso = new Date(Date.parse(`${date}T${time}:00Z`) + minutes * 60_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * Every rule of the LSP against a proposed session, each with a table of cases at its edge. The clock is
 * fixed at 2026-11-20 09:00; sessions are planned on DAY (2026-12-01) at the TUK Mandiri (verified, so
 * the TUK rule is quiet) with the APL gate off unless a case is about them.
 */

const only = (list: string[], code: string) => list.filter((c) => c === code);

describe('at most N candidates per assessor per day', () => {
  it.each([
    { name: 'at the limit in one session', before: 0, now: 10, refused: false },
    { name: 'over by one in one session', before: 0, now: 11, refused: true },
    { name: 'at the limit across two sessions that day', before: 6, now: 4, refused: false },
    { name: 'over by one across two sessions that day', before: 6, now: 5, refused: true },
  ])('$name', async ({ before, now, refused }) => {
    const w = await world({ aplGate: false });
    if (before) await create(w, plan(w, { startTime: '08:00', candidates: seats(w, before) }));
    const p = plan(w, { startTime: '13:00', candidates: seats(w, now, w.assessors[0], before) });
    const result = await check(w, p);
    const limit = result.conflicts.filter((c) => c.code === 'SCHEDULE_ASSESSOR_DAY_LIMIT');
    expect(limit.length).toBe(refused ? 1 : 0);
    if (refused) expect(limit[0]).toMatchObject({ severity: 'refused', field: 'assessorIds.0', params: { assessor: 'Asesor 0900', date: DAY, load: 11, limit: 10 } });
  });

  it('counts only that date, and follows the setting', async () => {
    const w = await world({ aplGate: false });
    await create(w, plan(w, { date: '2026-12-02', candidates: seats(w, 8) }));
    expect(await codes(w, plan(w, { candidates: seats(w, 4, w.assessors[0], 8) }))).toEqual([]);
    await setRules(w.core, w.admin, { aplGate: false, maxCandidatesPerAssessorPerDay: 3 });
    expect(await codes(w, plan(w, { candidates: seats(w, 4, w.assessors[0], 8) }))).toEqual(['SCHEDULE_ASSESSOR_DAY_LIMIT']);
    expect(await codes(w, plan(w, { candidates: seats(w, 3, w.assessors[0], 8) }))).toEqual([]);
  });

  it("counts each session on its own TUK's date, whatever its zone", async () => {
    const w = await world({ aplGate: false });
    await setRules(w.core, w.admin, { aplGate: false, maxCandidatesPerAssessorPerDay: 3 });
    const jayapura = await call(w.core, 'tuks/create', { tuk: tukInput(3, { timeZone: 'WIT' }) }, w.admin);
    // DAY 13:00 WIT is 11:00 WIB, the assessor's same working day; the next day 01:00 WIT (23:00 WIB of DAY) is the next day's.
    await create(w, plan(w, { tukId: jayapura.id, startTime: '13:00', durationMinutes: 60, candidates: seats(w, 2) }));
    await create(w, plan(w, { tukId: jayapura.id, date: '2026-12-02', startTime: '01:00', durationMinutes: 60, candidates: seats(w, 2, w.assessors[0], 2) }));
    const limit = (await check(w, plan(w, { startTime: '14:00', candidates: seats(w, 2, w.assessors[0], 4) }))).conflicts.filter((c) => c.code === 'SCHEDULE_ASSESSOR_DAY_LIMIT');
    expect(limit).toMatchObject([{ params: { date: DAY, load: 4, limit: 3 } }]);
  });
});

describe('an assessor is never in two sessions whose times overlap', () => {
  // The existing session: DAY 08:00 for 120 minutes (to 10:00), or 23:00 for 120 minutes (to 01:00 the next day).
  it.each([
    { name: 'starting when the other ends (touching)', existing: '08:00', date: DAY, start: '10:00', minutes: 60, overlap: false },
    { name: 'starting one minute before the other ends', existing: '08:00', date: DAY, start: '09:59', minutes: 60, overlap: true },
    { name: 'ending when the other starts (touching)', existing: '08:00', date: DAY, start: '06:00', minutes: 120, overlap: false },
    { name: 'ending one minute after the other starts', existing: '08:00', date: DAY, start: '06:01', minutes: 120, overlap: true },
    { name: 'inside the other', existing: '08:00', date: DAY, start: '08:30', minutes: 30, overlap: true },
    { name: 'across midnight: the next day one minute before it ends', existing: '23:00', date: '2026-12-02', start: '00:59', minutes: 60, overlap: true },
    { name: 'across midnight: the next day when it ends', existing: '23:00', date: '2026-12-02', start: '01:00', minutes: 60, overlap: false },
    { name: 'the day before, running into it by one minute', existing: '00:30', date: '2026-11-30', start: '23:00', minutes: 91, overlap: true },
  ])('$name', async ({ existing, date, start, minutes, overlap }) => {
    const w = await world({ aplGate: false });
    // The other session is at the other TUK: the rule holds across TUKs.
    const other = await create(w, plan(w, { tukId: w.sewaktuId, startTime: existing, candidates: seats(w, 2) }));
    const found = (await check(w, plan(w, { date, startTime: start, durationMinutes: minutes, candidates: seats(w, 2, w.assessors[0], 2) }))).conflicts.filter(
      (c) => c.code === 'SCHEDULE_ASSESSOR_OVERLAP',
    );
    expect(found.length).toBe(overlap ? 1 : 0);
    if (overlap) expect(found[0].params).toMatchObject({ assessor: 'Asesor 0900', session: other.code, date: DAY, startTime: existing, zone: 'WIB' });
  });

  it('counts a session the assessor is planned for without candidates, and one they have candidates in only (the demo)', async () => {
    const w = await world({ aplGate: false });
    const planned = await create(w, plan(w, { assessorIds: [w.assessors[0], w.assessors[1]], candidates: seats(w, 2, w.assessors[0]) }));
    const second = await check(w, plan(w, { assessorIds: [w.assessors[1]], startTime: '09:00' }));
    expect(second.conflicts).toMatchObject([{ code: 'SCHEDULE_ASSESSOR_OVERLAP', params: { assessor: 'Asesor 0901', session: planned.code } }]);

    // The demo session (today 08:00-10:00) has its assessors in session_candidate only.
    const demoAssessor = w.core.db.prepare('SELECT id FROM assessor WHERE met_number = ?').pluck().get(demo.people.assessors[0].metNumber) as string;
    const today = await codes(w, plan(w, { date: '2026-11-20', startTime: '09:30', assessorIds: [demoAssessor] }));
    expect(only(today, 'SCHEDULE_ASSESSOR_OVERLAP')).toHaveLength(1);
  });

  it('is off when the LSP turns it off', async () => {
    const w = await world({ aplGate: false });
    await create(w, plan(w));
    expect(await codes(w, plan(w, { startTime: '09:00' }))).toEqual(['SCHEDULE_ASSESSOR_OVERLAP']);
    await setRules(w.core, w.admin, { aplGate: false, assessorOverlap: false });
    expect(await codes(w, plan(w, { startTime: '09:00' }))).toEqual([]);
  });
});

describe('a planned assessor with no candidate', () => {
  it('is a warning on the check once the session has candidates, never a refusal', async () => {
    const w = await world({ aplGate: false });
    // Every candidate moved to the first assessor: the second, still planned, passed without a word.
    const result = await check(w, plan(w, { assessorIds: [w.assessors[0], w.assessors[1]], candidates: seats(w, 2) }));
    expect(result.conflicts).toEqual([
      { code: 'SCHEDULE_ASSESSOR_NO_CANDIDATES', severity: 'pending', field: 'assessorIds.1', params: { assessor: 'Asesor 0901', metNumber: expect.any(String) } },
    ]);
    expect(result.refused).toBe(0);
    // The plan is saved; one candidate for each: nothing to say. No candidates yet at all: the plan is not done, nothing to say either.
    await create(w, plan(w, { assessorIds: [w.assessors[0], w.assessors[1]], candidates: seats(w, 2) }));
    expect(await codes(w, plan(w, { date: '2026-12-02', assessorIds: [w.assessors[0], w.assessors[1]], candidates: [...seats(w, 1, w.assessors[0], 2), ...seats(w, 1, w.assessors[1], 3)] }))).toEqual([]);
    expect(await codes(w, plan(w, { date: '2026-12-02', assessorIds: [w.assessors[0], w.assessors[1]] }))).toEqual([]);
  });
});

describe('a planned assessor with no sign-in account', () => {
  it('is a warning on the check naming them (none, or a disabled one), never a refusal, and gone once they have one', async () => {
    const w = await world({ aplGate: false });
    const bare = (await call(w.core, 'assessors/create', { assessor: assessorInput(950, { schemeCodes: [w.schemeCode] }) }, w.admin)).id;
    const planned = plan(w, { assessorIds: [w.assessors[0], bare], candidates: [...seats(w, 1), { candidateId: w.candidates[1], assessorId: bare }] });
    const result = await check(w, planned);
    expect(result.conflicts).toEqual([
      { code: 'SCHEDULE_ASSESSOR_NO_ACCOUNT', severity: 'pending', field: 'assessorIds.1', params: { assessor: 'Asesor 0950', metNumber: expect.any(String) } },
    ]);
    expect(result.refused).toBe(0);
    const account = await call(w.core, 'accounts/create', { role: 'assessor', username: 'asesor-950', displayName: 'Asesor 0950', password: 'Sementara-2026', assessorId: bare }, w.admin);
    expect(await codes(w, planned)).toEqual([]);
    await call(w.core, 'accounts/setDisabled', { accountId: account.id, disabled: true, reason: 'cuti panjang' }, w.admin);
    expect(await codes(w, planned)).toEqual(['SCHEDULE_ASSESSOR_NO_ACCOUNT']);
  });
});

describe("an assessor's registration, competence and loan letter", () => {
  // The session is on DAY (2026-12-01); an expiry date is the last day the registration is valid.
  it.each([
    { name: 'MET expired the day before', over: { metExpiresOn: '2026-11-30' }, code: 'SCHEDULE_ASSESSOR_MET_EXPIRED' },
    // Valid on the day but lapsing within 30 days after it: a heads-up (pending), never a refusal.
    { name: 'MET expiring on the day (its last valid day): a heads-up', over: { metExpiresOn: DAY }, code: 'SCHEDULE_ASSESSOR_MET_EXPIRING' },
    { name: 'MET expiring 30 days after the day: a heads-up', over: { metExpiresOn: '2026-12-31' }, code: 'SCHEDULE_ASSESSOR_MET_EXPIRING' },
    { name: 'MET expiring 31 days after the day: nothing to say', over: { metExpiresOn: '2027-01-01' }, code: null },
    { name: 'technical certificate expired the day before', over: { techCertExpiresOn: '2026-11-30' }, code: 'SCHEDULE_ASSESSOR_CERT_EXPIRED' },
    { name: 'technical certificate expiring on the day', over: { techCertExpiresOn: DAY }, code: null },
    { name: 'no technical certificate date recorded', over: { techCertExpiresOn: null }, code: null },
    { name: 'may not assess the scheme', over: { schemeCodes: [] }, code: 'SCHEDULE_ASSESSOR_NOT_COMPETENT' },
    { name: 'borrowed with the loan letter', over: { homeLsp: 'LSP Lain', loanLetterNo: '12/SPA/2026', loanLetterDate: '2026-11-01' }, code: null },
  ])('$name', async ({ over, code }) => {
    const w = await world({ aplGate: false });
    const schemeCodes = 'schemeCodes' in over ? over.schemeCodes : [w.schemeCode];
    const a = await assessorWithAccount(w, assessorInput(1, { ...over, schemeCodes }));
    const result = await check(w, plan(w, { assessorIds: [a.id] }));
    expect(result.conflicts.map((c) => c.code)).toEqual(code ? [code] : []);
    if (code === 'SCHEDULE_ASSESSOR_MET_EXPIRED') expect(result.conflicts[0].params).toMatchObject({ assessor: 'Asesor 0001', expiresOn: '2026-11-30', date: DAY });
    if (code === 'SCHEDULE_ASSESSOR_MET_EXPIRING') {
      expect(result.conflicts[0]).toMatchObject({ severity: 'pending', field: 'assessorIds.0', params: { assessor: 'Asesor 0001', expiresOn: over.metExpiresOn, date: DAY, days: 30 } });
      expect(result.refused).toBe(0);
    }
  });

  it('refuses a borrowed assessor without the loan letter, an inactive one, and each check follows its setting', async () => {
    const w = await world({ aplGate: false });
    const a = await assessorWithAccount(w, assessorInput(1, { homeLsp: 'LSP Lain', loanLetterNo: '12/SPA/2026', loanLetterDate: '2026-11-01', schemeCodes: [w.schemeCode] }));
    // The registry refuses a loan without its letter, so the record is made as an older import could have left it.
    w.core.db.prepare('UPDATE assessor SET loan_letter_no = NULL, loan_letter_date = NULL WHERE id = ?').run(a.id);
    const noLetter = await check(w, plan(w, { assessorIds: [a.id] }));
    expect(noLetter.conflicts).toMatchObject([{ code: 'SCHEDULE_ASSESSOR_NO_LOAN_LETTER', params: { assessor: 'Asesor 0001', homeLsp: 'LSP Lain' } }]);
    await setRules(w.core, w.admin, { aplGate: false, loanLetter: false });
    expect(await codes(w, plan(w, { assessorIds: [a.id] }))).toEqual([]);

    const expired = await assessorWithAccount(w, assessorInput(2, { metExpiresOn: '2026-11-30', techCertExpiresOn: '2026-11-30', schemeCodes: [] }));
    expect(await codes(w, plan(w, { assessorIds: [expired.id] }))).toEqual(['SCHEDULE_ASSESSOR_NOT_COMPETENT', 'SCHEDULE_ASSESSOR_MET_EXPIRED', 'SCHEDULE_ASSESSOR_CERT_EXPIRED']);
    await setRules(w.core, w.admin, { aplGate: false, assessorCredentials: false, assessorScheme: false });
    expect(await codes(w, plan(w, { assessorIds: [expired.id] }))).toEqual([]);

    await call(w.core, 'assessors/setActive', { assessorId: w.assessors[1], active: false }, w.admin);
    expect(await codes(w, plan(w, { assessorIds: [w.assessors[1]] }))).toEqual(['SCHEDULE_ASSESSOR_INACTIVE']);
  });
});

describe('the TUK: verification and capacity', () => {
  it('a TUK Sewaktu needs a fit verification recorded for this session: pending until it has one; its latest verification decides, an unfit one refuses', async () => {
    const w = await world({ aplGate: false });
    const p = plan(w, { tukId: w.sewaktuId });
    expect((await check(w, p)).conflicts).toMatchObject([{ code: 'SCHEDULE_TUK_NOT_VERIFIED', severity: 'pending', field: 'tukId', params: { tuk: 'TUK 1' } }]);
    const session = await create(w, p);
    expect(session.conflicts.map((c) => c.code)).toEqual(['SCHEDULE_TUK_NOT_VERIFIED']);
    const verify = (result: 'fit' | 'unfit', sessionId: string | null, verifiedOn = '2026-11-19', note: string | null = null) =>
      call(w.core, 'tuks/addVerification', { tukId: w.sewaktuId, verification: { verifiedOn, verifier: 'Tim', result, note, sessionId } }, w.admin);
    const conflicts = async () => (await call(w.core, 'sessions/get', { sessionId: session.id }, w.admin)).conflicts;
    // A fit verification of another session (none) does not count.
    await verify('fit', null);
    expect((await conflicts()).map((c) => c.code)).toEqual(['SCHEDULE_TUK_NOT_VERIFIED']);
    // Its only verification found it unfit: a broken rule naming the date, not "not verified yet".
    await verify('unfit', session.id);
    expect(await conflicts()).toEqual([{ code: 'SCHEDULE_TUK_UNFIT_NO_NOTE', severity: 'refused', field: 'tukId', params: { tuk: 'TUK 1', verifiedOn: '2026-11-19' } }]);
    // Recorded the same day afterwards: the later record decides.
    await verify('fit', session.id);
    expect(await conflicts()).toEqual([]);
    expect(await check(w, p, session.id)).toEqual({ conflicts: [], refused: 0, pending: 0 });
    // A later check found it unfit: the earlier fit one no longer holds.
    await verify('unfit', session.id, '2026-11-20', 'Listrik tidak stabil');
    const unfit = { code: 'SCHEDULE_TUK_UNFIT', severity: 'refused', field: 'tukId', params: { tuk: 'TUK 1', verifiedOn: '2026-11-20', note: 'Listrik tidak stabil' } };
    expect(await conflicts()).toEqual([unfit]);
    expect((await failure(w.core, 'sessions/update', { sessionId: session.id, session: p }, w.admin)).code).toBe('SCHEDULE_TUK_UNFIT');
  });

  it('a TUK Mandiri found unfit after its last fit verification is refused until a new fit one', async () => {
    const w = await world({ aplGate: false });
    const verify = (result: 'fit' | 'unfit', verifiedOn: string) =>
      call(w.core, 'tuks/addVerification', { tukId: w.mandiriId, verification: { verifiedOn, verifier: 'Tim', result, note: 'Atap bocor', sessionId: null } }, w.admin);
    await verify('unfit', '2026-10-01');
    expect((await check(w, plan(w))).conflicts).toEqual([
      { code: 'SCHEDULE_TUK_UNFIT', severity: 'refused', field: 'tukId', params: { tuk: 'TUK 2', verifiedOn: '2026-10-01', note: 'Atap bocor' } },
    ]);
    await verify('fit', '2026-11-01');
    expect(await codes(w, plan(w))).toEqual([]);
  });

  // The TUK Mandiri was verified on 2026-06-01; the period is 12 months (to 2027-06-01) unless set otherwise.
  it.each([
    { name: 'a session within the period', date: DAY, months: 12, expect: [] },
    { name: 'a session on the last day of the period', date: '2027-06-01', months: 12, expect: [] },
    { name: 'a session the day after the period: due by then (pending)', date: '2027-06-02', months: 12, expect: ['pending'] },
    { name: 'the period already over today (5 months, to 2026-11-01): refused', date: DAY, months: 5, expect: ['refused'] },
  ])('a TUK Mandiri: $name', async ({ date, months, expect: severities }) => {
    const w = await world({ aplGate: false });
    await call(w.core, 'registry/setSettings', { settings: { expirySoonDays: 90, mandiriVerificationMonths: months } }, w.admin);
    const found = (await check(w, plan(w, { date }))).conflicts;
    expect(found.map((c) => c.severity)).toEqual(severities);
    if (severities.length) expect(found[0]).toMatchObject({ code: 'SCHEDULE_TUK_VERIFICATION_DUE', params: { tuk: 'TUK 2', lastVerifiedOn: '2026-06-01', months } });
  });

  it('a TUK Mandiri never verified is refused in words of its own (no dates to fill in); the rule follows its setting', async () => {
    const w = await world({ aplGate: false });
    const never = await call(w.core, 'tuks/create', { tuk: { code: 'TUK-M2', name: 'TUK Mandiri Baru', type: 'mandiri', address: null, capacity: 20, contactName: null, contactPhone: null, timeZone: 'WIB' } }, w.admin);
    expect((await check(w, plan(w, { tukId: never.id }))).conflicts).toEqual([{ code: 'SCHEDULE_TUK_NEVER_VERIFIED', severity: 'refused', field: 'tukId', params: { tuk: 'TUK Mandiri Baru', months: 12 } }]);
    await setRules(w.core, w.admin, { aplGate: false, tukVerification: false });
    expect(await codes(w, plan(w, { tukId: never.id }))).toEqual([]);
    expect(await codes(w, plan(w, { tukId: w.sewaktuId }))).toEqual([]);
  });

  it.each([
    { name: 'at the capacity', count: 10, refused: false },
    { name: 'over the capacity by one', count: 11, refused: true },
  ])('candidates $name', async ({ count, refused }) => {
    const w = await world({ aplGate: false });
    await call(w.core, 'tuks/update', { tukId: w.mandiriId, tuk: { code: 'TUK-002', name: 'TUK 2', type: 'mandiri', address: null, capacity: 10, contactName: null, contactPhone: null, timeZone: 'WIB' } }, w.admin);
    // Two assessors, so the day limit stays quiet.
    const p = plan(w, { assessorIds: [w.assessors[0], w.assessors[1]], candidates: [...seats(w, 6, w.assessors[0]), ...seats(w, count - 6, w.assessors[1], 6)] });
    const found = (await check(w, p)).conflicts;
    expect(found).toEqual(refused ? [{ code: 'SCHEDULE_TUK_CAPACITY', severity: 'refused', field: 'tukId', params: { tuk: 'TUK 2', capacity: 10, candidates: 11 } }] : []);
  });
});

describe('a candidate is in at most one session at a time', () => {
  it.each([
    { name: 'starting when the other ends', start: '10:00', overlap: false },
    { name: 'overlapping by one minute', start: '09:59', overlap: true },
    { name: 'at another time that day', start: '13:00', overlap: false },
  ])('$name', async ({ start, overlap }) => {
    const w = await world({ aplGate: false });
    // One rule at a time: both sessions are of one scheme, which the same-scheme rule has its own tests for.
    await setRules(w.core, w.admin, { aplGate: false, candidateSameScheme: false });
    const first = await create(w, plan(w, { candidates: seats(w, 3) }));
    // Another assessor, so only the candidates can clash.
    const found = (await check(w, plan(w, { startTime: start, assessorIds: [w.assessors[1]], candidates: seats(w, 2, w.assessors[1], 2) }))).conflicts;
    expect(found.map((c) => c.code)).toEqual(overlap ? ['SCHEDULE_CANDIDATE_OVERLAP'] : []);
    if (overlap) expect(found[0]).toMatchObject({ field: 'candidates.0', params: { candidate: 'Asesi 005002', session: first.code, startTime: '08:00' } });
  });
});

describe('sessions at TUKs in different zones are compared as instants', () => {
  // The plan is at the WIB TUK (the Mandiri); the other session at a TUK in another zone, its times on that TUK's clock.
  it.each([
    { name: 'WITA 10:30–12:00 is 09:30–11:00 WIB: overlaps WIB 08:00–10:00', zone: 'WITA', other: { date: DAY, start: '10:30', minutes: 90 }, plan: '08:00', overlap: true },
    { name: 'WITA 08:00–10:00 is 07:00–09:00 WIB: before WIB 09:00, touching', zone: 'WITA', other: { date: DAY, start: '08:00', minutes: 120 }, plan: '09:00', overlap: false },
    { name: 'WIT 10:00–12:00 is 08:00–10:00 WIB: ends when WIB 10:00 starts', zone: 'WIT', other: { date: DAY, start: '10:00', minutes: 120 }, plan: '10:00', overlap: false },
    { name: 'WIT 11:00–12:00 is 09:00–10:00 WIB: inside WIB 08:30–10:30', zone: 'WIT', other: { date: DAY, start: '11:00', minutes: 60 }, plan: '08:30', overlap: true },
    { name: 'WIT 00:30 the next day is 22:30 WIB: overlaps WIB 22:00–00:00', zone: 'WIT', other: { date: '2026-12-02', start: '00:30', minutes: 60 }, plan: '22:00', overlap: true },
  ] as const)('$name', async ({ zone, other, plan: at, overlap }) => {
    const w = await world({ aplGate: false });
    await setRules(w.core, w.admin, { aplGate: false, candidateSameScheme: false });
    const tuk = await call(w.core, 'tuks/create', { tuk: tukInput(3, { timeZone: zone }) }, w.admin);
    const { date } = other;
    const first = await create(w, plan(w, { tukId: tuk.id, date, startTime: other.start, durationMinutes: other.minutes, candidates: seats(w, 1) }));
    // The same assessor, and the same candidate under another assessor: each rule on its own.
    const sameAssessor = await check(w, plan(w, { startTime: at, candidates: seats(w, 1, w.assessors[0], 1) }));
    const sameCandidate = await check(w, plan(w, { startTime: at, assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1]) }));
    expect(sameAssessor.conflicts.map((c) => c.code)).toEqual(overlap ? ['SCHEDULE_ASSESSOR_OVERLAP'] : []);
    expect(sameCandidate.conflicts.map((c) => c.code)).toEqual(overlap ? ['SCHEDULE_CANDIDATE_OVERLAP'] : []);
    if (!overlap) return;
    // Each refusal states the other session on its own TUK's clock, with its zone.
    const end = clockAfter(date, other.start, other.minutes);
    expect(sameAssessor.conflicts[0].params).toMatchObject({ session: first.code, date, startTime: other.start, endDate: end.date, endTime: end.time, zone });
    expect(sameCandidate.conflicts[0].params).toMatchObject({ session: first.code, date, startTime: other.start, zone });
  });

  it('refuses nothing between a WIB and a WITA session at the same wall-clock hour, an hour apart, and the other way round', async () => {
    const w = await world({ aplGate: false });
    await setRules(w.core, w.admin, { aplGate: false, candidateSameScheme: false });
    const makassar = await call(w.core, 'tuks/create', { tuk: tukInput(3, { timeZone: 'WITA' }) }, w.admin);
    // WITA 09:00–10:00 first: 01:00–02:00 UTC, as WIB 08:00–09:00 is, though its wall clock is an hour later.
    await create(w, plan(w, { tukId: makassar.id, startTime: '09:00', durationMinutes: 60, candidates: seats(w, 1) }));
    const wib = plan(w, { startTime: '08:00', durationMinutes: 60, candidates: seats(w, 1, w.assessors[0], 1) });
    expect(await codes(w, wib)).toEqual(['SCHEDULE_ASSESSOR_OVERLAP']);
    // WIB 09:00–10:00 starts when the WITA one ends (10:00 WITA), though both read 09:00–10:00: not refused.
    expect(await codes(w, { ...wib, startTime: '09:00' })).toEqual([]);
  });
});

describe('a candidate has one seat per scheme until that session is over', () => {
  it.each([
    { name: 'another day, the first session still to come', date: '2026-12-15', start: '08:00' },
    { name: 'the same day, after the first one ends', date: DAY, start: '13:00' },
    { name: 'a day before the first one', date: '2026-11-25', start: '08:00' },
  ])('$name', async ({ date, start }) => {
    const w = await world({ aplGate: false });
    const first = await create(w, plan(w, { candidates: seats(w, 3) }));
    // Another assessor, so only the candidates can clash; two of the three are in the first session.
    const found = (await check(w, plan(w, { date, startTime: start, assessorIds: [w.assessors[1]], candidates: seats(w, 3, w.assessors[1], 1) }))).conflicts;
    expect(found.map((c) => c.code)).toEqual(['SCHEDULE_CANDIDATE_SAME_SCHEME', 'SCHEDULE_CANDIDATE_SAME_SCHEME']);
    expect(found[0]).toMatchObject({
      severity: 'refused',
      field: 'candidates.0',
      params: { candidate: 'Asesi 005001', scheme: w.schemeCode, session: first.code, date: DAY, startTime: '08:00' },
    });
  });

  it("names the other session's TUK's zone, the clock its date and times are on, in each booking it refuses", async () => {
    const w = await world({ aplGate: false });
    const makassar = await call(w.core, 'tuks/create', { tuk: tukInput(3, { timeZone: 'WITA' }) }, w.admin);
    // 08:00–10:00 WITA is 07:00–09:00 WIB: a plan at the WIB TUK at 08:00 overlaps it.
    const other = await create(w, plan(w, { tukId: makassar.id, candidates: seats(w, 1) }));
    const sameAssessor = (await check(w, plan(w, { startTime: '08:00', candidates: seats(w, 1, w.assessors[0], 1) }))).conflicts;
    expect(sameAssessor.find((c) => c.code === 'SCHEDULE_ASSESSOR_OVERLAP')?.params).toMatchObject({ session: other.code, startTime: '08:00', zone: 'WITA' });
    const sameCandidate = (await check(w, plan(w, { startTime: '08:00', assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1]) }))).conflicts;
    expect(sameCandidate.find((c) => c.code === 'SCHEDULE_CANDIDATE_OVERLAP')?.params).toMatchObject({ session: other.code, startTime: '08:00', zone: 'WITA' });
    const laterSameScheme = (await check(w, plan(w, { startTime: '13:00', assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1]) }))).conflicts;
    expect(laterSameScheme.find((c) => c.code === 'SCHEDULE_CANDIDATE_SAME_SCHEME')?.params).toMatchObject({ session: other.code, zone: 'WITA' });
  });

  it('names an overlapping session once, as an overlap', async () => {
    const w = await world({ aplGate: false });
    await create(w, plan(w, { candidates: seats(w, 1) }));
    expect(await codes(w, plan(w, { startTime: '09:00', assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1]) }))).toEqual(['SCHEDULE_CANDIDATE_OVERLAP']);
  });

  it('lets a candidate absent from a session closed before its planned end, and its assessors, be planned again at once', async () => {
    const w = await world({ aplGate: false });
    // Planned DAY 08:00-10:00; the second one that day at 13:00 is after it by the clock only once it ends.
    const first = await create(w, plan(w, { candidates: seats(w, 1) }));
    const again = plan(w, { date: DAY, startTime: '09:00', durationMinutes: 30, assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1]) });
    expect(await codes(w, again)).toEqual(['SCHEDULE_CANDIDATE_OVERLAP']);
    const later = plan(w, { date: DAY, startTime: '10:30', assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1]) });
    expect(await codes(w, later)).toEqual(['SCHEDULE_CANDIDATE_SAME_SCHEME']);
    const sameAssessor = plan(w, { date: DAY, startTime: '09:00', durationMinutes: 30, candidates: seats(w, 1, w.assessors[0], 1) });
    expect(await codes(w, sameAssessor)).toEqual(['SCHEDULE_ASSESSOR_OVERLAP']);
    // Its run was closed early (the results bundle brings the run): nothing holds the seat or the people any more.
    w.core.db.prepare("INSERT INTO session_run (session_id, started_at, ended_at) VALUES (?, '2026-11-20T01:00:00.000Z', '2026-11-20T01:30:00.000Z')").run(first.id);
    expect(await codes(w, later)).toEqual([]);
    expect(await codes(w, again)).toEqual([]);
    expect(await codes(w, sameAssessor)).toEqual([]);
  });

  it('lets a re-assessment follow a session that is over, counts only the same scheme code, and follows the setting', async () => {
    const w = await world({ aplGate: false });
    // Held today (2026-11-20) 06:00-08:00, before the fixed clock's 09:00: over.
    const held = await create(w, plan(w, { candidates: seats(w, 1) }));
    w.core.db.prepare("UPDATE session SET date = '2026-11-20', start_time = '06:00' WHERE id = ?").run(held.id);
    expect(await codes(w, plan(w, { assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1]) }))).toEqual([]);

    const other = await call(w.core, 'schemes/create', { scheme: schemeInput({ code: 'SKM-TST-02' }) }, w.admin);
    await call(w.core, 'assessors/update', { assessorId: w.assessors[2], assessor: assessorInput(902, { schemeCodes: [w.schemeCode, other.code] }) }, w.admin);
    await create(w, plan(w, { schemeId: other.id, date: '2026-12-10', assessorIds: [w.assessors[2]], candidates: seats(w, 1, w.assessors[2], 1) }));
    expect(await codes(w, plan(w, { assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1], 1) }))).toEqual([]);

    await create(w, plan(w, { date: '2026-12-10', assessorIds: [w.assessors[1]], candidates: seats(w, 1, w.assessors[1], 2) }));
    const again = plan(w, { assessorIds: [w.assessors[0]], candidates: seats(w, 1, w.assessors[0], 2) });
    expect(await codes(w, again)).toEqual(['SCHEDULE_CANDIDATE_SAME_SCHEME']);
    await setRules(w.core, w.admin, { aplGate: false, candidateSameScheme: false });
    expect(await codes(w, again)).toEqual([]);
  });
});

describe('the plan itself', () => {
  it("refuses a candidate whose assessor is not among the session's, a used code, a start in the past, inactive records", async () => {
    const w = await world({ aplGate: false });
    const found = await check(w, plan(w, { candidates: [{ candidateId: w.candidates[0], assessorId: w.assessors[1] }] }));
    // The planned assessor is left with no candidate: a warning beside the refusal.
    expect(found.conflicts).toMatchObject([
      { code: 'SCHEDULE_ASSESSOR_NO_CANDIDATES', severity: 'pending', field: 'assessorIds.0' },
      { code: 'SCHEDULE_CANDIDATE_ASSESSOR', field: 'candidates.0.assessorId', params: { assessor: 'Asesor 0901', candidate: 'Asesi 005000' } },
    ]);
    const first = await create(w, plan(w));
    expect(await codes(w, plan(w, { code: first.code, date: '2026-12-05' }))).toEqual(['SCHEDULE_CODE_TAKEN']);
    expect(await codes(w, plan(w, { date: '2026-11-20', startTime: '08:59' }))).toEqual(['SCHEDULE_IN_PAST']);
    expect(await codes(w, plan(w, { date: '2026-11-20', startTime: '09:00' }))).toEqual([]);
    await call(w.core, 'candidates/setActive', { candidateId: w.candidates[5], active: false }, w.admin);
    await call(w.core, 'tuks/setActive', { tukId: w.mandiriId, active: false }, w.admin);
    await call(w.core, 'schemes/setActive', { schemeId: w.schemeId, active: false }, w.admin);
    expect(await codes(w, plan(w, { date: '2026-12-06', candidates: seats(w, 1, w.assessors[0], 5) }))).toEqual([
      'SCHEDULE_SCHEME_INACTIVE',
      'SCHEDULE_TUK_INACTIVE',
      'SCHEDULE_CANDIDATE_INACTIVE',
    ]);
  });

  it('names an id of another LSP, or none, as not found; a malformed plan is BAD_ARGS', async () => {
    const w = await world({ aplGate: false });
    expect((await failure(w.core, 'sessions/check', { sessionId: null, session: plan(w, { assessorIds: ['nope'] }) }, w.admin)).params).toEqual({ what: 'assessor' });
    expect((await failure(w.core, 'sessions/check', { sessionId: null, session: plan(w, { tukId: 'nope' }) }, w.admin)).params).toEqual({ what: 'tuk' });
    const twice = plan(w, { candidates: [...seats(w, 1), ...seats(w, 1)] });
    expect((await failure(w.core, 'sessions/check', { sessionId: null, session: twice }, w.admin)).code).toBe('BAD_ARGS');
    expect((await failure(w.core, 'sessions/check', { sessionId: null, session: plan(w, { startTime: '24:00' }) }, w.admin)).code).toBe('BAD_ARGS');
  });
});

describe('saving under the rules', () => {
  it('refuses with the first refused rule (code naming it, params the record) and writes nothing; check lists them all', async () => {
    const w = await world({ aplGate: false });
    const first = await create(w, plan(w, { candidates: seats(w, 2) }));
    const sessions = () => w.core.db.prepare('SELECT count(*) FROM session').pluck().get();
    const audits = () => w.core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const [s0, a0] = [sessions(), audits()];
    const bad = plan(w, { startTime: '09:00', candidates: seats(w, 11, w.assessors[0], 1) });
    const listed = await check(w, bad);
    expect(listed.conflicts.map((c) => c.code)).toEqual(['SCHEDULE_ASSESSOR_DAY_LIMIT', 'SCHEDULE_ASSESSOR_OVERLAP', 'SCHEDULE_CANDIDATE_OVERLAP']);
    expect(listed).toMatchObject({ refused: 3, pending: 0 });
    const error = await failure(w.core, 'sessions/create', { session: bad }, w.admin);
    expect(error).toMatchObject({ code: 'SCHEDULE_ASSESSOR_DAY_LIMIT', messageKey: 'errors.SCHEDULE_ASSESSOR_DAY_LIMIT', params: { assessor: 'Asesor 0900', load: 13, limit: 10, field: 'assessorIds.0', more: 2 } });
    expect([sessions(), audits()]).toEqual([s0, a0]);
    expect((await failure(w.core, 'sessions/update', { sessionId: first.id, session: plan(w, { candidates: seats(w, 11) }) }, w.admin)).code).toBe('SCHEDULE_ASSESSOR_DAY_LIMIT');
  });

  it('an edit is not in conflict with the session it edits', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w, { candidates: seats(w, 10) }));
    expect(await codes(w, plan(w, { startTime: '08:30', candidates: seats(w, 10) }), s.id)).toEqual([]);
    expect(await codes(w, plan(w, { startTime: '08:30', candidates: seats(w, 10) }))).toEqual(['SCHEDULE_ASSESSOR_DAY_LIMIT', 'SCHEDULE_ASSESSOR_OVERLAP', ...Array(10).fill('SCHEDULE_CANDIDATE_OVERLAP')]);
  });

  it('the demo session, under way today, is not editable', async () => {
    const w = await world({ aplGate: false });
    const error = await failure(w.core, 'sessions/check', { sessionId: demoSessionId(w.core), session: plan(w) }, w.admin);
    expect(error).toMatchObject({ code: 'SESSION_NOT_EDITABLE', params: { session: demo.people.session.code, status: 'running' } });
  });
});
