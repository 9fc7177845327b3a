import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/open';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { call, failure, signInAs } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { create, DAY, plan, seats, world } from '../scheduling/support';

const firstId = (db: Db, sql: string) => db.prepare(sql).pluck().get() as string;

/** A held session of the first scheme with one seat, its results imported (attendance as given), straight into SQLite. */
function heldSession(db: Db, candidateId: string, o: { code: string; date: string; attendance: 'present' | 'absent' }): string {
  const id = crypto.randomUUID();
  db.prepare(
    `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
     SELECT ?, lsp_id, id, (SELECT id FROM tuk ORDER BY code LIMIT 1), ?, 'Sesi lama', ?, '08:00', 120 FROM scheme ORDER BY code, version LIMIT 1`,
  ).run(id, o.code, o.date);
  db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, (SELECT id FROM assessor ORDER BY met_number LIMIT 1))').run(id, candidateId);
  db.prepare("INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (?, ?, ?, ?)").run(id, candidateId, o.attendance, `${o.date}T03:00:00.000Z`);
  db.prepare(
    "INSERT INTO bundle_import (bundle_id, kind, source_installation_id, session_id, created_at, imported_at, manifest_sha256) VALUES (?, 'results', 'tuk-1', ?, ?, ?, ?)",
  ).run(crypto.randomUUID(), id, `${o.date}T09:00:00.000Z`, `${o.date}T10:00:00.000Z`, 'a'.repeat(64));
  return id;
}

/** The assessor's FR.AK.02 recommendation for the seat, signed (or not) by the admin's account. */
function recommend(db: Db, sessionId: string, candidateId: string, recommendation: 'K' | 'BK', signed: boolean): void {
  const accountId = firstId(db, "SELECT id FROM account WHERE role = 'lsp_admin' ORDER BY username LIMIT 1");
  const assessorId = db.prepare('SELECT assessor_id FROM session_candidate WHERE session_id = ? AND candidate_id = ?').pluck().get(sessionId, candidateId) as string;
  db.prepare('INSERT INTO assessment_record (session_id, candidate_id, recommendation, seq, saved_at, saved_by) VALUES (?, ?, ?, 1, ?, ?)').run(
    sessionId,
    candidateId,
    recommendation,
    '2025-11-10T07:00:00.000Z',
    accountId,
  );
  if (signed) {
    db.prepare("INSERT INTO assessment_signature (form, session_id, assessor_id, candidate_id, signed_at, signed_by) VALUES ('AK.02', ?, ?, ?, ?, ?)").run(
      sessionId,
      assessorId,
      candidateId,
      '2025-11-10T07:05:00.000Z',
      accountId,
    );
  }
}

