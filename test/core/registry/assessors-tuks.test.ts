import { describe, expect, it } from 'vitest';
import { previewAssessors, upsertAssessors } from '../../../electron/core/registry/assessors';
import { sessionTukVerified, verificationCutoff, verificationState } from '../../../electron/core/registry/tuks';
import { call, demo, failure, signInAs, staff } from '../../support/core';
import { assessorInput, auditCount, lastAuditDetails, NOW, registryCore, tukInput } from './support';

describe('assessors in the registry', () => {
  it("refuse a save from a form opened before another admin's change (the schemes they may assess kept)", async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const a = await call(core, 'assessors/create', { assessor: assessorInput(1, { schemeCodes: [demo.scheme.code] }) }, admin);
    const first = await call(core, 'assessors/get', { assessorId: a.id }, admin);
    const second = await call(core, 'assessors/get', { assessorId: a.id }, admin);
    await call(core, 'assessors/update', { assessorId: a.id, assessor: assessorInput(1, { schemeCodes: [] }), revision: first.revision }, admin);
    const stale = await failure(core, 'assessors/update', { assessorId: a.id, assessor: assessorInput(1, { schemeCodes: [demo.scheme.code], phone: '081234567001' }), revision: second.revision }, admin);
    expect(stale).toMatchObject({ code: 'RECORD_CHANGED', params: { by: staff.admin.displayName, at: NOW.toISOString() } });
    expect(await call(core, 'assessors/get', { assessorId: a.id }, admin)).toMatchObject({ schemeCodes: [], phone: null });
    expect(auditCount(core, 'assessor.update', a.id)).toBe(1);
  });

  it('are created with the schemes they may assess, edited, deactivated, each audited; the sign-in account is shown', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const a = await call(core, 'assessors/create', { assessor: assessorInput(1, { schemeCodes: [demo.scheme.code, ` ${demo.scheme.code}`], nik: '3276014508800003', email: 'A@B.ID' }) }, admin);
    expect(a).toMatchObject({ name: 'Asesor 0001', schemeCodes: [demo.scheme.code], email: 'a@b.id', metState: 'valid', techCertState: 'none', accountId: null, active: true });
    expect(auditCount(core, 'assessor.create', a.id)).toBe(1);
    const edited = await call(core, 'assessors/update', { assessorId: a.id, assessor: assessorInput(1, { name: 'Asesor Satu', schemeCodes: [] }) }, admin);
    expect(edited).toMatchObject({ name: 'Asesor Satu', schemeCodes: [] });
    expect(lastAuditDetails(core, 'assessor.update')).toMatchObject({ before: { schemeCodes: [demo.scheme.code] }, after: { schemeCodes: [] } });
    expect((await call(core, 'assessors/setActive', { assessorId: a.id, active: false }, admin)).active).toBe(false);
    expect(auditCount(core, 'assessor.deactivate', a.id)).toBe(1);

    const demoAssessor = (await call(core, 'assessors/list', { search: demo.people.assessors[0].name.slice(0, 8) }, admin)).rows[0];
    expect(demoAssessor.accountId).not.toBeNull();
    expect((await call(core, 'assessors/get', { assessorId: demoAssessor.id }, admin)).schemeCodes).toEqual([demo.scheme.code]);
  });

  it('are found by the start of any word of the name (titles come first), by the start of the MET number, never by the middle of a word', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const sri = await call(core, 'assessors/create', { assessor: assessorInput(1, { name: 'Dra. Sri Wahyuningsih, M.Kom.' }) }, admin);
    const pct = await call(core, 'assessors/create', { assessor: assessorInput(2, { name: 'Budi 100% Jaya' }) }, admin);
    const found = async (search: string) => (await call(core, 'assessors/list', { search }, admin)).rows.map((r) => r.id);
    expect(await found('Dra')).toContain(sri.id);
    // The demo has a Sri Wahyuningsih of its own.
    expect(await found('sri')).toContain(sri.id);
    expect(await found('Wahyu')).toContain(sri.id);
    expect(await found('Sri Wahyu')).toContain(sri.id);
    expect(await found(sri.metNumber.slice(0, 12))).toContain(sri.id);
    expect(await found('ahyu')).not.toContain(sri.id);
    // A % or _ typed is a character, not a wildcard.
    expect(await found('100%')).toEqual([pct.id]);
    expect(await found('1_0')).toEqual([]);
  });

  it('refuse field by field: unknown scheme, a taken MET number, a loan without its letter', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const error = await failure(
      core,
      'assessors/create',
      { assessor: assessorInput(2, { metNumber: demo.people.assessors[0].metNumber, schemeCodes: ['NOPE'], homeLsp: 'LSP Lain', loanLetterNo: '001/SP/2026', metExpiresOn: '2028-13-01' }) },
      admin,
    );
    expect(error.fields).toEqual([
      { field: 'schemeCodes.0', reason: 'unknown_scheme' },
      { field: 'metExpiresOn', reason: 'date_format' },
      { field: 'loanLetterDate', reason: 'loan_letter_incomplete' },
      { field: 'metNumber', reason: 'taken' },
    ]);
    const borrowed = await call(core, 'assessors/create', { assessor: assessorInput(3, { homeLsp: 'LSP Lain', loanLetterNo: '001/SP/2026', loanLetterDate: '2026-11-01' }) }, admin);
    expect(borrowed.homeLsp).toBe('LSP Lain');
  });

  it('flag an expired or soon-expiring MET or technical certificate, relative to the core\'s clock and the setting', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    // Today is 2026-11-20 on the core's clock.
    const expired = await call(core, 'assessors/create', { assessor: assessorInput(10, { metExpiresOn: '2026-11-19' }) }, admin);
    const soon = await call(core, 'assessors/create', { assessor: assessorInput(11, { metExpiresOn: '2027-02-18' }) }, admin);
    const techSoon = await call(core, 'assessors/create', { assessor: assessorInput(12, { techCertExpiresOn: '2026-11-20' }) }, admin);
    const later = await call(core, 'assessors/create', { assessor: assessorInput(13, { metExpiresOn: '2027-02-19' }) }, admin);
    expect([expired.metState, soon.metState, techSoon.techCertState, later.metState]).toEqual(['expired', 'soon', 'soon', 'valid']);
    const ids = async (expiry: 'soon' | 'expired') => (await call(core, 'assessors/list', { expiry, search: 'Asesor' }, admin)).rows.map((r) => r.id).sort();
    expect(await ids('expired')).toEqual([expired.id]);
    expect(await ids('soon')).toEqual([soon.id, techSoon.id].sort());
    await call(core, 'registry/setSettings', { settings: { expirySoonDays: 91, mandiriVerificationMonths: 12 } }, admin);
    expect(await ids('soon')).toEqual([soon.id, techSoon.id, later.id].sort());
    expect(await call(core, 'registry/settings', {}, admin)).toEqual({ expirySoonDays: 91, mandiriVerificationMonths: 12 });
    expect(auditCount(core, 'registry.settings')).toBe(1);
  });

  it('for an import: matched by MET number, the same rows twice change nothing', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const principal = await call(core, 'auth/whoami', {}, admin);
    const rows = [assessorInput(20), assessorInput(21), assessorInput(20, { name: 'Lagi' })];
    expect(previewAssessors(core.db, principal.lspId!, rows, '2026-11-20').map((o) => o.outcome)).toEqual(['added', 'added', 'refused']);
    expect(upsertAssessors(core.db, principal, principal.lspId!, rows.slice(0, 2), NOW).map((o) => o.outcome)).toEqual(['added', 'added']);
    const audits = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    expect(upsertAssessors(core.db, principal, principal.lspId!, rows.slice(0, 2), NOW).map((o) => o.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(audits);
  });
});

