import { describe, expect, it } from 'vitest';
import { call, failure, signInAs, tempCore } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { certificateCore, certificateRows } from './support';

/** A core whose today is 1 March 2028, for issue dates in later years (none may be after today). */
const laterCore = () => tempCore({ clock: { now: () => new Date(2028, 2, 1, 9, 0, 0) } });

const yearly = { numberPattern: '{kbli} {counter:7} {year}', registrationPattern: 'REG.{lsp}.{scheme}.{counter:5}.{year}', counterScope: 'year' as const, validityYears: 3 };

describe('certificates/issue', () => {
  it('numbers each K decision of a signed pleno from the pattern, with validity and KBLI from the scheme policy', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499', 4);
    const lsp = (core.db.prepare('SELECT code FROM lsp').get() as { code: string }).code;
    const scheme = (core.db.prepare('SELECT code FROM scheme ORDER BY code, version LIMIT 1').get() as { code: string }).code;
    const { plenoId, candidateIds } = seedSignedPleno(core.db, { candidates: 4, tag: 'A', bk: (i) => i === 2 });
    const result = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin);
    expect(result.skipped).toEqual([]);
    expect(result.issued.map((c) => c.number)).toEqual(['85499 0000001 2026', '85499 0000002 2026', '85499 0000003 2026']);
    expect(result.issued.map((c) => c.registrationNumber)).toEqual([1, 2, 3].map((n) => `REG.${lsp}.${scheme}.0000${n}.2026`));
    expect(result.issued.map((c) => c.candidateId)).toEqual([candidateIds[0], candidateIds[1], candidateIds[3]]);
    const detail = await call(core, 'certificates/get', { certificateId: result.issued[0].certificateId }, admin);
    expect(detail).toMatchObject({ issuedOn: '2026-11-20', validUntil: '2030-11-20', counterValue: 1, plenoId, blankoNumber: null });
    // The counter and the pleno as staff name them, not the counter's stored key.
    const pleno = core.db.prepare('SELECT held_on, sk_number FROM pleno WHERE id = ?').get(plenoId) as { held_on: string; sk_number: string | null };
    expect(detail).toMatchObject({ counterScope: 'year', counterYear: '2026', plenoHeldOn: pleno.held_on, plenoSkNumber: pleno.sk_number });
    const audit = core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'certificates.issue'").get() as { n: number };
    expect(audit.n).toBe(1);
  });

  it("names the SK of the signed pleno that corrects the one it was issued from (helper Q's walk: an SK number's typo, corrected, still read on the certificate)", async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    const { plenoId } = seedSignedPleno(core.db, { candidates: 1, tag: 'C' });
    const [issued] = (await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin)).issued;
    expect(await call(core, 'certificates/get', { certificateId: issued.certificateId }, admin)).toMatchObject({ plenoSkNumber: 'SK/C/2026', plenoCorrectedBySk: null });
    const by = core.db.prepare('SELECT created_by FROM pleno WHERE id = ?').pluck().get(plenoId) as string;
    const correction = (status: string, sk: string | null) =>
      core.db.prepare(`INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, corrects_id, correction_reason, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
        SELECT ?, lsp_id, held_on, ?, ?, sk_date, id, 'Salah ketik nomor SK', created_at, ?, decided_at, ?, signed_at, ? FROM pleno WHERE id = ?`).run(`${plenoId}-${status}`, status, sk, by, by, status === 'signed' ? by : null, plenoId);
    // A correction still a draft corrects nothing yet.
    correction('decided', null);
    expect((await call(core, 'certificates/get', { certificateId: issued.certificateId }, admin)).plenoCorrectedBySk).toBeNull();
    core.db.prepare('DELETE FROM pleno WHERE corrects_id = ?').run(plenoId);
    correction('signed', 'SK/C/2026-a');
    expect((await call(core, 'certificates/get', { certificateId: issued.certificateId }, admin)).plenoCorrectedBySk).toBe('SK/C/2026-a');
  });

  it('is idempotent: issuing again skips those issued, with their numbers, and takes no counter value', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    const { plenoId } = seedSignedPleno(core.db, { candidates: 3, tag: 'B' });
    const first = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin);
    const again = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-19' }, admin);
    expect(again.issued).toEqual([]);
    expect(again.skipped.map((s) => [s.reason, s.number])).toEqual(first.issued.map((c) => ['already_issued', c.number]));
    const counter = core.db.prepare('SELECT value FROM certificate_counter').all();
    expect(counter).toEqual([{ value: 3 }]);
    // The default validity (3 years) applies when the scheme policy names none.
    expect((await call(core, 'certificates/get', { certificateId: first.issued[0].certificateId }, admin)).validUntil).toBe('2029-11-20');
  });

  it('takes the LSP’s validity setting when the scheme names none', async () => {
    const core = await laterCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    await call(core, 'certificates/setSettings', { settings: { ...yearly, validityYears: 5 } }, admin);
    const { plenoId } = seedSignedPleno(core.db, { candidates: 1, tag: 'V' });
    const [issued] = (await call(core, 'certificates/issue', { plenoId, issuedOn: '2028-02-29' }, admin)).issued;
    expect((await call(core, 'certificates/get', { certificateId: issued.certificateId }, admin)).validUntil).toBe('2033-02-28');
  });

  it('a year counter restarts at 1 in a new year; an LSP counter runs on', async () => {
    const core = await laterCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    await call(core, 'certificates/setSettings', { settings: yearly }, admin);
    const a = seedSignedPleno(core.db, { candidates: 2, tag: 'Y1' });
    const b = seedSignedPleno(core.db, { candidates: 2, tag: 'Y2' });
    const c = seedSignedPleno(core.db, { candidates: 2, tag: 'Y3' });
    await call(core, 'certificates/issue', { plenoId: a.plenoId, issuedOn: '2026-12-31' }, admin);
    const next = await call(core, 'certificates/issue', { plenoId: b.plenoId, issuedOn: '2027-01-02' }, admin);
    expect(next.issued.map((x) => x.number)).toEqual(['85499 0000001 2027', '85499 0000002 2027']);

    await call(core, 'certificates/setSettings', { settings: { ...yearly, numberPattern: 'LSP {counter:4}/{year}', counterScope: 'lsp', registrationPattern: 'R{counter:4}' } }, admin);
    const lspWide = await call(core, 'certificates/issue', { plenoId: c.plenoId, issuedOn: '2027-01-03' }, admin);
    expect(lspWide.issued.map((x) => x.number)).toEqual(['LSP 0001/2027', 'LSP 0002/2027']);
    expect(await call(core, 'certificates/get', { certificateId: lspWide.issued[0].certificateId }, admin)).toMatchObject({ counterScope: 'lsp', counterYear: null });
    const counters = core.db.prepare('SELECT scope, value FROM certificate_counter ORDER BY scope').all() as { scope: string; value: number }[];
    expect(counters.map((r) => [r.scope.split(':').length, r.value])).toEqual([
      [2, 2],
      [3, 2],
      [3, 2],
    ]);
    expect(counters.filter((r) => r.scope.endsWith(':2026') || r.scope.endsWith(':2027')).map((r) => r.scope.slice(-4))).toEqual(['2026', '2027']);
  });

  it('refuses a number a changed pattern would repeat, writing nothing of the batch', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    await call(core, 'certificates/setSettings', { settings: { ...yearly, numberPattern: 'N{counter:3}', registrationPattern: 'R{counter:3}', counterScope: 'lsp' } }, admin);
    const a = seedSignedPleno(core.db, { candidates: 2, tag: 'C1' });
    await call(core, 'certificates/issue', { plenoId: a.plenoId, issuedOn: '2026-11-20' }, admin);
    // The LSP counter restarts in a fresh scope: per year, with a pattern that leaves the year out of the number.
    core.db.prepare("INSERT INTO setting (key, value) VALUES ('certificates.counterScope', 'year') ON CONFLICT(key) DO UPDATE SET value = 'year'").run();
    const b = seedSignedPleno(core.db, { candidates: 2, tag: 'C2' });
    const refused = await failure(core, 'certificates/issue', { plenoId: b.plenoId, issuedOn: '2026-11-20' }, admin);
    expect(refused).toMatchObject({ code: 'CERTIFICATE_NUMBER_TAKEN', params: { number: 'N001' } });
    expect(certificateRows(core).map((r) => r.number)).toEqual(['N001', 'N002']);
  });

  it('holds a candidate under appeal, and one without a KBLI code when the pattern needs it', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const adminId = (core.db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' LIMIT 1").get() as { id: string }).id;
    const { plenoId, sessionId, candidateIds } = seedSignedPleno(core.db, { candidates: 3, tag: 'H' });
    // The demo's scheme comes with a KBLI code: taken away here, as a scheme set up without one.
    setSchemePolicy(core.db, null);
    const noKbli = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin);
    expect(noKbli.issued).toEqual([]);
    expect(noKbli.skipped.map((s) => s.reason)).toEqual(['kbli_missing', 'kbli_missing', 'kbli_missing']);

    setSchemePolicy(core.db, '85499');
    const appeal = (id: string, candidate: string, status: string, reassessment: string | null) =>
      core.db
        .prepare(
          `INSERT INTO appeal_case (id, session_id, candidate_id, lodged_at, lodged_on, reasons, status, reassessment_session_id, created_at, created_by, closed_at, closed_by)
           VALUES (?, ?, ?, 'lsp', '2026-11-11', 'Keberatan', ?, ?, '2026-11-11T01:00:00Z', ?, ?, ?)`,
        )
        .run(id, sessionId, candidate, status, reassessment, adminId, status === 'open' ? null : '2026-11-12T01:00:00Z', status === 'open' ? null : adminId);
    appeal('ap1', candidateIds[0], 'open', null);
    appeal('ap2', candidateIds[1], 'accepted', null);
    appeal('ap3', candidateIds[2], 'rejected', null);
    const held = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin);
    expect(held.issued.map((c) => c.candidateId)).toEqual([candidateIds[2]]);
    expect(held.skipped.map((s) => [s.candidateId, s.reason])).toEqual([
      [candidateIds[1], 'appeal_accepted'],
      [candidateIds[0], 'held_by_appeal'],
    ]);
    expect(held.skipped.map((s) => s.reassessment)).toEqual([null, null]);
  });

  it("holds a K decision whose FR.AK.02 the assessor changed or reopened after the pleno decided (a later results bundle), and the pleno's page says so", async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    const { plenoId, sessionId, candidateIds } = seedSignedPleno(core.db, { candidates: 3, tag: 'R' });
    // As a results bundle brings them: the first re-signed BK, the second unlocked and not signed again.
    core.db.prepare("UPDATE assessment_record SET recommendation = 'BK', seq = 2 WHERE session_id = ? AND candidate_id = ?").run(sessionId, candidateIds[0]);
    core.db
      .prepare("UPDATE assessment_signature SET revoked_at = '2026-11-13T01:00:00.000Z', revoked_by = signed_by, revoke_reason = 'Koreksi' WHERE session_id = ? AND candidate_id = ?")
      .run(sessionId, candidateIds[1]);
    const result = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin);
    expect(result.issued.map((c) => c.candidateId)).toEqual([candidateIds[2]]);
    expect(result.skipped.map((s) => [s.candidateId, s.reason])).toEqual([
      [candidateIds[0], 'record_changed'],
      [candidateIds[1], 'record_changed'],
    ]);
    const pleno = await call(core, 'pleno/get', { plenoId }, admin);
    expect(pleno.decisions.map((d) => [d.candidateId, d.recommendation, d.recordNow])).toEqual([
      [candidateIds[0], 'K', { recommendation: 'BK', signed: true }],
      [candidateIds[1], 'K', { recommendation: 'K', signed: false }],
      [candidateIds[2], 'K', null],
    ]);
  });

  it('never issues from a decision an accepted appeal voided, its re-assessment planned or not, and names the re-assessment session', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const adminId = (core.db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' LIMIT 1").get() as { id: string }).id;
    const { plenoId, sessionId, candidateIds } = seedSignedPleno(core.db, { candidates: 2, tag: 'V' });
    const retest = seedSignedPleno(core.db, { candidates: 0, tag: 'R', date: '2027-01-20', status: 'draft' }).sessionId;
    const accept = (id: string, candidate: string) =>
      core.db
        .prepare(
          `INSERT INTO appeal_case (id, session_id, candidate_id, lodged_at, lodged_on, reasons, status, reassessment_session_id, created_at, created_by, closed_at, closed_by)
           VALUES (?, ?, ?, 'lsp', '2026-11-11', 'Keberatan', 'accepted', ?, '2026-11-11T01:00:00Z', ?, '2026-11-12T01:00:00Z', ?)`,
        )
        .run(id, sessionId, candidate, retest, adminId, adminId);
    accept('ap1', candidateIds[0]);
    const first = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin);
    expect(first.issued.map((c) => c.candidateId)).toEqual([candidateIds[1]]);
    expect(first.skipped).toEqual([
      expect.objectContaining({ candidateId: candidateIds[0], reason: 'appeal_accepted', number: null, reassessment: { code: 'SES-R', date: '2027-01-20' } }),
    ]);
    // Accepted after the certificate was issued: it stays as it is, named so the admin can revoke it.
    accept('ap2', candidateIds[1]);
    const again = await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin);
    expect(again.issued).toEqual([]);
    expect(again.skipped.map((s) => [s.candidateId, s.reason, s.number])).toEqual([
      [candidateIds[0], 'appeal_accepted', null],
      [candidateIds[1], 'issued_before_appeal', first.issued[0].number],
    ]);
    expect(certificateRows(core).map((r) => r.candidate_id)).toEqual([candidateIds[1]]);
  });

  it('refuses an issue date after today or before the pleno’s SK date, at the field, issuing nothing', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    setSchemePolicy(core.db, '85499');
    // The SK of this pleno is dated 10 November 2026; the core's today is 20 November 2026.
    const { plenoId } = seedSignedPleno(core.db, { candidates: 1, tag: 'T', date: '2026-11-10' });
    expect(await failure(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-21' }, admin)).toMatchObject({
      code: 'CERTIFICATE_ISSUED_IN_FUTURE',
      params: { date: '2026-11-20' },
      fields: [{ field: 'issuedOn', reason: 'future' }],
    });
    expect(await failure(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-09' }, admin)).toMatchObject({
      code: 'CERTIFICATE_ISSUED_BEFORE_SK',
      params: { date: '2026-11-10' },
      fields: [{ field: 'issuedOn', reason: 'before_sk' }],
    });
    expect(certificateRows(core)).toEqual([]);
    expect((await call(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-10' }, admin)).issued).toHaveLength(1);
  });

  it('refuses a pleno that is not signed, or not the LSP’s', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const { plenoId } = seedSignedPleno(core.db, { candidates: 1, tag: 'D', status: 'decided' });
    expect(await failure(core, 'certificates/issue', { plenoId, issuedOn: '2026-11-20' }, admin)).toMatchObject({ code: 'PLENO_NOT_SIGNED', params: { status: 'decided' } });
    expect((await failure(core, 'certificates/issue', { plenoId: 'no-such-pleno', issuedOn: '2026-11-20' }, admin)).code).toBe('NOT_FOUND');
    expect(certificateRows(core)).toEqual([]);
  });
});
