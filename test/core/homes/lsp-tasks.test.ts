import { describe, expect, it } from 'vitest';
import { CERTIFICATES_DUE_DAYS, LSP_TASKS, type LspTasks } from '../../../electron/shared/types';
import { call, signInAs } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { certificateCore } from '../certificates/support';
import { assessedSession, HELD_ON, members } from '../pleno/support';

const none = Object.fromEntries(LSP_TASKS.map((task) => [task, 0])) as LspTasks;

describe("the LSP home's tasks", () => {
  it('counts what waits, each as the list its link opens counts it, and drops each as it is done', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const tasks = async () => (await call(core, 'lsp/overview', {}, admin)).tasks;
    // The demo's session is today's, not yet run: nothing waits.
    expect(await tasks()).toEqual(none);

    // A signed pleno of 3 K (its session has no results bundle here), one decided but unsigned, one a draft.
    const signed = seedSignedPleno(core.db, { candidates: 3, tag: 'A' });
    seedSignedPleno(core.db, { candidates: 2, tag: 'B', status: 'decided' });
    seedSignedPleno(core.db, { candidates: 1, tag: 'C', status: 'draft' });
    // The demo's assessors: one registration lapsed yesterday, one ends in ten days.
    const [first, second] = core.db.prepare('SELECT id FROM assessor ORDER BY met_number').pluck().all() as string[];
    core.db.prepare("UPDATE assessor SET met_expires_on = '2026-11-19' WHERE id = ?").run(first);
    core.db.prepare("UPDATE assessor SET met_expires_on = '2026-11-30' WHERE id = ?").run(second);
    // An application (FR.APL.01) saved, not yet verified.
    const candidateId = core.db.prepare('SELECT id FROM candidate ORDER BY participant_no LIMIT 1').pluck().get() as string;
    const schemeId = (await call(core, 'lsp/overview', {}, admin)).schemes[0].id;
    const key = { candidateId, schemeId };
    await call(core, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: [{ kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' }] }, admin);
    // An appeal on one of the signed pleno's candidates holds their certificate.
    await call(core, 'appeals/record', { sessionId: signed.sessionId, candidateId: signed.candidateIds[0], lodgedOn: '2026-11-12', reasons: 'Penilaian tidak adil', unitIds: [] }, admin);

    const waiting = await tasks();
    expect(waiting).toEqual({
      ...none,
      aplToVerify: 1,
      sessionsAwaitingResults: 3,
      plenosToDecide: 1,
      plenosToSign: 1,
      certificatesToIssue: 2,
      appealsOpen: 1,
      assessorsExpired: 1,
      assessorsExpiringSoon: 1,
    });
    // The same numbers as the lists the links open.
    expect((await call(core, 'sessions/list', { status: 'awaiting_results' }, admin)).total).toBe(waiting.sessionsAwaitingResults);
    expect((await call(core, 'assessors/list', { active: true, expiry: 'expired' }, admin)).total).toBe(waiting.assessorsExpired);
    expect((await call(core, 'assessors/list', { active: true, expiry: 'soon' }, admin)).total).toBe(waiting.assessorsExpiringSoon);
    expect(await call(core, 'appeals/list', { status: 'open' }, admin)).toHaveLength(waiting.appealsOpen);
    expect(await call(core, 'pleno/list', { status: 'decided' }, admin)).toHaveLength(waiting.plenosToSign);
    expect(await call(core, 'pleno/list', { status: 'draft' }, admin)).toHaveLength(waiting.plenosToDecide);
    // The signed pleno's certificates to issue, as its row in the list the home's line opens says them.
    expect((await call(core, 'pleno/list', { status: 'signed', toIssue: true }, admin)).map((p) => [p.plenoId, p.toIssue])).toEqual([[signed.plenoId, waiting.certificatesToIssue]]);
    expect((await call(core, 'apl/list', { schemeId, state: 'awaiting_verification' }, admin)).rows).toHaveLength(waiting.aplToVerify);
    // Per scheme, as the applications list (one scheme at a time) counts them.
    expect((await call(core, 'lsp/overview', {}, admin)).aplToVerifyBySchemes).toEqual([{ schemeId, count: 1 }]);

    // Done: the application verified, the certificates issued (the held one is skipped, and stays out of the count).
    await call(core, 'apl/verifyApplication', { ...key, result: 'accepted', note: null }, admin);
    setSchemePolicy(core.db, '85499');
    const issued = await call(core, 'certificates/issue', { plenoId: signed.plenoId, issuedOn: '2026-11-20' }, admin);
    expect(issued.issued).toHaveLength(2);
    expect(await tasks()).toMatchObject({ aplToVerify: 0, certificatesToIssue: 0, appealsOpen: 1 });
    expect(await call(core, 'pleno/list', { status: 'signed', toIssue: true }, admin)).toEqual([]);

    // Issued for 3 years, none is due. One whose last valid day comes within 90 days is (its holder's
    // re-certification to plan), as the register's expiring list counts it; revoked, it is not.
    expect((await tasks()).certificatesExpiringSoon).toBe(0);
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2027-01-15', issued.issued[0].certificateId);
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2027-03-01', issued.issued[1].certificateId);
    expect((await tasks()).certificatesExpiringSoon).toBe(1);
    expect((await call(core, 'certificates/list', { expiringWithinDays: CERTIFICATES_DUE_DAYS }, admin)).total).toBe(1);
    await call(core, 'certificates/revoke', { certificateId: issued.issued[0].certificateId, reason: 'Dokumen persyaratan terbukti palsu' }, admin);
    expect((await tasks()).certificatesExpiringSoon).toBe(0);
  });

  it('shows at most 8 sessions from today on, soonest first, and counts them all', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    // Ten more sessions of the demo's scheme, one a day from tomorrow, and one yesterday (not shown).
    const base = core.db.prepare('SELECT lsp_id, scheme_id, tuk_id FROM session LIMIT 1').get() as { lsp_id: string; scheme_id: string; tuk_id: string };
    const insert = core.db.prepare("INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes) VALUES (?, ?, ?, ?, ?, 'Sesi', ?, '08:00', 120)");
    for (let day = 21; day <= 30; day++) insert.run(`s-${day}`, base.lsp_id, base.scheme_id, base.tuk_id, `S-${day}`, `2026-11-${day}`);
    insert.run('s-19', base.lsp_id, base.scheme_id, base.tuk_id, 'S-19', '2026-11-19');
    const o = await call(core, 'lsp/overview', {}, admin);
    expect(o.upcoming.map((s) => s.date)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    expect(o).toMatchObject({ upcomingTotal: 11, sessionCount: 12 });
  });
});

describe("the LSP home's sessions waiting for a pleno", () => {
  it('counts a session whose results are all signed by the assessors and that no pleno holds yet, as the results list filtered so shows it', async () => {
    // The demo session run here: candidate 0 assessed and signed, everyone else absent. Its status is
    // 'decided' (the assessors decided), but no rapat pleno has decided anything.
    const { core, admin, seat, proctor } = await assessedSession();
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Semua asesi selesai' }, proctor);
    const tasks = async () => (await call(core, 'lsp/overview', {}, admin)).tasks;
    const listed = async () => (await call(core, 'results/sessions', { withoutPleno: true }, admin)).map((s) => s.sessionId);
    expect((await call(core, 'sessions/list', {}, admin)).rows.map((r) => r.status)).toEqual(['decided']);
    expect(await tasks()).toMatchObject({ sessionsToDecide: 1, plenosToDecide: 0 });
    expect(await listed()).toEqual([seat.sessionId]);

    // In a draft pleno it waits as that pleno, no longer as a session.
    await call(core, 'pleno/create', { pleno: { heldOn: HELD_ON, place: 'Ruang rapat LSP', sessionIds: [seat.sessionId], members: members(core) } }, admin);
    expect(await tasks()).toMatchObject({ sessionsToDecide: 0, plenosToDecide: 1 });
    expect(await listed()).toEqual([]);
    expect(await call(core, 'results/sessions', {}, admin)).toHaveLength(1);
  });
});