describe('assessor and TUK lists', () => {
  it('page through every record once, in name order', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const principal = await call(core, 'auth/whoami', {}, admin);
    upsertAssessors(core.db, principal, principal.lspId!, Array.from({ length: 75 }, (_, i) => assessorInput(100 + i, { name: `${['Ani', 'ani', 'Bayu'][i % 3]} ${i % 7}` })), NOW);
    for (let i = 0; i < 12; i++) await call(core, 'tuks/create', { tuk: tukInput(10 + i, { name: `TUK ${['B', 'a', 'C'][i % 3]}` }) }, admin);
    const walk = async (method: 'assessors/list' | 'tuks/list') => {
      const names: string[] = [];
      const ids = new Set<string>();
      let cursor: string | null = null;
      do {
        const page: { rows: { id: string; name: string }[]; nextCursor: string | null } = await call(core, method, { limit: 5, cursor }, admin);
        for (const r of page.rows) {
          names.push(r.name.toLowerCase());
          ids.add(r.id);
        }
        cursor = page.nextCursor;
      } while (cursor);
      expect(ids.size).toBe(names.length);
      expect(names).toEqual([...names].sort());
      return ids.size;
    };
    expect(await walk('assessors/list')).toBe(core.db.prepare('SELECT count(*) FROM assessor').pluck().get());
    expect(await walk('tuks/list')).toBe(core.db.prepare('SELECT count(*) FROM tuk').pluck().get());
  });
});

