import { describe, expect, it } from 'vitest';
import { demo, demoSessionId, call, failure, staff } from '../../support/core';
import { auditCount, lastAuditDetails, tukInput } from '../registry/support';
import { create, DAY, NOW, plan, seats, setRules, world, type World } from './support';

const accountOf = (w: World) => w.core.db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' LIMIT 1").pluck().get() as string;

describe('planning a session', () => {
  it("gives each session its TUK's zone, the clock its date and times are on, in the list and on its page", async () => {
    const w = await world({ aplGate: false });
    const makassar = await call(w.core, 'tuks/create', { tuk: tukInput(3, { timeZone: 'WITA' }) }, w.admin);
    const s = await create(w, plan(w, { tukId: makassar.id }));
    expect(s.tuk).toMatchObject({ id: makassar.id, timeZone: 'WITA' });
    expect((await call(w.core, 'sessions/get', { sessionId: s.id }, w.admin)).tuk.timeZone).toBe('WITA');
    const listed = (await call(w.core, 'sessions/list', {}, w.admin)).rows;
    expect(listed.find((r) => r.id === s.id)?.tuk.timeZone).toBe('WITA');
    // The world's other sessions are at TUKs on WIB.
    expect(listed.filter((r) => r.id !== s.id).every((r) => r.tuk.timeZone === 'WIB')).toBe(true);
  });

  it('creates it with a generated code, the scheme title, its assessors and seats; audited; the scheme version is frozen', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w, { mode: 'standalone', assessorIds: [w.assessors[0], w.assessors[1]], candidates: [...seats(w, 2), { candidateId: w.candidates[2], assessorId: w.assessors[0], seat: 'PC-03' }] }));
    expect(s).toMatchObject({
      code: 'JDW-20261201-001',
      titleId: 'Skema Uji',
      titleEn: 'Test Scheme',
      date: DAY,
      startTime: '08:00',
      endDate: DAY,
      endTime: '10:00',
      mode: 'standalone',
      status: 'upcoming',
      editable: true,
      assessorCount: 2,
      candidateCount: 3,
      // Nothing refused; their passwords are still to issue.
      // The second assessor has no candidate of the three: a word to settle before the day.
      conflicts: [
        { code: 'SCHEDULE_ASSESSOR_NO_CANDIDATES', severity: 'pending', field: 'assessorIds.1', params: { assessor: 'Asesor 0901' } },
        { code: 'SCHEDULE_PASSWORDS_NOT_ISSUED', severity: 'pending', field: 'candidates', params: { count: 3 } },
      ],
      // NOW is 09:00 on the machine's clock, in whatever zone the suite runs in.
      changedAt: NOW.toISOString(),
      scheme: { id: w.schemeId, version: 1 },
      tuk: { id: w.mandiriId, type: 'mandiri' },
    });
    expect(s.assessors.map((a) => [a.name, a.candidateCount])).toEqual([['Asesor 0900', 3], ['Asesor 0901', 0]]);
    expect(s.candidates.find((c) => c.candidateId === w.candidates[2])?.seat).toBe('PC-03');
    expect(lastAuditDetails(w.core, 'session.create')).toMatchObject({ after: { code: 'JDW-20261201-001', assessorIds: [w.assessors[0], w.assessors[1]] } });
    expect((await call(w.core, 'schemes/get', { schemeId: w.schemeId }, w.admin)).frozen).toBe(true);

    const next = await create(w, plan(w, { startTime: '13:00', assessorIds: [w.assessors[2]], titleId: 'Uji Gelombang 2', code: ' LSP/JDW/2026/77 ' }));
    expect(next).toMatchObject({ code: 'LSP/JDW/2026/77', titleId: 'Uji Gelombang 2', titleEn: null });
    expect((await create(w, plan(w, { startTime: '15:00', assessorIds: [w.assessors[2]] }))).code).toBe('JDW-20261201-002');
  });

  it("keeps the scheme's title in both languages when a save sends its Indonesian title back without an English one", async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w));
    expect(s).toMatchObject({ titleId: 'Skema Uji', titleEn: 'Test Scheme' });
    const resaved = await call(w.core, 'sessions/update', { sessionId: s.id, session: plan(w, { code: s.code, startTime: '08:30', titleId: 'Skema Uji', titleEn: null }) }, w.admin);
    expect(resaved).toMatchObject({ titleId: 'Skema Uji', titleEn: 'Test Scheme' });
    // A custom title with an English one stays as given.
    const custom = await call(w.core, 'sessions/update', { sessionId: s.id, session: plan(w, { code: s.code, titleId: 'Skema Uji', titleEn: 'Batch 2' }) }, w.admin);
    expect(custom).toMatchObject({ titleId: 'Skema Uji', titleEn: 'Batch 2' });
  });

  it("refuses a save from a planner opened before another admin's change, and writes nothing", async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w));
    const openedByRina = await call(w.core, 'sessions/get', { sessionId: s.id }, w.admin);
    const openedByDewi = await call(w.core, 'sessions/get', { sessionId: s.id }, w.admin);
    const moved = await call(w.core, 'sessions/update', { sessionId: s.id, session: plan(w, { code: s.code, startTime: '13:00' }), revision: openedByRina.revision }, w.admin);
    expect(moved.revision).not.toBe(openedByRina.revision);
    // The second planner still shows 08:00: its save of another field would move the session back.
    const stale = await failure(w.core, 'sessions/update', { sessionId: s.id, session: plan(w, { code: s.code, titleId: 'Gelombang 2' }), revision: openedByDewi.revision }, w.admin);
    expect(stale).toMatchObject({ code: 'RECORD_CHANGED', params: { by: staff.admin.displayName, at: expect.any(String) } });
    expect(await call(w.core, 'sessions/get', { sessionId: s.id }, w.admin)).toMatchObject({ startTime: '13:00', titleId: 'Skema Uji' });
    expect(auditCount(w.core, 'session.update', s.id)).toBe(1);
  });

  it('edits it: candidates moved, added and removed, seats kept; the same plan again writes nothing', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w, { assessorIds: [w.assessors[0], w.assessors[1]], candidates: [{ candidateId: w.candidates[0], assessorId: w.assessors[0], seat: 'PC-01' }, ...seats(w, 2, w.assessors[0], 1)] }));
    const edited = plan(w, {
      code: s.code,
      startTime: '09:00',
      durationMinutes: 90,
      assessorIds: [w.assessors[1]],
      candidates: [{ candidateId: w.candidates[0], assessorId: w.assessors[1] }, { candidateId: w.candidates[3], assessorId: w.assessors[1] }],
    });
    const after = await call(w.core, 'sessions/update', { sessionId: s.id, session: edited }, w.admin);
    expect(after).toMatchObject({ code: s.code, startTime: '09:00', endTime: '10:30', assessorCount: 1, candidateCount: 2 });
    expect(after.candidates.map((c) => [c.candidateId, c.assessorId, c.seat]).sort()).toEqual(
      [
        [w.candidates[0], w.assessors[1], 'PC-01'],
        [w.candidates[3], w.assessors[1], null],
      ].sort(),
    );
    expect(w.core.db.prepare('SELECT count(*) FROM session_assessor WHERE session_id = ?').pluck().get(s.id)).toBe(1);
    expect(lastAuditDetails(w.core, 'session.update')).toMatchObject({ before: { startTime: '08:00' }, after: { startTime: '09:00', durationMinutes: 90 } });
    await call(w.core, 'sessions/update', { sessionId: s.id, session: { ...edited, candidates: [...edited.candidates].reverse() } }, w.admin);
    expect(auditCount(w.core, 'session.update', s.id)).toBe(1);
  });

  it('moves a generated code to the new date with the next free number of that day; a code typed by hand stays; audited', async () => {
    const w = await world({ aplGate: false });
    const other = await create(w, plan(w, { date: '2026-12-04', assessorIds: [w.assessors[1]] }));
    const s = await create(w, plan(w, { date: '2026-12-10' }));
    expect([other.code, s.code]).toEqual(['JDW-20261204-001', 'JDW-20261210-001']);
    // The planner's form sends the code it showed back unchanged.
    const moved = await call(w.core, 'sessions/update', { sessionId: s.id, session: plan(w, { code: s.code, date: '2026-12-04' }) }, w.admin);
    expect(moved).toMatchObject({ id: s.id, code: 'JDW-20261204-002', date: '2026-12-04' });
    expect(lastAuditDetails(w.core, 'session.update')).toMatchObject({ before: { code: 'JDW-20261210-001', date: '2026-12-10' }, after: { code: 'JDW-20261204-002', date: '2026-12-04' } });
    // Another change on the same day keeps the code; an emptied code field keeps it too.
    expect((await call(w.core, 'sessions/update', { sessionId: s.id, session: plan(w, { code: null, date: '2026-12-04', startTime: '13:00' }) }, w.admin)).code).toBe('JDW-20261204-002');

    const typed = await create(w, plan(w, { date: '2026-12-10', assessorIds: [w.assessors[2]], code: 'LSP/77' }));
    expect((await call(w.core, 'sessions/update', { sessionId: typed.id, session: plan(w, { code: 'LSP/77', date: '2026-12-11', assessorIds: [w.assessors[2]] }) }, w.admin)).code).toBe('LSP/77');
    // A new code typed with the new date is the planner's choice.
    expect((await call(w.core, 'sessions/update', { sessionId: s.id, session: plan(w, { code: 'LSP/78', date: '2026-12-05' }) }, w.admin)).code).toBe('LSP/78');
  });

  it('refuses to change a session once it has started here, and any session of another LSP', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w));
    w.core.db.prepare('INSERT INTO session_run (session_id, started_at) VALUES (?, ?)').run(s.id, '2026-12-01T00:55:00.000Z');
    expect(await failure(w.core, 'sessions/update', { sessionId: s.id, session: plan(w) }, w.admin)).toMatchObject({ code: 'SESSION_NOT_EDITABLE', params: { session: s.code, status: 'running' } });
    const detail = await call(w.core, 'sessions/get', { sessionId: s.id }, w.admin);
    expect(detail).toMatchObject({ status: 'running', editable: false, conflicts: [] });
    expect((await failure(w.core, 'sessions/get', { sessionId: 'nope' }, w.admin)).params).toEqual({ what: 'session' });
  });
});

