import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { asEnv, auditActor, runCli, setInstallationLanguage } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { call, staff, tempDir } from '../support/core';

describe('ruang-uji keys', () => {
  it('restores a key backup through keys/restore as the signed-in admin, audited under them; show needs no one', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    // The demo has no language of its own: the default, Indonesian.
    const shown = runCli(['keys', 'show', '--data', dir]);
    const [, fingerprint = '', recipient, installation] = /^sidik jari: ([\d ]+)\nkunci publik age: (age1\S+)\ninstalasi: (\S+)\n$/.exec(shown.stdout) ?? [];
    expect(fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    const missing = path.join(dir, 'tidak-ada.age');
    expect(runCli(['keys', 'restore', missing, '--passphrase-file', missing, '--data', dir]).stderr).toBe(`ruang-uji keys: berkas tidak ada: ${missing}\n`);
    setInstallationLanguage(dir, 'en');
    expect(runCli(['keys', 'show', '--data', dir]).stdout).toBe(`fingerprint: ${fingerprint}\nage public key: ${recipient}\ninstallation: ${installation}\n`);

    // The key backup as the LSP home makes it.
    const app = await createCore({ dataDir: dir, log: () => {} });
    const { token } = await call(app, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password });
    const made = await call(app, 'keys/backup', {}, token);
    app.close();
    const passFile = path.join(tempDir(), 'frasa.txt');
    fs.writeFileSync(passFile, made.passphrase + '\n');

    const args = ['keys', 'restore', made.filePath, '--passphrase-file', passFile, '--data', dir];
    expect(runCli(args).code).toBe(2);
    // A refusal of the core is prefixed with the command, as every command's (it was "CODE: …" alone).
    const wrongPass = path.join(tempDir(), 'salah.txt');
    fs.writeFileSync(wrongPass, 'bukan-frasa-ini\n');
    const refused = runCli(['keys', 'restore', made.filePath, '--passphrase-file', wrongPass, '--data', dir, '--as', staff.admin.username], asEnv(staff.admin.password));
    expect([refused.code, refused.stderr.split(':').slice(0, 2)]).toEqual([1, ['ruang-uji keys', ' KEY_BACKUP_WRONG_PASSPHRASE']]);
    const restored = runCli([...args, '--as', staff.admin.username], asEnv(staff.admin.password));
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toBe(`keys restored: fingerprint ${fingerprint} (replaced ${fingerprint})\n`);
    expect(auditActor(dir, 'keys.restore')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });
    expect(fs.readdirSync(path.join(dir, 'transfers', 'uploads'))).toEqual([]);
  }, 90_000);

  it('backs the keys up from the command line too: the file where asked, the passphrase and the recovery sheet printed, audited under the admin', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const out = path.join(tempDir(), 'kunci-kantor.age');
    const made = runCli(['keys', 'backup', '--out', out, '--data', dir, '--as', staff.admin.username], asEnv(staff.admin.password));
    expect(made.code, made.stderr).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(made.stdout).toContain('RUANG UJI — LEMBAR PEMULIHAN KUNCI / KEY RECOVERY SHEET');
    const passphrase = /Frasa sandi \/ Passphrase : (\S+)/.exec(made.stdout)?.[1] ?? '';
    expect(passphrase).toMatch(/^([a-z2-9]{4}-){5}[a-z2-9]{4}$/);
    expect(made.stdout).toContain(out);
    // The sheet names the file as it is kept (--out), in each command it gives, never the name the app would have chosen.
    expect(made.stdout).toContain('Berkas / File            : kunci-kantor.age');
    expect(made.stdout).toContain('ruang-uji keys restore kunci-kantor.age');
    expect(made.stdout).not.toMatch(/kunci-[0-9a-f]{8}-\d{8}/);
    expect(auditActor(dir, 'keys.backup')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });
    // Never over an existing file.
    const again = runCli(['keys', 'backup', '--out', out, '--data', dir, '--as', staff.admin.username], asEnv(staff.admin.password));
    expect(again.code).toBe(1);
  }, 90_000);
});
