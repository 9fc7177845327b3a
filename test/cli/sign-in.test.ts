import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { auditActor, runCli } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { call, demo, staff, tempDir } from '../support/core';

describe('the CLI as a signed-in user', () => {
  it('needs --as, refuses a wrong password and a user who does not hold the locked keys, and unlocks them for a holder', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    // The admin signs in once in the app: the data key is wrapped under their password, the clear file goes.
    const app = await createCore({ dataDir: dir, log: () => {} });
    await call(app, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password });
    app.close();
    expect(fs.readdirSync(path.join(dir, 'keys'))).toEqual([]);

    const out = path.join(dir, 's.uji');
    const exportArgs = ['bundle', 'export', '--data', dir, '--kind', 'session', '--session', demo.people.session.code, '--generate-passphrase', '--out', out];
    const env = { ...process.env, RUANG_UJI_PASSWORD: undefined };
    const anonymous = runCli(exportArgs, env);
    expect(anonymous.code).toBe(2);
    // The demo's language (Indonesian), the sign-in's usage after it in English.
    expect(anonymous.stderr).toContain('ruang-uji bundle: --as USERNAME wajib diisi\n');
    expect(anonymous.stderr).toContain('RUANG_UJI_PASSWORD');

    const wrong = runCli([...exportArgs, '--as', staff.admin.username], { ...env, RUANG_UJI_PASSWORD: 'wrong' });
    expect([wrong.code, wrong.stderr.split(':')[1]?.trim()]).toEqual([1, 'BAD_CREDENTIALS']);
    const notHeld = runCli([...exportArgs, '--as', staff.proctor.username], { ...env, RUANG_UJI_PASSWORD: staff.proctor.password });
    expect(notHeld.stderr).toContain('KEYS_NOT_HELD');
    expect(fs.existsSync(out)).toBe(false);

    const unlocked = runCli([...exportArgs, '--as', staff.admin.username], { ...env, RUANG_UJI_PASSWORD: staff.admin.password });
    expect(unlocked.code, unlocked.stderr).toBe(0);
    // The demo's language (the default, Indonesian).
    expect(unlocked.stdout).toContain('dibuka dan diperiksa ulang sepenuhnya');
    // The refused password is on record as on the sign-in screen, and the sign-out closes the CLI's session.
    expect(auditActor(dir, 'auth.failed')).toMatchObject({ username: null });
    expect(auditActor(dir, 'auth.signOut')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });
  }, 120_000);
});

describe('a command run on a data folder that holds no installation', () => {
  it('with no terminal and no RUANG_UJI_PASSWORD (a script), says what to set, in the installation language; exit code 2', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const env = { ...process.env, RUANG_UJI_PASSWORD: undefined };
    const r = runCli(['pleno', 'list', '--as', staff.admin.username, '--data', dir], env);
    expect([r.code, r.stderr]).toEqual([2, 'ruang-uji pleno: tidak ada terminal untuk menanyakan kata sandi: isi variabel lingkungan RUANG_UJI_PASSWORD (kata sandi tidak pernah ditulis di baris perintah)\n']);
    const setup = runCli(['setup', '--kind', 'tuk', '--tuk-name', 'TUK A', '--tuk-type', 'sewaktu', '--admin-name', 'Budi', '--admin-username', 'budi', '--language', 'en', '--data', tempDir()], env);
    expect([setup.code, setup.stderr]).toEqual([2, 'ruang-uji setup: no terminal to ask for the password: set the RUANG_UJI_PASSWORD environment variable (a password is never given on the command line)\n']);
  }, 120_000);

  it('says the folder is not set up, and how to set it up or restore an office into it, before any sign-in', () => {
    const empty = tempDir();
    const res = runCli(['backup', 'restore', path.join(empty, 'x.sqlite'), '--reason', 'PC rusak', '--data', empty, '--as', 'siti'], { ...process.env, RUANG_UJI_PASSWORD: 'Rahma#Kantor2026' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('ruang-uji setup');
    expect(res.stderr).toContain('ruang-uji bundle import BACKUP.uji --kind backup --data');
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});
