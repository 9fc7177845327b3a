import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core';
import { asEnv, auditActor, runCli, setInstallationLanguage } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { staff, tempDir } from '../support/core';
import { foldersOnDisk } from '../support/on-disk';

const asProctor = ['--as', staff.proctor.username];
const proctorEnv = asEnv(staff.proctor.password);

const countSettings = (dir: string) => {
  const db = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM setting').pluck().get();
  } finally {
    db.close();
  }
};

// Backup folders and the data folders they are checked against: the core refuses one under /dev.
foldersOnDisk();

describe('ruang-uji backup', () => {
  it('takes, lists and restores a backup as a signed-in proctor; each is audited under them', async () => {
    const dir = tempDir();
    const usb = tempDir('ru-usb-');
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const taken = runCli(['backup', 'take', '--to', usb, '--data', dir, ...asProctor], proctorEnv);
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stdout).toMatch(/^backup written: .*ruang-uji-backup-.*\.sqlite \(\d+ bytes\)\n$/);
    expect(auditActor(dir, 'backup.taken')).toEqual({ username: staff.proctor.username, role: 'proctor' });
    const listed = runCli(['backup', 'list', usb]);
    const [name] = listed.stdout.trim().split('\t');
    expect(name).toMatch(/^ruang-uji-backup-.*\.sqlite$/);
    // When it was written, in the installation's language and the given zone: 17:21 UTC is past midnight in Jakarta.
    const file = path.join(usb, name);
    fs.utimesSync(file, new Date('2026-12-04T17:21:00Z'), new Date('2026-12-04T17:21:00Z'));
    const dated = runCli(['backup', 'list', usb, '--data', dir], { ...process.env, TZ: 'Asia/Jakarta' });
    expect(dated.stdout).toBe(`${name}\t${fs.statSync(file).size}\t5 Dec 2026, 00:21\n`);

    const settingsBefore = countSettings(dir);
    const db = new Database(path.join(dir, DB_FILE_NAME));
    db.prepare("INSERT INTO setting (key, value) VALUES ('after.backup', 'x')").run();
    db.close();
    expect(countSettings(dir)).toBe(Number(settingsBefore) + 1);

    const noReason = runCli(['backup', 'restore', path.join(usb, name), '--data', dir, ...asProctor], proctorEnv);
    expect([noReason.code, noReason.stderr]).toEqual([2, expect.stringContaining('--reason TEXT')]);
    const restored = runCli(['backup', 'restore', path.join(usb, name), '--data', dir, '--reason', 'uji pemulihan', ...asProctor], proctorEnv);
    expect(restored.code, restored.stderr).toBe(0);
    expect(countSettings(dir)).toBe(settingsBefore);
    expect(auditActor(dir, 'backup.restored')).toEqual({ username: staff.proctor.username, role: 'proctor' });
    const audit = runCli(['audit', 'verify', '--data', dir, '--json']);
    // The rollback is vouched for by a head signed at the restore (the proctor's sign-in opened the keys), and named.
    expect(JSON.parse(audit.stdout)).toMatchObject({ ok: true, findings: [{ kind: 'restored', severity: 'notice' }] });
  }, 120_000);

  it('configures the rolling backups as on the console, keeping what is not given', async () => {
    const dir = tempDir();
    const usb = tempDir('ru-usb-');
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const configured = runCli(['backup', 'configure', usb, '--keep', '3', '--data', dir, ...asProctor], proctorEnv);
    expect(configured.code, configured.stderr).toBe(0);
    expect(configured.stdout).toBe(`rolling backups: every 5 min when something changed since the last copy, newest 3 kept, in ${usb}\n`);
    expect(auditActor(dir, 'backup.configured')).toEqual({ username: staff.proctor.username, role: 'proctor' });
    const inside = runCli(['backup', 'configure', path.join(dir, 'cadangan'), '--data', dir, ...asProctor], proctorEnv);
    expect([inside.code, inside.stderr.split(': ')[1]]).toEqual([1, 'BACKUP_FOLDER_INVALID']);
    expect(runCli(['backup', 'configure', usb, '--every', 'often', '--data', dir, ...asProctor], proctorEnv).code).toBe(2);
    // Out of the core's bounds: said in words, where the core's argument check answered "BAD_ARGS: Invalid input: everyMinutes (too_big)".
    expect(runCli(['backup', 'configure', usb, '--every', '500', '--data', dir, ...asProctor], proctorEnv)).toMatchObject({ code: 2, stderr: 'ruang-uji backup: --every must be a whole number from 1 to 240\n' });
    setInstallationLanguage(dir, 'id');
    const keep = runCli(['backup', 'configure', usb, '--keep', '5000', '--data', dir, ...asProctor], proctorEnv);
    expect(keep.stderr).toBe('ruang-uji backup: --keep harus bilangan bulat dari 1 sampai 1000\n');
  }, 90_000);

  it("proposes the office's interval and count, as the admin's Cadangan data screen does, until they are set", async () => {
    const dir = tempDir();
    const usb = tempDir('ru-usb-');
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const asAdmin = ['--as', staff.admin.username];
    const adminEnv = asEnv(staff.admin.password);
    // The demo's admin is the LSP office's: an hour's interval and two days of copies, not the exam day's 5 minutes and 12.
    const first = runCli(['backup', 'configure', usb, '--data', dir, ...asAdmin], adminEnv);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(`rolling backups: every 60 min when something changed since the last copy, newest 48 kept, in ${usb}\n`);
    // Once set, what is not given stays as it is.
    const again = runCli(['backup', 'configure', usb, '--keep', '3', '--data', dir, ...asAdmin], adminEnv);
    expect(again.stdout).toBe(`rolling backups: every 60 min when something changed since the last copy, newest 3 kept, in ${usb}\n`);
  }, 90_000);

  it('refuses a file that is not a backup, and a missing database, and leaves the data as it was', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const bogus = path.join(tempDir(), 'not-a-backup.sqlite');
    fs.writeFileSync(bogus, 'hello, this is not SQLite');
    const settingsBefore = countSettings(dir);
    const result = runCli(['backup', 'restore', bogus, '--data', dir, '--reason', 'coba berkas rusak', ...asProctor], proctorEnv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('damaged or is not a Ruang Uji database');
    expect(auditActor(dir, 'backup.restored')).toBeUndefined();
    const empty = tempDir();
    const missing = runCli(['backup', 'take', '--to', tempDir('ru-usb-'), '--data', empty, ...asProctor], proctorEnv);
    // No database, so no installation language: the app's default, Indonesian.
    expect([missing.code, missing.stderr.split(': folder')[0]]).toEqual([1, `ruang-uji backup: tidak ada basis data di ${path.join(empty, DB_FILE_NAME)}`]);
    expect(fs.existsSync(path.join(empty, DB_FILE_NAME))).toBe(false);
    expect(runCli(['backup', 'frobnicate']).code).toBe(2);
    // Not byte for byte: the sign-in and sign-out are audit rows of their own.
    expect(countSettings(dir)).toBe(settingsBefore);
  }, 90_000);
});