describe("a candidate's sessions (candidates/sessions)", () => {
  it('lists every session the candidate was planned in, newest first, with what the LSP knows of its outcome for them', async () => {
    const w = await world({ aplGate: false });
    const db = w.core.db;
    setSchemePolicy(db, '85499', 3);
    // Certified in November 2025: came, recommended K (signed, as the seed signs it), decided K by a signed pleno, certificate issued.
    const certified = seedSignedPleno(db, { candidates: 2, tag: 'H25', date: '2025-11-10' });
    const [candidateId, other] = certified.candidateIds;
    db.prepare("INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (?, ?, 'present', '2025-11-10T01:00:00.000Z')").run(certified.sessionId, candidateId);
    db.prepare("INSERT INTO bundle_import (bundle_id, kind, source_installation_id, session_id, created_at, imported_at, manifest_sha256) VALUES ('b-h25', 'results', 'tuk-1', ?, ?, ?, ?)").run(
      certified.sessionId,
      '2025-11-10T09:00:00.000Z',
      '2025-11-10T10:00:00.000Z',
      'b'.repeat(64),
    );
    const [issued] = (await call(w.core, 'certificates/issue', { plenoId: certified.plenoId, issuedOn: '2025-11-12' }, w.admin)).issued;
    // Absent in May 2024; and a session of 2023 whose recommendation the assessor never signed.
    heldSession(db, candidateId, { code: 'SES-ABSENT-24', date: '2024-05-02', attendance: 'absent' });
    const unsigned = heldSession(db, candidateId, { code: 'SES-DRAFT-23', date: '2023-02-01', attendance: 'present' });
    recommend(db, unsigned, candidateId, 'BK', false);
    // Planned again for the new scheme, on DAY (after the clock's today).
    const planned = await create(w, plan(w, { candidates: [{ candidateId, assessorId: w.assessors[0] }] }));

    const { sessions } = await call(w.core, 'candidates/sessions', { candidateId }, w.admin);
    expect(sessions.map((s) => [s.code, s.date, s.status])).toEqual([
      [planned.code, DAY, 'upcoming'],
      ['SES-H25', '2025-11-10', 'certified'],
      // Absent is a decision of its own: nothing is left for an assessor.
      ['SES-ABSENT-24', '2024-05-02', 'decided'],
      ['SES-DRAFT-23', '2023-02-01', 'results_in'],
    ]);
    const [upcoming, held, absent, draft] = sessions;
    expect(upcoming).toMatchObject({ sessionId: planned.id, startTime: '08:00', scheme: { code: w.schemeCode, version: 1 }, attendance: null, recommendation: null, pleno: null, certificate: null });
    expect(upcoming.tuk).toEqual({ code: 'TUK-002', name: 'TUK 2' });
    expect(held).toMatchObject({
      sessionId: certified.sessionId,
      attendance: 'present',
      recommendation: 'K',
      pleno: { plenoId: certified.plenoId, decision: 'K', signed: true, skNumber: 'SK/H25/2026' },
      certificate: { certificateId: issued.certificateId, number: issued.number, validUntil: '2028-11-12', revoked: false },
    });
    expect(absent).toMatchObject({ attendance: 'absent', recommendation: null, pleno: null, certificate: null });
    // An unsigned FR.AK.02 is the assessor's draft, not a recommendation yet.
    expect(draft).toMatchObject({ attendance: 'present', recommendation: null });

    // Another candidate's page lists only their own session.
    expect((await call(w.core, 'candidates/sessions', { candidateId: other }, w.admin)).sessions.map((s) => s.code)).toEqual(['SES-H25']);
    // A candidate never planned has none; an unknown one is not found; only an LSP admin may read them.
    expect((await call(w.core, 'candidates/sessions', { candidateId: w.candidates[5] }, w.admin)).sessions).toEqual([]);
    expect((await failure(w.core, 'candidates/sessions', { candidateId: crypto.randomUUID() }, w.admin)).code).toBe('NOT_FOUND');
    expect((await failure(w.core, 'candidates/sessions', { candidateId }, await signInAs(w.core, 'proctor'))).code).toBe('FORBIDDEN');
  });

  it("reads a corrected pleno's decision from the correction, and a revoked certificate as revoked", async () => {
    const w = await world({ aplGate: false });
    const db = w.core.db;
    setSchemePolicy(db, '85499', 3);
    const seeded = seedSignedPleno(db, { candidates: 1, tag: 'C25', date: '2025-11-10' });
    const [candidateId] = seeded.candidateIds;
    const [issued] = (await call(w.core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2025-11-12' }, w.admin)).issued;
    db.prepare("UPDATE certificate SET revoked_at = '2026-01-05T02:00:00.000Z', revoke_reason = 'Dokumen palsu' WHERE id = ?").run(issued.certificateId);
    // A signed correction decided BK: the first pleno's K is no longer in force.
    db.prepare(
      `INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, corrects_id, correction_reason, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
       SELECT 'koreksi', lsp_id, held_on, 'signed', 'SK/C25/2026-a', sk_date, id, 'Salah keputusan', '2026-01-05T01:00:00.000Z', created_by, decided_at, decided_by, signed_at, signed_by FROM pleno WHERE id = ?`,
    ).run(seeded.plenoId);
    db.prepare("INSERT INTO pleno_session (pleno_id, session_id) VALUES ('koreksi', ?)").run(seeded.sessionId);
    db.prepare("INSERT INTO pleno_decision (pleno_id, session_id, candidate_id, recommendation, decision) VALUES ('koreksi', ?, ?, 'K', 'BK')").run(seeded.sessionId, candidateId);
    const [entry] = (await call(w.core, 'candidates/sessions', { candidateId }, w.admin)).sessions;
    expect(entry.pleno).toEqual({ plenoId: 'koreksi', decision: 'BK', signed: true, skNumber: 'SK/C25/2026-a' });
    expect(entry.certificate).toMatchObject({ certificateId: issued.certificateId, revoked: true });
  });
});

describe('deactivating a candidate seated in a session not over yet', () => {
  it('is refused, naming the session (code and day), and each of them when there are several; a cancelled or finished session does not hold it', async () => {
    const w = await world({ aplGate: false });
    const db = w.core.db;
    const [both, one, none] = w.candidates;
    const planned = await create(w, plan(w, { candidates: seats(w, 2) }));
    // A second session, later, of another scheme: written straight in (the planner's own rules are not the point here).
    const later = crypto.randomUUID();
    db.prepare(
      `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
       SELECT ?, lsp_id, scheme_id, tuk_id, 'JDW-LATER', 'Sesi berikutnya', '2026-12-08', '13:00', 90 FROM session WHERE id = ?`,
    ).run(later, planned.id);
    db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)').run(later, both, w.assessors[0]);
    const audited = () => db.prepare("SELECT count(*) FROM audit_log WHERE action = 'candidate.deactivate'").pluck().get();

    const refused = await failure(w.core, 'candidates/setActive', { candidateId: both, active: false }, w.admin);
    expect(refused).toMatchObject({
      code: 'CANDIDATE_IN_UNFINISHED_SESSION',
      messageKey: 'errors.CANDIDATE_IN_UNFINISHED_SESSION',
      params: { session: planned.code, date: DAY, startTime: '08:00', sessionId: planned.id, sessionCount: 2 },
    });
    expect(refused.reasons).toEqual([
      { code: 'CANDIDATE_SEATED_IN', params: { session: planned.code, date: DAY, startTime: '08:00', sessionId: planned.id } },
      { code: 'CANDIDATE_SEATED_IN', params: { session: 'JDW-LATER', date: '2026-12-08', startTime: '13:00', sessionId: later } },
    ]);
    const name = (await call(w.core, 'candidates/get', { candidateId: both }, w.admin)).name;
    expect(errorText(refused, 'id')).toBe(
      `Asesi ${name} tidak dapat dinonaktifkan: masih terjadwal di sesi ${planned.code} (1 Des 2026, 08.00) yang belum selesai. Keluarkan asesi dari sesi itu, atau batalkan sesinya, lalu nonaktifkan datanya. Sesi ${planned.code}, 1 Des 2026 pukul 08.00 Sesi JDW-LATER, 8 Des 2026 pukul 13.00`,
    );
    expect(errorText(refused, 'en')).toContain(`still planned in session ${planned.code} (1 Dec 2026, 08:00), which is not over yet`);

    // One session: named in the message alone.
    const single = await failure(w.core, 'candidates/setActive', { candidateId: one, active: false }, w.admin);
    expect(single).toMatchObject({ code: 'CANDIDATE_IN_UNFINISHED_SESSION', params: { session: planned.code, sessionCount: 1 } });
    expect(single.reasons).toBeUndefined();
    expect((await call(w.core, 'candidates/get', { candidateId: one }, w.admin)).active).toBe(true);
    expect(audited()).toBe(0);

    // Never planned: deactivated as before.
    expect((await call(w.core, 'candidates/setActive', { candidateId: none, active: false }, w.admin)).active).toBe(false);
    // The session called off: it no longer holds them.
    await call(w.core, 'sessions/cancel', { sessionId: planned.id, reason: 'TUK tidak tersedia' }, w.admin);
    expect((await call(w.core, 'candidates/setActive', { candidateId: one, active: false }, w.admin)).active).toBe(false);
    expect((await failure(w.core, 'candidates/setActive', { candidateId: both, active: false }, w.admin)).params).toMatchObject({ session: 'JDW-LATER', sessionCount: 1 });
    // Reactivating is never held back.
    expect((await call(w.core, 'candidates/setActive', { candidateId: one, active: true }, w.admin)).active).toBe(true);
  });

  it('is refused while the session runs, and allowed once its time is over', async () => {
    const w = await world({ aplGate: false });
    const db = w.core.db;
    const candidateId = w.candidates[0];
    const running = crypto.randomUUID();
    // The fixed clock reads 2026-11-20 09:00: a session from 08:00 for two hours is under way.
    db.prepare(
      `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
       SELECT ?, lsp_id, id, (SELECT id FROM tuk ORDER BY code LIMIT 1), 'JDW-NOW', 'Sesi hari ini', '2026-11-20', '08:00', 120 FROM scheme ORDER BY code, version LIMIT 1`,
    ).run(running);
    db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)').run(running, candidateId, w.assessors[0]);
    expect((await failure(w.core, 'candidates/setActive', { candidateId, active: false }, w.admin)).params).toMatchObject({ session: 'JDW-NOW', date: '2026-11-20' });
    db.prepare("UPDATE session SET start_time = '06:00' WHERE id = ?").run(running);
    expect((await call(w.core, 'candidates/setActive', { candidateId, active: false }, w.admin)).active).toBe(false);
  });
});
