import { describe, expect, it } from 'vitest';
import { participantNosTaken } from '../../../electron/core/db/queries/registry-candidates';
import { INSTITUTION_SUGGESTIONS, previewCandidates, upsertCandidates } from '../../../electron/core/registry/candidates';
import type { Principal } from '../../../electron/shared/roles';
import { call, failure, signInAs } from '../../support/core';
import { auditCount, candidateInput, lastAuditDetails, NOW, registryCore } from './support';

async function adminOf(core: Awaited<ReturnType<typeof registryCore>>): Promise<{ token: string; principal: Principal; lspId: string }> {
  const token = await signInAs(core, 'admin');
  const principal = await call(core, 'auth/whoami', {}, token);
  return { token, principal, lspId: principal.lspId! };
}

describe('candidates in the registry', () => {
  it('are created with a participant number, edited and deactivated (never deleted), each change audited with before and after', async () => {
    const core = await registryCore();
    const { token } = await adminOf(core);
    const created = await call(core, 'candidates/create', { candidate: candidateInput(1, { name: '  Siti   Aminah ' }) }, token);
    expect(created).toMatchObject({ name: 'Siti Aminah', nik: '3276011403050002', active: true, institution: 'SMK Nusantara' });
    expect(created.participantNo).toMatch(/^2026-\d{7}$/);
    expect(auditCount(core, 'candidate.create', created.id)).toBe(1);

    const edited = await call(core, 'candidates/update', { candidateId: created.id, candidate: candidateInput(1, { name: 'Siti Aminah Putri', email: 'SITI@Contoh.ID' }) }, token);
    expect(edited).toMatchObject({ name: 'Siti Aminah Putri', email: 'siti@contoh.id', participantNo: created.participantNo });
    expect(lastAuditDetails(core, 'candidate.update')).toMatchObject({ before: { name: 'Siti Aminah' }, after: { name: 'Siti Aminah Putri' } });
    // The same values again: nothing written, nothing audited.
    await call(core, 'candidates/update', { candidateId: created.id, candidate: candidateInput(1, { name: 'Siti Aminah Putri', email: 'siti@contoh.id' }) }, token);
    expect(auditCount(core, 'candidate.update', created.id)).toBe(1);

    const off = await call(core, 'candidates/setActive', { candidateId: created.id, active: false }, token);
    expect(off.active).toBe(false);
    expect(auditCount(core, 'candidate.deactivate', created.id)).toBe(1);
    expect((await call(core, 'candidates/get', { candidateId: created.id }, token)).active).toBe(false);
    expect(core.db.prepare('SELECT count(*) FROM candidate WHERE id = ?').pluck().get(created.id)).toBe(1);
  });

  it("refuse a save from a form opened before another admin's change, so neither change is lost silently", async () => {
    const core = await registryCore();
    const { token } = await adminOf(core);
    const created = await call(core, 'candidates/create', { candidate: candidateInput(1) }, token);
    // Two admins open the same record; the first saves a new phone number.
    const openedByRina = await call(core, 'candidates/get', { candidateId: created.id }, token);
    const openedByDewi = await call(core, 'candidates/get', { candidateId: created.id }, token);
    expect(openedByDewi.revision).toBe(openedByRina.revision);
    const saved = await call(core, 'candidates/update', { candidateId: created.id, candidate: candidateInput(1, { phone: '081234567001' }), revision: openedByRina.revision }, token);
    expect(saved.revision).not.toBe(openedByRina.revision);
    // The second still shows the old number: saving the whole form would put it back.
    const stale = await failure(core, 'candidates/update', { candidateId: created.id, candidate: candidateInput(1, { institution: 'Politeknik Dewi' }), revision: openedByDewi.revision }, token);
    expect(stale.code).toBe('RECORD_CHANGED');
    expect(await call(core, 'candidates/get', { candidateId: created.id }, token)).toMatchObject({ phone: '081234567001', institution: 'SMK Nusantara' });
    expect(auditCount(core, 'candidate.update', created.id)).toBe(1);
    // Reopened, the same edit saves over the record as it now is.
    const reopened = await call(core, 'candidates/get', { candidateId: created.id }, token);
    const after = await call(core, 'candidates/update', { candidateId: created.id, candidate: { ...candidateInput(1, { phone: '081234567001' }), institution: 'Politeknik Dewi' }, revision: reopened.revision }, token);
    expect(after).toMatchObject({ phone: '081234567001', institution: 'Politeknik Dewi', revision: expect.any(String) });
  });

  it('refuse bad input field by field, every problem at once, and write nothing', async () => {
    const core = await registryCore();
    const { token } = await adminOf(core);
    const before = core.db.prepare('SELECT count(*) FROM candidate').pluck().get();
    const error = await failure(
      core,
      'candidates/create',
      {
        candidate: candidateInput(2, {
          name: ' ',
          nik: '3276011403050',
          birthDate: '2030-01-01',
          email: 'bukan-email',
          phone: 'abc',
          provinceCode: '32',
          regencyCode: '3171',
        }),
      },
      token,
    );
    expect(error.code).toBe('REGISTRY_INVALID');
    expect(error.params).toEqual({ count: 6, field: error.fields?.[0]?.field });
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { field: 'name', reason: 'required' },
        { field: 'nik', reason: 'nik_length' },
        { field: 'birthDate', reason: 'date_future' },
        { field: 'regencyCode', reason: 'region_code' },
        { field: 'phone', reason: 'phone_format' },
        { field: 'email', reason: 'email_format' },
      ]),
    );
    expect(error.fields).toHaveLength(6);
    expect(core.db.prepare('SELECT count(*) FROM candidate').pluck().get()).toBe(before);
  });

  it('refuse a birth date or sex that contradicts the NIK, beside that field, and not when the NIK itself is refused', async () => {
    const core = await registryCore();
    const { token } = await adminOf(core);
    // nikFor: born 14-03-05, a man's day. The walk-through's case: the NIK says 15 Aug 1985, male.
    const wrongDay = await failure(core, 'candidates/create', { candidate: candidateInput(1, { birthDate: '2005-03-15' }) }, token);
    expect(wrongDay.fields).toEqual([{ field: 'birthDate', reason: 'nik_birth_date_mismatch' }]);
    const wrongCentury = await call(core, 'candidates/create', { candidate: candidateInput(2, { birthDate: '1905-03-14' }) }, token);
    expect(wrongCentury.birthDate).toBe('1905-03-14');
    const wrongYear = await failure(core, 'candidates/create', { candidate: candidateInput(3, { birthDate: '2004-03-14' }) }, token);
    expect(wrongYear.fields).toEqual([{ field: 'birthDate', reason: 'nik_birth_date_mismatch' }]);
    const wrongSex = await failure(core, 'candidates/create', { candidate: candidateInput(4, { nik: '3171041508850001', birthDate: '1985-08-16', sex: 'P' }) }, token);
    expect(wrongSex.fields).toEqual([
      { field: 'birthDate', reason: 'nik_birth_date_mismatch' },
      { field: 'sex', reason: 'nik_sex_mismatch' },
    ]);
    // A woman's NIK (day + 40) with her own birth date and sex is accepted; without them nothing is compared.
    expect((await call(core, 'candidates/create', { candidate: candidateInput(5, { nik: '3171045508850005', birthDate: '1985-08-15', sex: 'P' }) }, token)).sex).toBe('P');
    expect((await call(core, 'candidates/create', { candidate: candidateInput(6, { nik: '3171045508850006', birthDate: null, sex: null }) }, token)).sex).toBeNull();
    // A refused NIK is said once, on the NIK.
    const badNik = await failure(core, 'candidates/create', { candidate: candidateInput(7, { nik: '3171049908850007', sex: 'P' }) }, token);
    expect(badNik.fields).toEqual([{ field: 'nik', reason: 'nik_birth_date' }]);
  });

  it('are one person per NIK: a second record with the same NIK is refused on the NIK field', async () => {
    const core = await registryCore();
    const { token } = await adminOf(core);
    const first = await call(core, 'candidates/create', { candidate: candidateInput(3) }, token);
    const again = await failure(core, 'candidates/create', { candidate: candidateInput(3, { name: 'Orang Lain' }) }, token);
    expect(again.fields).toEqual([{ field: 'nik', reason: 'nik_taken' }]);
    const other = await call(core, 'candidates/create', { candidate: candidateInput(4) }, token);
    const moved = await failure(core, 'candidates/update', { candidateId: other.id, candidate: candidateInput(3) }, token);
    expect(moved.fields).toEqual([{ field: 'nik', reason: 'nik_taken' }]);
    expect(first.id).not.toBe(other.id);
  });

  it('for an import: a preview writes nothing, an apply adds and updates by NIK, and the same rows again change and audit nothing', async () => {
    const core = await registryCore();
    const { principal, lspId } = await adminOf(core);
    const { db } = core;
    const rows = [candidateInput(10), candidateInput(11), candidateInput(12, { nik: '3276011403050000' }), candidateInput(10, { name: 'Dua Kali' })];
    const auditsBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const preview = previewCandidates(db, lspId, rows, '2026-11-20');
    expect(preview.map((o) => o.outcome)).toEqual(['added', 'added', 'refused', 'refused']);
    expect(preview[2].issues).toEqual([{ field: 'nik', reason: 'nik_serial' }]);
    expect(preview[3].issues).toEqual([{ field: 'nik', reason: 'duplicate' }]);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditsBefore);
    expect(db.prepare("SELECT count(*) FROM candidate WHERE name LIKE 'Asesi %'").pluck().get()).toBe(0);

    const applied = upsertCandidates(db, principal, lspId, rows.slice(0, 2), NOW);
    expect(applied.map((o) => o.outcome)).toEqual(['added', 'added']);
    expect(applied.every((o) => o.id !== null)).toBe(true);
    const auditsAfterFirst = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const second = upsertCandidates(db, principal, lspId, rows.slice(0, 2), NOW);
    expect(second.map((o) => o.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(second.map((o) => o.id)).toEqual(applied.map((o) => o.id));
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditsAfterFirst);

    const changed = upsertCandidates(db, principal, lspId, [candidateInput(10, { institution: 'Politeknik Baru' }), candidateInput(11)], NOW);
    expect(changed.map((o) => o.outcome)).toEqual(['updated', 'unchanged']);
    expect(db.prepare('SELECT institution FROM candidate WHERE id = ?').pluck().get(applied[0].id)).toBe('Politeknik Baru');
  });

  it('for an import of many: each added record gets its own participant number, none already taken, and the write is one audit entry', async () => {
    const core = await registryCore();
    const { principal, lspId } = await adminOf(core);
    const { db } = core;
    const taken = db.prepare('SELECT participant_no FROM candidate').pluck().all() as string[];
    expect([...participantNosTaken(db, [...taken, '1999-0000000'])].sort()).toEqual([...taken].sort());
    const audits = db.prepare('SELECT count(*) FROM audit_log').pluck();
    const before = audits.get() as number;
    const added = upsertCandidates(db, principal, lspId, Array.from({ length: 300 }, (_, i) => candidateInput(200 + i)), NOW);
    expect(added.every((o) => o.outcome === 'added')).toBe(true);
    const numbers = db.prepare('SELECT participant_no FROM candidate').pluck().all() as string[];
    expect(numbers).toHaveLength(taken.length + 300);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.filter((n) => !taken.includes(n)).every((n) => /^\d{4}-\d{7}$/.test(n))).toBe(true);
    expect(audits.get()).toBe(before + 1);
    expect(lastAuditDetails(core, 'candidate.upsertMany')).toMatchObject({ updated: [], added: { rows: expect.arrayContaining([expect.arrayContaining([added[0].id])]) } });
  });

  it('list in pages that cover every match once, in name order, with search by name, NIK or card number prefix and filters', async () => {
    const core = await registryCore();
    const { token, principal, lspId } = await adminOf(core);
    const inputs = Array.from({ length: 130 }, (_, i) =>
      candidateInput(100 + i, {
        name: `${['Budi', 'budiman', 'Citra', 'Dewi'][i % 4]} ${String(i).padStart(3, '0')}`,
        institution: i % 2 ? 'SMK Satu' : 'SMK Dua',
        provinceCode: i % 3 ? '32' : '31',
        regencyCode: i % 3 ? '3276' : '3171',
      }),
    );
    upsertCandidates(core.db, principal, lspId, inputs, NOW);
    const demoCount = core.db.prepare('SELECT count(*) FROM candidate').pluck().get() as number;

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let total: number | null = null;
    do {
      const page: Awaited<ReturnType<typeof call<'candidates/list'>>> = await call(core, 'candidates/list', { limit: 50, cursor }, token);
      if (pages === 0) total = page.total;
      else expect(page.total).toBeNull();
      seen.push(...page.rows.map((r) => r.name));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(total).toBe(demoCount);
    expect(seen).toHaveLength(demoCount);
    expect(new Set(seen).size).toBe(demoCount);
    expect(seen).toEqual([...seen].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
    expect(pages).toBe(Math.ceil(demoCount / 50));

    // A prefix ignores case: "budi" finds Budi and budiman.
    const budi = await call(core, 'candidates/list', { search: 'budi', limit: 200 }, token);
    expect(budi.total).toBe(66);
    expect(budi.rows.every((r) => r.name.toLowerCase().startsWith('budi'))).toBe(true);
    // Paged within a search: the same rows as one big page, in the same order.
    const pagedBudi: string[] = [];
    let budiCursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call<'candidates/list'>>> = await call(core, 'candidates/list', { search: 'BUDI', limit: 7, cursor: budiCursor }, token);
      pagedBudi.push(...page.rows.map((r) => r.id));
      budiCursor = page.nextCursor;
    } while (budiCursor);
    expect(pagedBudi).toEqual(budi.rows.map((r) => r.id));
    const byNik = await call(core, 'candidates/list', { search: '3276011403050101' }, token);
    expect(byNik.rows.map((r) => r.nik)).toEqual(['3276011403050101']);
    const nikPrefix = await call(core, 'candidates/list', { search: '32760114030501', limit: 5 }, token);
    expect(nikPrefix.rows.map((r) => r.nik)).toEqual(['3276011403050101', '3276011403050102', '3276011403050103', '3276011403050104', '3276011403050105']);
    const next = await call(core, 'candidates/list', { search: '32760114030501', limit: 5, cursor: nikPrefix.nextCursor }, token);
    expect(next.rows[0].nik).toBe('3276011403050106');

    // The number on a card finds its candidate, whole or its start, any case; paged in number order.
    const numbers = (core.db.prepare('SELECT participant_no FROM candidate WHERE lsp_id = ? ORDER BY participant_no').pluck().all(lspId) as string[]);
    const card = numbers[Math.floor(numbers.length / 2)];
    expect((await call(core, 'candidates/list', { search: card.toLowerCase() }, token)).rows.map((r) => r.participantNo)).toEqual([card]);
    const year = card.slice(0, 5);
    const firstFive = await call(core, 'candidates/list', { search: year, limit: 5 }, token);
    const withYear = numbers.filter((n) => n.startsWith(year));
    expect(firstFive.total).toBe(withYear.length);
    expect(firstFive.rows.map((r) => r.participantNo)).toEqual(withYear.slice(0, 5));
    const nextFive = await call(core, 'candidates/list', { search: year, limit: 5, cursor: firstFive.nextCursor }, token);
    expect(nextFive.rows.map((r) => r.participantNo)).toEqual(withYear.slice(5, 10));

    const filtered = await call(core, 'candidates/list', { institution: 'smk satu', provinceCode: '31', limit: 200 }, token);
    expect(filtered.total).toBe(inputs.filter((c) => c.institution === 'SMK Satu' && c.provinceCode === '31').length);
    expect(filtered.rows.every((r) => r.institution === 'SMK Satu' && r.provinceCode === '31')).toBe(true);

    const someone = budi.rows[0];
    await call(core, 'candidates/setActive', { candidateId: someone.id, active: false }, token);
    const inactive = await call(core, 'candidates/list', { active: false }, token);
    expect(inactive.rows.map((r) => r.id)).toEqual([someone.id]);
    expect(inactive.total).toBe(1);
    expect((await call(core, 'candidates/list', { search: 'budi', active: true, limit: 200 }, token)).total).toBe(65);
    expect((await failure(core, 'candidates/list', { cursor: 'not-a-cursor' }, token)).code).toBe('BAD_ARGS');
  });

  it('are found by the start of a later word of the name when asked (anyWord), in name order and paged, never by the middle of a word', async () => {
    const core = await registryCore();
    const { token, principal, lspId } = await adminOf(core);
    const names = ['Kirana Maharesi', 'Ratna Kirana', 'Siti Kiranawati', 'Akirana Putra', 'Budi Sen%a Jaya', ...Array.from({ length: 12 }, (_, i) => `Nur Kirana ${String(i).padStart(2, '0')}`)];
    upsertCandidates(core.db, principal, lspId, names.map((name, i) => candidateInput(500 + i, { name })), NOW);
    const found = async (search: string, anyWord: boolean) => (await call(core, 'candidates/list', { search, anyWord, limit: 100 }, token)).rows.map((r) => r.name);
    // The start of the name alone, as before.
    expect(await found('kirana', false)).toEqual(['Kirana Maharesi']);
    const any = await found('kirana', true);
    expect(any).toEqual(['Kirana Maharesi', ...names.slice(5), 'Ratna Kirana', 'Siti Kiranawati']);
    expect(any).not.toContain('Akirana Putra');
    expect(await found('maharesi', true)).toEqual(['Kirana Maharesi']);
    // A % or _ typed is a character, not a wildcard.
    expect(await found('sen%a', true)).toEqual(['Budi Sen%a Jaya']);
    expect(await found('s%a', true)).toEqual([]);
    expect(await found('ki_ana', true)).toEqual([]);
    // Paged: the same rows, in the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof call<'candidates/list'>>> = await call(core, 'candidates/list', { search: 'KIRANA', anyWord: true, limit: 4, cursor }, token);
      paged.push(...page.rows.map((r) => r.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(any);
  });

  it('offer the institutions the registry holds that start with what is typed, once each, in order, for the exact filter', async () => {
    const core = await registryCore();
    const { token, principal, lspId } = await adminOf(core);
    const names = ['SMK Negeri 2 Depok', 'smk negeri 10 depok', 'SMK Negeri 1 Depok', 'SMA Negeri 1', 'Politeknik Negeri Jakarta', 'SMK Negeri 1 Depok'];
    upsertCandidates(core.db, principal, lspId, names.map((institution, i) => candidateInput(300 + i, { institution })), NOW);
    const suggest = async (prefix: string) => (await call(core, 'candidates/institutions', { prefix }, token)).institutions;
    // Any case, one spelling of each name however many candidates share it, in the index's order.
    expect(await suggest('smk n')).toEqual(['SMK Negeri 1 Depok', 'smk negeri 10 depok', 'SMK Negeri 2 Depok']);
    expect(await suggest('  SMK Negeri 1 ')).toEqual(['SMK Negeri 1 Depok', 'smk negeri 10 depok']);
    expect(await suggest('SMK Negeri 1 Depok')).toEqual(['SMK Negeri 1 Depok']);
    expect(await suggest('Universitas Terbuka')).toEqual([]);
    // What is offered is what the filter matches.
    const filtered = await call(core, 'candidates/list', { institution: (await suggest('SMK Negeri 1 D'))[0] }, token);
    expect(filtered.rows.map((r) => r.institution)).toEqual(['SMK Negeri 1 Depok', 'SMK Negeri 1 Depok']);
    // At most INSTITUTION_SUGGESTIONS, from the start of the order.
    upsertCandidates(core.db, principal, lspId, Array.from({ length: 20 }, (_, i) => candidateInput(400 + i, { institution: `Akademi ${String(i).padStart(2, '0')}` })), NOW);
    expect(await suggest('Akademi')).toEqual(Array.from({ length: INSTITUTION_SUGGESTIONS }, (_, i) => `Akademi ${String(i).padStart(2, '0')}`));
    expect((await suggest('')).length).toBe(INSTITUTION_SUGGESTIONS);
  });

  it('are the LSP admin\'s only: the proctor and an assessor are refused reads and writes', async () => {
    const core = await registryCore();
    for (const who of ['proctor', 'assessor1'] as const) {
      const token = await signInAs(core, who);
      for (const [method, args] of [
        ['candidates/list', {}],
        ['candidates/create', { candidate: candidateInput(1) }],
        ['schemes/list', {}],
        ['assessors/get', { assessorId: 'x' }],
        ['tuks/create', { tuk: { code: 'T', name: 'T', type: 'mandiri', address: null, capacity: null, contactName: null, contactPhone: null } }],
        ['registry/setSettings', { settings: { expirySoonDays: 30, mandiriVerificationMonths: 6 } }],
      ] as const) {
        const error = await failure(core, method, args, token);
        expect(error.code, `${who} ${method}`).toBe('FORBIDDEN');
      }
    }
    expect((await failure(core, 'candidates/list', {}, null)).code).toBe('UNAUTHENTICATED');
  });
});