describe('the sessions list', () => {
  it('derives upcoming / running / awaiting results / results in / decided from the clock, the run, results and signatures', async () => {
    const w = await world({ aplGate: false });
    // The same two candidates sit in each of these sessions of one scheme.
    await setRules(w.core, w.admin, { aplGate: false, candidateSameScheme: false });
    const db = w.core.db;
    const mk = async (date: string) => {
      const s = await create(w, plan(w, { date: '2027-01-05', assessorIds: [w.assessors[2]], candidates: seats(w, 2, w.assessors[2], w.candidates.length - 2) }));
      db.prepare('UPDATE session SET date = ? WHERE id = ?').run(date, s.id);
      return s.id;
    };
    const upcoming = await mk('2026-12-10');
    const past = await mk('2026-11-10');
    const results = await mk('2026-11-11');
    const decided = await mk('2026-11-12');
    for (const id of [results, decided]) {
      db.prepare("INSERT INTO bundle_import (bundle_id, kind, source_installation_id, session_id, created_at, imported_at, manifest_sha256) VALUES (?, 'results', 'tuk', ?, 'x', 'x', 'x')").run(`b-${id}`, id);
    }
    const [absent, signed] = w.candidates.slice(-2);
    db.prepare("INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (?, ?, 'absent', '2026-11-12T08:00:00Z')").run(decided, absent);
    const sign = db.prepare("INSERT INTO assessment_signature (form, session_id, assessor_id, candidate_id, signed_at, signed_by) VALUES ('AK.02', ?, ?, ?, '2026-11-12T10:00:00Z', ?)");
    sign.run(decided, w.assessors[2], signed, accountOf(w));
    // One signature of two present candidates is not yet decided.
    sign.run(results, w.assessors[2], signed, accountOf(w));

    const status = async (id: string) => (await call(w.core, 'sessions/get', { sessionId: id }, w.admin)).status;
    expect([await status(upcoming), await status(demoSessionId(w.core)), await status(past), await status(results), await status(decided)]).toEqual([
      'upcoming',
      'running',
      'awaiting_results',
      'results_in',
      'decided',
    ]);
    const ids = async (s: 'upcoming' | 'running' | 'awaiting_results' | 'results_in' | 'decided') => (await call(w.core, 'sessions/list', { status: s }, w.admin)).rows.map((r) => r.id);
    expect(await ids('upcoming')).toEqual([upcoming]);
    expect(await ids('running')).toEqual([demoSessionId(w.core)]);
    expect(await ids('awaiting_results')).toEqual([past]);
    expect(await ids('results_in')).toEqual([results]);
    expect(await ids('decided')).toEqual([decided]);
  });

  it('pages through every session once in start order, newest first or oldest first, and filters', async () => {
    const w = await world({ aplGate: false });
    const made: { id: string; start: string }[] = [];
    for (let day = 1; day <= 7; day++) {
      for (const [i, start] of ['08:00', '13:00'].entries()) {
        const date = `2026-12-${String(day).padStart(2, '0')}`;
        const s = await create(w, plan(w, { date, startTime: start, tukId: i === 0 ? w.mandiriId : w.sewaktuId, assessorIds: [w.assessors[i]] }));
        made.push({ id: s.id, start: `${date} ${start}` });
      }
    }
    const demoId = demoSessionId(w.core);
    const all = async (order: 'asc' | 'desc') => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof call<'sessions/list'>>> = await call(w.core, 'sessions/list', { order, limit: 4, cursor }, w.admin);
        if (pages === 0) expect(page.total).toBe(15);
        seen.push(...page.rows.map((r) => r.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      return seen;
    };
    const ascending = [demoId, ...made.map((m) => m.id)];
    expect(await all('asc')).toEqual(ascending);
    expect(await all('desc')).toEqual([...ascending].reverse());

    const list = async (args: Parameters<typeof call<'sessions/list'>>[2]) => (await call(w.core, 'sessions/list', { order: 'asc', ...args }, w.admin)).rows.map((r) => r.id);
    expect(await list({ dateFrom: '2026-12-03', dateTo: '2026-12-04' })).toEqual(made.slice(4, 8).map((m) => m.id));
    expect(await list({ tukId: w.sewaktuId, dateTo: '2026-12-02' })).toEqual([made[1].id, made[3].id]);
    expect(await list({ assessorId: w.assessors[0], dateFrom: '2026-12-07' })).toEqual([made[12].id]);
    expect(await list({ schemeCode: demo.scheme.code })).toEqual([demoId]);
    expect(await list({ search: 'JDW-20261205' })).toEqual([made[8].id, made[9].id]);
    expect(await list({ search: 'jdw-20261205' })).toEqual([made[8].id, made[9].id]);
    expect(await list({ search: 'uji kompetensi junior' })).toEqual([demoId]);
  });
});
