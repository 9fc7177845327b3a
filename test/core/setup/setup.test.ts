import { describe, expect, it } from 'vitest';
import { call, failure, tempCore } from '../../support/core';
import { getSetting } from '../../../electron/core/db/queries/settings';

const ADMIN = { displayName: 'Siti Rahma', username: 'siti', password: 'Kuat-sandi-2026' };
const LSP = { name: 'LSP Teknologi Digital', code: 'LSP-TD', licenceNo: 'BNSP-LSP-123-ID' };

function audits(core: Awaited<ReturnType<typeof tempCore>>, action: string): number {
  return core.db.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;
}

describe('first-run set-up', () => {
  it('on an empty installation creates the LSP and its first admin, signed in and holding the keys', async () => {
    const core = await tempCore({ demoIfEmpty: false });
    expect(await call(core, 'setup/status', {})).toEqual({ needed: true, kind: null });
    const signedIn = await call(core, 'setup/create', { kind: 'lsp', lsp: LSP, admin: ADMIN, language: 'id' });
    expect(signedIn.principal).toMatchObject({ role: 'lsp_admin', username: 'siti', displayName: 'Siti Rahma' });
    expect(signedIn.principal.lspId).not.toBeNull();
    expect(await call(core, 'tukStation/info', {}, signedIn.token)).toBeNull();
    expect(signedIn.mustChangePassword).toBeUndefined();
    expect(core.db.prepare('SELECT code, name, license_no FROM lsp').get()).toEqual({ code: 'LSP-TD', name: LSP.name, license_no: LSP.licenceNo });
    expect(await call(core, 'keys/status', {}, signedIn.token)).toMatchObject({ unlocked: true });
    expect(core.context.vault.holds(signedIn.principal.accountId)).toBe(true);
    expect(await call(core, 'setup/status', {})).toEqual({ needed: false, kind: 'lsp' });
    expect(getSetting(core.db, 'installation.language')).toBe('id');
    expect(audits(core, 'setup.create')).toBe(1);
    // The new admin's password works on the ordinary sign-in screen too.
    await call(core, 'auth/signIn', { username: 'siti', password: ADMIN.password });
  });

  it('sets up a TUK station: its name and type, an admin without an LSP until the first session bundle', async () => {
    const core = await tempCore({ demoIfEmpty: false });
    const signedIn = await call(core, 'setup/create', { kind: 'tuk', tuk: { name: 'TUK SMK 1', type: 'sewaktu', timeZone: 'WITA' }, admin: ADMIN, language: 'en' });
    expect(signedIn.principal).toMatchObject({ role: 'lsp_admin', lspId: null });
    expect(core.db.prepare('SELECT count(*) FROM lsp').pluck().get()).toBe(0);
    expect(getSetting(core.db, 'tuk.type')).toBe('sewaktu');
    expect(await call(core, 'setup/status', {})).toEqual({ needed: false, kind: 'tuk' });
    // The language chosen at set-up is what computers that chose none show.
    expect((await call(core, 'app/info', {})).language).toBe('en');
    // Its admin creates the station's proctors, who belong to no LSP either.
    const proctor = await call(core, 'accounts/create', { role: 'proctor', username: 'proktor2', displayName: 'P', password: 'Sementara-2026' }, signedIn.token);
    expect(core.db.prepare('SELECT lsp_id FROM account WHERE id = ?').pluck().get(proctor.id)).toBeNull();
    // Its key recovery sheet names the station, not the admin who made the copy.
    const backup = await call(core, 'keys/backup', {}, signedIn.token);
    expect(backup.recoverySheet.split('\n').find((l) => l.startsWith('Instalasi / Installation'))).toMatch(/: TUK SMK 1 \(/);
    // Its admin's screens name the station by it; its proctors are not told.
    expect(await call(core, 'tukStation/info', {}, signedIn.token)).toEqual({ name: 'TUK SMK 1', type: 'sewaktu', timeZone: 'WITA', servesTuk: null });
    const proctorIn = await call(core, 'auth/signIn', { username: 'proktor2', password: 'Sementara-2026' });
    expect((await failure(core, 'tukStation/info', {}, proctorIn.token)).code).toBe('FORBIDDEN');
  });

  it('is refused once set up, and on an installation that has data', async () => {
    const core = await tempCore({ demoIfEmpty: false });
    await call(core, 'setup/create', { kind: 'lsp', lsp: LSP, admin: ADMIN, language: 'id' });
    const again = await failure(core, 'setup/create', { kind: 'lsp', lsp: { ...LSP, code: 'X' }, admin: { ...ADMIN, username: 'other' }, language: 'id' });
    expect(again.code).toBe('SETUP_DONE');
    expect(core.db.prepare('SELECT count(*) FROM account').pluck().get()).toBe(1);

    const demo = await tempCore();
    expect(await call(demo, 'setup/status', {})).toMatchObject({ needed: false });
    expect((await failure(demo, 'setup/create', { kind: 'lsp', lsp: LSP, admin: ADMIN, language: 'id' })).code).toBe('SETUP_DONE');
  });

  it('stores an LSP code typed in lower case in capitals, and refuses one with spaces or other signs, changing nothing', async () => {
    const refused = await tempCore({ demoIfEmpty: false });
    for (const code of ['lsp td 01', 'LSP_TD', 'LSP/TD', '-LSP', 'LSP..TD', 'LSP-']) {
      expect(await failure(refused, 'setup/create', { kind: 'lsp', lsp: { ...LSP, code }, admin: ADMIN, language: 'id' }), code).toEqual({
        code: 'LSP_CODE_INVALID',
        messageKey: 'errors.LSP_CODE_INVALID',
        params: { code },
      });
    }
    expect(refused.db.prepare('SELECT count(*) FROM lsp').pluck().get()).toBe(0);
    expect(await call(refused, 'setup/status', {})).toMatchObject({ needed: true });

    const core = await tempCore({ demoIfEmpty: false });
    await call(core, 'setup/create', { kind: 'lsp', lsp: { ...LSP, code: ' lsp-td.01 ' }, admin: ADMIN, language: 'id' });
    expect(core.db.prepare('SELECT code FROM lsp').pluck().all()).toEqual(['LSP-TD.01']);
  });

  it('refuses a weak password and a missing LSP, changing nothing', async () => {
    const core = await tempCore({ demoIfEmpty: false });
    for (const password of ['short1', 'alllettersonly', 'siti-12345678']) {
      const e = await failure(core, 'setup/create', { kind: 'lsp', lsp: LSP, admin: { ...ADMIN, password }, language: 'id' });
      expect(e).toMatchObject({ code: 'PASSWORD_WEAK', params: { min: 10 } });
    }
    expect((await failure(core, 'setup/create', { kind: 'lsp', admin: ADMIN, language: 'id' })).code).toBe('BAD_ARGS');
    expect(core.db.prepare('SELECT count(*) FROM account').pluck().get()).toBe(0);
    expect(await call(core, 'setup/status', {})).toMatchObject({ needed: true });
  });

  it('takes an LSP name as long as the LSP profile takes (200 characters), where it once stopped at a person\'s 120', async () => {
    const core = await tempCore({ demoIfEmpty: false });
    const tooLong = await failure(core, 'setup/create', { kind: 'lsp', lsp: { ...LSP, name: 'L'.repeat(201) }, admin: ADMIN, language: 'id' });
    expect(tooLong.code).toBe('BAD_ARGS');
    const long = `Lembaga Sertifikasi Profesi ${'Teknologi Informasi '.repeat(8)}`.trim().slice(0, 200);
    expect(long.length).toBeGreaterThan(120);
    const signedIn = await call(core, 'setup/create', { kind: 'lsp', lsp: { ...LSP, name: long }, admin: ADMIN, language: 'id' });
    // The profile page saves the same name back unchanged: one bound for both.
    expect((await call(core, 'lsp/profile', {}, signedIn.token)).name).toBe(long);
    await call(core, 'lsp/setProfile', { profile: { name: long, licenceNo: LSP.licenceNo, address: '' } }, signedIn.token);
  });
});
