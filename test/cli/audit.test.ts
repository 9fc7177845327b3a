import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/db/open';
import { runCli, setInstallationLanguage } from '../support/cli';
import { demo, tempDir } from '../support/core';

/** The demo's audit log: each candidate's FR.APL.01 saved and verified, FR.APL.02 saved and reviewed, then demo.created. */
const DEMO_ROWS = 4 * demo.people.candidates.length + 1;

describe('ruang-uji audit verify', () => {
  it('names a log whose end was cut off with the app stopped, and exits 1', () => {
    const dir = tempDir();
    runCli(['demo', '--data', dir]);
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
