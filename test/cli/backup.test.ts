import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/db/open';
import { runCli } from '../support/cli';
import { tempDir } from '../support/core';

const countSettings = (dir: string) => {
  const db = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM setting').pluck().get();
  } finally {
    db.close();
  }
};

describe('ruang-uji backup', () => {
  it('takes, lists and restores a backup with the app stopped; the restore is audited', () => {
    const dir = tempDir();
    const usb = tempDir('ru-usb-');
    runCli(['demo', '--data', dir]);
    const taken = runCli(['backup', 'take', '--to', usb, '--data', dir]);
    expect(taken.code, taken.stderr).toBe(0);
    const listed = runCli(['backup', 'list', usb]);
    const [name] = listed.stdout.trim().split('\t');
    expect(name).toMatch(/^ruang-uji-backup-.*\.sqlite$/);

    const settingsBefore = countSettings(dir);
    const db = new Database(path.join(dir, DB_FILE_NAME));
    db.prepare("INSERT INTO setting (key, value) VALUES ('after.backup', 'x')").run();
    db.close();
    expect(countSettings(dir)).toBe(Number(settingsBefore) + 1);

    const restored = runCli(['backup', 'restore', path.join(usb, name), '--data', dir]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(countSettings(dir)).toBe(settingsBefore);
    const audit = runCli(['audit', 'verify', '--data', dir, '--json']);
    // The rollback is vouched for by a head signed at the restore (the demo folder's keys are open), and named.
    expect(JSON.parse(audit.stdout)).toMatchObject({ ok: true, findings: [{ kind: 'restored', severity: 'notice' }] });
  });

  it('refuses a file that is not a backup and leaves the database as it was', () => {
    const dir = tempDir();
    runCli(['demo', '--data', dir]);
    const bogus = path.join(tempDir(), 'not-a-backup.sqlite');
    fs.writeFileSync(bogus, 'hello, this is not SQLite');
    const before = fs.readFileSync(path.join(dir, DB_FILE_NAME));
    const result = runCli(['backup', 'restore', bogus, '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('damaged or is not a Ruang Uji database');
    expect(fs.readFileSync(path.join(dir, DB_FILE_NAME)).equals(before)).toBe(true);
    expect(runCli(['backup', 'frobnicate']).code).toBe(2);
  });
});
