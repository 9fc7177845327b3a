import { describe, expect, it } from 'vitest';
import { call, failure, signInAs, tempCore } from '../../support/core';

const ADMIN = { displayName: 'Siti Rahma', username: 'siti', password: 'Kuat-sandi-2026' };

function profileAudits(core: Awaited<ReturnType<typeof tempCore>>): { details: string }[] {
  return core.db.prepare("SELECT details FROM audit_log WHERE action = 'setup.lspProfile' ORDER BY seq").all() as { details: string }[];
}

describe("the LSP's own details", () => {
  it('corrects a name and licence number typed wrong at set-up and adds the address, audited before and after', async () => {
    const core = await tempCore({ demoIfEmpty: false });
    const { token } = await call(core, 'setup/create', { kind: 'lsp', lsp: { name: 'LSP Teknolgi Digital', code: 'LSP-TD', licenceNo: 'BNSP-LSP-132-ID' }, admin: ADMIN, language: 'id' });
    expect(await call(core, 'lsp/profile', {}, token)).toEqual({ code: 'LSP-TD', name: 'LSP Teknolgi Digital', licenceNo: 'BNSP-LSP-132-ID', address: null });

    const saved = await call(core, 'lsp/setProfile', { profile: { name: '  LSP  Teknologi Digital ', licenceNo: 'BNSP-LSP-123-ID', address: 'Jl. Merdeka No. 1, Bandung' } }, token);
    expect(saved).toEqual({ code: 'LSP-TD', name: 'LSP Teknologi Digital', licenceNo: 'BNSP-LSP-123-ID', address: 'Jl. Merdeka No. 1, Bandung' });
    // What the home and every document read from now on.
    expect((await call(core, 'lsp/overview', {}, token)).lsp.name).toBe('LSP Teknologi Digital');
    expect(core.db.prepare('SELECT name, license_no AS licenceNo, address FROM lsp').get()).toEqual({ name: 'LSP Teknologi Digital', licenceNo: 'BNSP-LSP-123-ID', address: 'Jl. Merdeka No. 1, Bandung' });
    const audits = profileAudits(core);
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0].details)).toEqual({
      before: { name: 'LSP Teknolgi Digital', licenceNo: 'BNSP-LSP-132-ID', address: null },
      after: { name: 'LSP Teknologi Digital', licenceNo: 'BNSP-LSP-123-ID', address: 'Jl. Merdeka No. 1, Bandung' },
    });

    // The same details again change nothing and write no entry; one field names only itself.
    await call(core, 'lsp/setProfile', { profile: { name: 'LSP Teknologi Digital', licenceNo: 'BNSP-LSP-123-ID', address: 'Jl. Merdeka No. 1, Bandung' } }, token);
    expect(profileAudits(core)).toHaveLength(1);
    await call(core, 'lsp/setProfile', { profile: { name: 'LSP Teknologi Digital', licenceNo: 'BNSP-LSP-123-ID', address: '' } }, token);
    expect(JSON.parse(profileAudits(core)[1].details)).toEqual({ before: { address: 'Jl. Merdeka No. 1, Bandung' }, after: { address: null } });
  });

  it('refuses an empty name or licence number and a name too long, field by field, changing nothing', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const before = await call(core, 'lsp/profile', {}, admin);
    const refused = await failure(core, 'lsp/setProfile', { profile: { name: ' ', licenceNo: '', address: '' } }, admin);
    expect(refused.code).toBe('REGISTRY_INVALID');
    expect(refused.fields).toEqual([
      { field: 'name', reason: 'required' },
      { field: 'licenceNo', reason: 'required' },
    ]);
    expect((await failure(core, 'lsp/setProfile', { profile: { name: 'L'.repeat(201), licenceNo: 'X', address: '' } }, admin)).fields).toEqual([{ field: 'name', reason: 'too_long' }]);
    expect(await call(core, 'lsp/profile', {}, admin)).toEqual(before);
    expect(profileAudits(core)).toHaveLength(0);
  });

  it("is the LSP office admin's: a proctor is refused, and so is a TUK station's admin, whose copy comes with each bundle", async () => {
    const core = await tempCore();
    const proctor = await signInAs(core, 'proctor');
    expect((await failure(core, 'lsp/profile', {}, proctor)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'lsp/setProfile', { profile: { name: 'X', licenceNo: 'Y', address: '' } }, proctor)).code).toBe('FORBIDDEN');

    const station = await tempCore({ demoIfEmpty: false });
    const { token } = await call(station, 'setup/create', { kind: 'tuk', tuk: { name: 'TUK SMK 1', type: 'sewaktu' }, admin: ADMIN, language: 'id' });
    expect((await failure(station, 'lsp/profile', {}, token)).code).toBe('FORBIDDEN');
    expect((await failure(station, 'lsp/setProfile', { profile: { name: 'X', licenceNo: 'Y', address: '' } }, token)).code).toBe('FORBIDDEN');
  });
});
