import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listForAssessor } from '../../../electron/core/db/queries/sessions';
import { call, failure } from '../../support/core';
import { auditCount, lastAuditDetails } from '../registry/support';
import { codes, create, DAY, NOW, plan, seats, setRules, world, type World } from './support';

const nameOf = async (w: World) => (await call(w.core, 'auth/whoami', {}, w.admin)).displayName;
const cancel = (w: World, sessionId: string, reason = 'TUK tidak tersedia') => call(w.core, 'sessions/cancel', { sessionId, reason }, w.admin);

describe('cancelling a planned session', () => {
  it('records when, by whom and why (trimmed), audits it, lists it as cancelled and no longer editable', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w, { candidates: seats(w, 2) }));
    const by = await nameOf(w);
    const done = await call(w.core, 'sessions/cancel', { sessionId: s.id, reason: '  Gedung TUK direnovasi  ' }, w.admin);
    expect(done).toMatchObject({
      status: 'cancelled',
      editable: false,
      conflicts: [],
      cancellation: { at: NOW.toISOString(), by, reason: 'Gedung TUK direnovasi' },
      exportedAt: null,
    });
    expect(lastAuditDetails(w.core, 'session.cancel')).toMatchObject({ code: s.code, reason: 'Gedung TUK direnovasi', exportedAt: null });

    const listed = await call(w.core, 'sessions/list', { status: 'cancelled' }, w.admin);
    expect(listed.rows.map((r) => [r.code, r.status])).toEqual([[s.code, 'cancelled']]);
    expect((await call(w.core, 'sessions/list', { status: 'upcoming' }, w.admin)).rows.map((r) => r.code)).not.toContain(s.code);
  });

  it('refuses a reason under 3 characters, a second cancellation (naming the first) and a session that started', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w));
    expect((await failure(w.core, 'sessions/cancel', { sessionId: s.id, reason: '  ab ' }, w.admin)).code).toBe('BAD_ARGS');
    await cancel(w, s.id);
    const by = await nameOf(w);
    const again = await failure(w.core, 'sessions/cancel', { sessionId: s.id, reason: 'sekali lagi' }, w.admin);
    expect(again).toMatchObject({ code: 'SESSION_ALREADY_CANCELLED', params: { session: s.code, cancelledAt: NOW.toISOString(), cancelledBy: by } });
    expect(auditCount(w.core, 'session.cancel', s.id)).toBe(1);
    expect(lastAuditDetails(w.core, 'session.cancel')).toMatchObject({ reason: 'TUK tidak tersedia' });

    // Its start passed by the clock (today 06:00, the fixed clock says 09:00).
    const started = await create(w, plan(w, { date: '2026-12-02' }));
    w.core.db.prepare("UPDATE session SET date = '2026-11-20', start_time = '06:00' WHERE id = ?").run(started.id);
    expect(await failure(w.core, 'sessions/cancel', { sessionId: started.id, reason: 'terlambat' }, w.admin)).toMatchObject({ code: 'SESSION_CANCEL_STARTED', params: { session: started.code } });
    // Started here (a run) though its time has not come.
    const run = await create(w, plan(w, { date: '2026-12-03' }));
    w.core.db.prepare('INSERT INTO session_run (session_id, started_at) VALUES (?, ?)').run(run.id, NOW.toISOString());
    expect((await failure(w.core, 'sessions/cancel', { sessionId: run.id, reason: 'sudah jalan' }, w.admin)).code).toBe('SESSION_CANCEL_STARTED');
  });

  it('cannot be changed afterwards: update, written test and passwords are refused, naming the cancellation', async () => {
    const w = await world({ aplGate: false });
    const p = plan(w, { candidates: seats(w, 1) });
    const s = await create(w, p);
    await cancel(w, s.id);
    const refused = await failure(w.core, 'sessions/update', { sessionId: s.id, session: { ...p, code: s.code, startTime: '10:00' } }, w.admin);
    expect(refused).toMatchObject({ code: 'SESSION_CANCELLED', params: { session: s.code, cancelledAt: NOW.toISOString() } });
    expect((await failure(w.core, 'sessions/setWrittenTest', { sessionId: s.id, test: { mode: 'all' } }, w.admin)).code).toBe('SESSION_CANCELLED');
    expect((await failure(w.core, 'sessions/issuePasswords', { sessionId: s.id }, w.admin)).code).toBe('SESSION_CANCELLED');
  });

  it('holds nobody: overlaps, day limits and a second seat in the scheme ignore it', async () => {
    const w = await world({ aplGate: false });
    await setRules(w.core, w.admin, { aplGate: false, maxCandidatesPerAssessorPerDay: 3 });
    const s = await create(w, plan(w, { candidates: seats(w, 3) }));
    // Same assessor, same candidates, same time: every rule that reads other sessions refuses.
    const again = plan(w, { tukId: w.sewaktuId, candidates: seats(w, 3) });
    // The Sewaktu TUK's verification for the new session is pending whatever else happens.
    const ruled = async () => (await codes(w, again)).filter((c) => c !== 'SCHEDULE_TUK_NOT_VERIFIED');
    expect(new Set(await ruled())).toEqual(new Set(['SCHEDULE_ASSESSOR_DAY_LIMIT', 'SCHEDULE_ASSESSOR_OVERLAP', 'SCHEDULE_CANDIDATE_OVERLAP']));
    const later = plan(w, { date: '2026-12-09', candidates: seats(w, 1) });
    expect(await codes(w, later)).toEqual(['SCHEDULE_CANDIDATE_SAME_SCHEME']);
    await cancel(w, s.id);
    expect(await ruled()).toEqual([]);
    expect(await codes(w, later)).toEqual([]);
    await create(w, again);
  });

  it("leaves the LSP home's next sessions, the tasks, and the assessor's assigned sessions", async () => {
    const w = await world({ aplGate: false });
    const kept = await create(w, plan(w, { date: '2026-12-02' }));
    const s = await create(w, plan(w));
    await cancel(w, s.id);
    const home = await call(w.core, 'lsp/overview', {}, w.admin);
    expect(home.upcoming.map((r) => r.code)).toContain(kept.code);
    expect(home.upcoming.map((r) => r.code)).not.toContain(s.code);
    // Its time passing does not make it a session awaiting results.
    w.core.db.prepare("UPDATE session SET date = '2026-11-19' WHERE id = ?").run(s.id);
    expect((await call(w.core, 'lsp/overview', {}, w.admin)).tasks.sessionsAwaitingResults).toBe(
      (await call(w.core, 'sessions/list', { status: 'awaiting_results' }, w.admin)).total,
    );
    expect((await call(w.core, 'sessions/get', { sessionId: s.id }, w.admin)).status).toBe('cancelled');
    expect(listForAssessor(w.core.db, w.assessors[0], DAY).map((r) => r.code)).toEqual([kept.code]);
  });

  it('shows results that came back all the same (a TUK that started before the cancellation reached it), not "cancelled"', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w, { candidates: seats(w, 1) }));
    await cancel(w, s.id);
    w.core.db
      .prepare("INSERT INTO bundle_import (bundle_id, kind, source_installation_id, session_id, created_at, imported_at, manifest_sha256) VALUES ('b-1', 'results', 'tuk-1', ?, ?, ?, 'x')")
      .run(s.id, NOW.toISOString(), NOW.toISOString());
    expect(await call(w.core, 'sessions/get', { sessionId: s.id }, w.admin)).toMatchObject({ status: 'results_in', cancellation: { reason: 'TUK tidak tersedia' } });
  });

  it('refuses its session bundle when no bundle of it ever left', async () => {
    const w = await world({ aplGate: false });
    const s = await create(w, plan(w, { candidates: seats(w, 1) }));
    await cancel(w, s.id);
    const refused = await failure(w.core, 'bundles/exportSession', { sessionId: s.id, operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, w.admin);
    expect(refused).toMatchObject({ code: 'SESSION_EXPORT_CANCELLED', params: { session: s.code } });
  });
});
