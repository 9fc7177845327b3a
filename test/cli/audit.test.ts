import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/db/open';
import { asEnv, runCli, setInstallationLanguage } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { demo, staff, tempDir } from '../support/core';

/** The demo's audit log: each candidate's FR.APL.01 saved and verified, FR.APL.02 saved and reviewed, then demo.created. */
const DEMO_ROWS = 4 * demo.people.candidates.length + 1;

describe('ruang-uji audit verify', () => {
  it('names a log whose end was cut off with the app stopped, and exits 1', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    expect(runCli(['audit', 'verify', '--data', dir]).code).toBe(0);
    const db = new Database(path.join(dir, DB_FILE_NAME));
    db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;');
    db.close();
    const res = runCli(['audit', 'verify', '--data', dir]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe(
      `audit log NOT OK: 0 rows, signed head 1 covers row ${DEMO_ROWS} (start, ` +
        res.stdout.split('(start, ')[1].split(')')[0] +
        `)\n  broken: rows 1–${DEMO_ROWS} missing: the signed head covers row ${DEMO_ROWS} (the end of the log was removed)\n`,
    );
    expect(JSON.parse(runCli(['audit', 'verify', '--data', dir, '--json']).stdout).findings).toEqual([
      { kind: 'truncated', severity: 'broken', fromSeq: 1, toSeq: DEMO_ROWS, at: expect.any(String) },
    ]);
  });
});

describe('a command that starts the app on a log tampered with while it was stopped', () => {
  it('says on stderr what failed, in the installation\'s language, and still does its work', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const db = new Database(path.join(dir, DB_FILE_NAME));
    db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET details = '{"edited":true}' WHERE seq = ${DEMO_ROWS};`);
    db.close();
    const res = runCli(['audit', 'list', '--limit', '1', '--as', staff.admin.username, '--data', dir], asEnv(staff.admin.password));
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^1 audit log entry, newest first/);
    expect(res.stderr).toContain('WARNING: the audit log failed its check at start');
    expect(res.stderr).toContain(`  broken: row ${DEMO_ROWS}: content does not match its hash (edited)\n`);
    expect(res.stderr).toContain(`ruang-uji audit verify --data ${dir}`);
  }, 60_000);
});

describe('ruang-uji audit list', () => {
  it("lists the log newest first in the installation's words, by area, by person and up to a limit, and as JSON", async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const env = asEnv(staff.admin.password);
    const as = ['--as', staff.admin.username, '--data', dir];
    // The demo's set-up by the application, under the admin's own sign-in for this command.
    const system = runCli(['audit', 'list', '--area', 'system', ...as], env);
    expect(system.code, system.stderr).toBe(0);
    const lines = system.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${lines.length - 1} audit log entries, newest first`);
    expect(lines.at(-1)).toMatch(new RegExp(`^  ${DEMO_ROWS}  .+  The application \\(automatic\\): Created the demo data \\[demo.created\\]; Session: ${demo.people.session.code}$`));
    const mine = runCli(['audit', 'list', '--area', 'access', '--by', staff.admin.username, '--limit', '1', ...as], env);
    expect(mine.stdout).toMatch(new RegExp(`^1 audit log entry, newest first\\n  \\d+  .+  ${staff.admin.displayName} \\(${staff.admin.username}\\): Signed in \\[auth.signIn\\]; Account: ${staff.admin.displayName}\\n… older entries remain`));
    // An FR.APL application is named with its round, in the installation's words, as on the screen.
    const applications = runCli(['audit', 'list', '--area', 'scheduling', '--limit', '250', ...as], env).stdout.split('\n').filter((l) => l.includes('; APL application: '));
    expect(applications.length).toBeGreaterThan(0);
    expect(applications.filter((l) => !/ · application round 1$/.test(l))).toEqual([]);
    const json = JSON.parse(runCli(['audit', 'list', '--limit', '250', '--json', ...as], env).stdout);
    expect(json.more).toBe(false);
    expect(json.entries.map((e: { seq: number }) => e.seq)).toEqual([...json.entries.map((e: { seq: number }) => e.seq)].sort((a, b) => b - a));
    expect(json.entries.length).toBeGreaterThan(DEMO_ROWS);
    const wrong = runCli(['audit', 'list', '--area', 'everything', ...as], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--area must be one of access, registry/);
    expect(runCli(['audit', 'list', '--by', 'nobody', ...as], env).stderr).toContain('no staff account is named nobody');
    // Seven commands, each signing in (scrypt): as the other CLI tests that sign in several times, more than the default 30 s on a loaded machine.
  }, 90_000);
});