describe('TUKs in the registry', () => {
  it('are created, edited and deactivated, each audited; a taken code is refused on the code field', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const t = await call(core, 'tuks/create', { tuk: tukInput(1, { contactName: 'Pak Joko', contactPhone: '+62 812 1111 2222' }) }, admin);
    expect(t).toMatchObject({ code: 'TUK-001', capacity: 40, verificationState: 'per_session', lastVerifiedOn: null, verifications: [] });
    const edited = await call(core, 'tuks/update', { tukId: t.id, tuk: tukInput(1, { capacity: 60 }) }, admin);
    expect(edited.capacity).toBe(60);
    expect(auditCount(core, 'tuk.update', t.id)).toBe(1);
    expect((await call(core, 'tuks/setActive', { tukId: t.id, active: false }, admin)).active).toBe(false);
    const taken = await failure(core, 'tuks/create', { tuk: tukInput(2, { code: demo.people.tuk.code, capacity: -1 }) }, admin);
    expect(taken.fields).toEqual([{ field: 'capacity', reason: 'number_range' }, { field: 'code', reason: 'taken' }]);
    const page = await call(core, 'tuks/list', { search: 'tuk-00' }, admin);
    expect(page.rows.map((r) => r.code)).toEqual(['TUK-001']);
  });

  it('keep their time zone: given at creation, shown in the record and the list, changed with an audited edit; none but the three', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const t = await call(core, 'tuks/create', { tuk: tukInput(3, { timeZone: 'WITA' }) }, admin);
    expect((await call(core, 'tuks/get', { tukId: t.id }, admin)).timeZone).toBe('WITA');
    expect((await call(core, 'tuks/list', { search: 'TUK-003' }, admin)).rows.map((r) => r.timeZone)).toEqual(['WITA']);
    await call(core, 'tuks/update', { tukId: t.id, tuk: tukInput(3, { timeZone: 'WIT' }) }, admin);
    expect(core.db.prepare('SELECT time_zone FROM tuk WHERE id = ?').pluck().get(t.id)).toBe('WIT');
    expect(lastAuditDetails(core, 'tuk.update')).toMatchObject({ before: { timeZone: 'WITA' }, after: { timeZone: 'WIT' } });
    const bad = await failure(core, 'tuks/create', { tuk: { ...tukInput(4), timeZone: 'UTC+8' } }, admin);
    expect(bad.code).toBe('BAD_ARGS');
  });

  it('are found by the start of any word of the name or the start of the code, never by the middle of a word', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const smk = await call(core, 'tuks/create', { tuk: tukInput(7, { name: 'TUK Sewaktu SMK Negeri 1 Bandung' }) }, admin);
    const found = async (search: string) => (await call(core, 'tuks/list', { search }, admin)).rows.map((r) => r.id);
    expect(await found('TUK Sew')).toContain(smk.id);
    expect(await found('sewaktu')).toContain(smk.id);
    expect(await found('SMK Negeri')).toContain(smk.id);
    expect(await found('band')).toEqual([smk.id]);
    expect(await found('TUK-007')).toEqual([smk.id]);
    expect(await found('egeri')).toEqual([]);
    expect(await found('Negeri_1')).toEqual([]);
  });

  it('lists the Mandiri TUKs needing verification (never, or past the period) as each one\'s state says, and the home counts the active ones', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const v = { verifier: 'Tim LSP', result: 'fit' as const, note: null, sessionId: null };
    const never = await call(core, 'tuks/create', { tuk: tukInput(11, { type: 'mandiri' }) }, admin);
    const lapsed = await call(core, 'tuks/create', { tuk: tukInput(12, { type: 'mandiri' }) }, admin);
    const current = await call(core, 'tuks/create', { tuk: tukInput(13, { type: 'mandiri' }) }, admin);
    const retired = await call(core, 'tuks/create', { tuk: tukInput(14, { type: 'mandiri' }) }, admin);
    await call(core, 'tuks/create', { tuk: tukInput(15, { type: 'sewaktu' }) }, admin);
    // Today is 2026-11-20 and the period 12 months: 2025-11-19 has lapsed, 2025-11-20 has not.
    await call(core, 'tuks/addVerification', { tukId: lapsed.id, verification: { ...v, verifiedOn: '2025-11-19' } }, admin);
    await call(core, 'tuks/addVerification', { tukId: current.id, verification: { ...v, verifiedOn: '2025-11-20' } }, admin);
    await call(core, 'tuks/setActive', { tukId: retired.id, active: false }, admin);
    const due = await call(core, 'tuks/list', { verification: 'due', active: null }, admin);
    expect(due.rows.map((t) => [t.id, t.verificationState]).sort()).toEqual(
      [[never.id, 'never'], [lapsed.id, 'due'], [retired.id, 'never']].sort(),
    );
    const tasks = (await call(core, 'lsp/overview', {}, admin)).tasks;
    expect(tasks.tuksToVerify).toBe((await call(core, 'tuks/list', { verification: 'due', active: true }, admin)).total);
    expect(tasks.tuksToVerify).toBe(2);
  });

  it('finds the same due TUKs by its cutoff as each state says, across month ends and periods', () => {
    for (const months of [1, 3, 6, 12, 24]) {
      for (let day = 0; day < 800; day += 1) {
        const today = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        const cutoff = verificationCutoff(today, months);
        for (const back of [-1, 0, 1]) {
          const verifiedOn = new Date(Date.parse(`${cutoff}T00:00:00Z`) + back * 86_400_000).toISOString().slice(0, 10);
          expect([today, months, verifiedOn, verifiedOn < cutoff]).toEqual([today, months, verifiedOn, verificationState({ type: 'mandiri', verified_on: verifiedOn }, today, months) === 'due']);
        }
      }
    }
  });

  it('keep verification records; a Mandiri is due a period after its last one, and a session must be at that TUK', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const m = await call(core, 'tuks/create', { tuk: tukInput(5, { type: 'mandiri' }) }, admin);
    expect(m.verificationState).toBe('never');
    const v = { verifiedOn: '2025-11-19', verifier: 'Ir. Bambang', result: 'fit' as const, note: null, sessionId: null };
    const once = await call(core, 'tuks/addVerification', { tukId: m.id, verification: v }, admin);
    expect(once).toMatchObject({ lastVerifiedOn: '2025-11-19', verificationState: 'due' });
    const twice = await call(core, 'tuks/addVerification', { tukId: m.id, verification: { ...v, verifiedOn: '2026-06-01', note: 'Ruang lab baru' } }, admin);
    expect(twice).toMatchObject({ lastVerifiedOn: '2026-06-01', verificationState: 'ok' });
    expect(twice.verifications.map((x) => x.verifiedOn)).toEqual(['2026-06-01', '2025-11-19']);
    expect(auditCount(core, 'tuk.verify', m.id)).toBe(2);
    await call(core, 'registry/setSettings', { settings: { expirySoonDays: 90, mandiriVerificationMonths: 3 } }, admin);
    expect((await call(core, 'tuks/get', { tukId: m.id }, admin)).verificationState).toBe('due');

    const sessionId = core.db.prepare('SELECT id FROM session').pluck().get() as string;
    const wrong = await failure(core, 'tuks/addVerification', { tukId: m.id, verification: { ...v, sessionId, verifiedOn: '2026-12-01' } }, admin);
    expect(wrong.fields).toEqual([{ field: 'verifiedOn', reason: 'date_future' }, { field: 'sessionId', reason: 'unknown_session' }]);
    const demoTuk = core.db.prepare('SELECT id FROM tuk WHERE code = ?').pluck().get(demo.people.tuk.code) as string;
    const seededOn = (await call(core, 'tuks/get', { tukId: demoTuk }, admin)).lastVerifiedOn;
    const ok = await call(core, 'tuks/addVerification', { tukId: demoTuk, verification: { ...v, sessionId } }, admin);
    const session = core.db.prepare('SELECT code, date FROM session WHERE id = ?').get(sessionId) as { code: string; date: string };
    // The record names its session by the code and date the LSP plans with; one for no session names none.
    const made = ok.verifications.find((x) => x.sessionId === sessionId);
    expect(made).toMatchObject({ sessionCode: session.code, sessionDate: session.date });
    expect(twice.verifications.every((x) => x.sessionCode === null && x.sessionDate === null)).toBe(true);
    // A late record of an older verification does not move the latest date back.
    expect(ok.lastVerifiedOn).toBe(seededOn);
  });

  it('say whether a session\'s TUK is verified for it: Sewaktu per session, Mandiri within the period before the date', async () => {
    const core = await registryCore();
    const admin = await signInAs(core, 'admin');
    const sessionId = core.db.prepare('SELECT id FROM session').pluck().get() as string;
    const tukId = core.db.prepare('SELECT tuk_id FROM session').pluck().get() as string;
    const v = { verifiedOn: '2026-11-18', verifier: 'Ir. Bambang', result: 'unfit' as const, note: null, sessionId };
    // The demo records its TUK Sewaktu's verification for its session; without that record it is unverified.
    expect(sessionTukVerified(core.db, sessionId)).toBe(true);
    core.db.prepare('DELETE FROM tuk_verification WHERE session_id = ?').run(sessionId);
    expect(sessionTukVerified(core.db, sessionId)).toBe(false);
    await call(core, 'tuks/addVerification', { tukId, verification: v }, admin);
    expect(sessionTukVerified(core.db, sessionId)).toBe(false);
    await call(core, 'tuks/addVerification', { tukId, verification: { ...v, result: 'fit' } }, admin);
    expect(sessionTukVerified(core.db, sessionId)).toBe(true);

    // The same TUK as Mandiri: a fit verification (of any session or none) within 12 months before the date.
    const t = await call(core, 'tuks/get', { tukId }, admin);
    const tuk = { code: t.code, name: t.name, type: 'mandiri' as const, address: t.address, capacity: t.capacity, contactName: t.contactName, contactPhone: t.contactPhone, timeZone: t.timeZone };
    await call(core, 'tuks/update', { tukId, tuk }, admin);
    expect(sessionTukVerified(core.db, sessionId)).toBe(true);
    await call(core, 'registry/setSettings', { settings: { expirySoonDays: 90, mandiriVerificationMonths: 1 } }, admin);
    core.db.prepare("UPDATE session SET date = '2026-12-19' WHERE id = ?").run(sessionId);
    expect(sessionTukVerified(core.db, sessionId)).toBe(false);
  });
});
