import { describe, expect, it } from 'vitest';
import { recoverAdmin } from '../../../electron/core/keys/recover-admin';
import { call, failure, signInAs, staff, tempCore } from '../../support/core';
import { lspCore } from '../../support/bundles';

const NEW_PASSWORD = 'Kantor#Baru-2026';

/** The office after a restart without OS protection, as the CLI opens it: the keys locked, no one signed in. */
async function reopened(dataDir: string) {
  const core = await tempCore({ dataDir, demoIfEmpty: false });
  expect(core.context.vault.unlocked).toBe(false);
  return core;
}

describe('the only admin forgot her password (ruang-uji keys recover-admin)', () => {
  it('the key backup and its passphrase set a new password, and the keys open with it after every restart', async () => {
    const lsp = await lspCore();
    const backup = await call(lsp, 'keys/backup', {}, await signInAs(lsp, 'admin'));
    const fingerprint = lsp.db.prepare('SELECT fingerprint FROM installation_key').pluck().get();
    const dataDir = lsp.context.dataDir;
    lsp.close();

    const core = await reopened(dataDir);
    // Five wrong passwords locked her out as well.
    for (let i = 0; i < 5; i++) await failure(core, 'auth/signIn', { username: staff.admin.username, password: 'bukan-sandinya-1' });
    const done = await recoverAdmin(core.context, { username: staff.admin.username, file: backup.filePath, passphrase: backup.passphrase, password: NEW_PASSWORD });
    expect(done.fingerprint).toBe(fingerprint);
    expect((await failure(core, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password })).code).toBe('BAD_CREDENTIALS');
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'account.recovered'").pluck().get()).toBe(1);
    core.close();

    const later = await reopened(dataDir);
    const token = (await call(later, 'auth/signIn', { username: staff.admin.username, password: NEW_PASSWORD })).token;
    const keys = await call(later, 'keys/status', {}, token);
    expect([keys.unlocked, keys.fingerprint]).toEqual([true, fingerprint]);
    // She chose this password herself: no change asked for, and the exports that need the keys work.
    expect((await call(later, 'auth/whoami', {}, token)).username).toBe(staff.admin.username);
    await call(later, 'keys/backup', {}, token);
  });

  it("refuses another installation's key backup, a wrong passphrase, a weak password and a non key holder, changing nothing", async () => {
    const lsp = await lspCore();
    const other = await lspCore();
    const theirs = await call(other, 'keys/backup', {}, await signInAs(other, 'admin'));
    const mine = await call(lsp, 'keys/backup', {}, await signInAs(lsp, 'admin'));
    const hash = () => lsp.db.prepare('SELECT password_hash FROM account WHERE username = ?').pluck().get(staff.admin.username);
    const before = hash();
    const attempt = (args: Partial<Parameters<typeof recoverAdmin>[1]>) =>
      recoverAdmin(lsp.context, { username: staff.admin.username, file: mine.filePath, passphrase: mine.passphrase, password: NEW_PASSWORD, ...args }).catch((e: { code: string }) => e.code);
    expect(await attempt({ file: theirs.filePath, passphrase: theirs.passphrase })).toBe('KEY_BACKUP_MISMATCH');
    expect(await attempt({ passphrase: 'bukan-frasa-yang-benar' })).toBe('KEY_BACKUP_WRONG_PASSPHRASE');
    expect(await attempt({ password: 'pendek1' })).toBe('PASSWORD_WEAK');
    expect(await attempt({ username: staff.assessor1.username })).toBe('RECOVERY_NOT_KEY_HOLDER');
    expect(await attempt({ username: 'tidak-ada' })).toBe('RECOVERY_NOT_KEY_HOLDER');
    expect(hash()).toBe(before);
  });
});
