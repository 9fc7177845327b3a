import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asEnv, runCli } from '../support/cli';
import { staff, tempCore, tempDir } from '../support/core';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);
const proctorEnv = asEnv(staff.proctor.password);

/**
 * A command run with --json that fails prints one object on stdout, one line, whatever failed (the core,
 * a flag, a file) and in any language: { ok: false, error: { code, messageKey, params, message } }, the
 * message in English; the person's sentence goes to stderr.
 */
function failure(run: ReturnType<typeof runCli>, exitCode: number, code: string) {
  expect(run.code, run.stderr).toBe(exitCode);
  expect(run.stdout.endsWith('\n') && run.stdout.indexOf('\n') === run.stdout.length - 1, run.stdout).toBe(true);
  const body = JSON.parse(run.stdout) as { ok: boolean; error: { code: string; messageKey: string; params: Record<string, unknown>; message: string } };
  expect(Object.keys(body)).toEqual(['ok', 'error']);
  expect(body.ok).toBe(false);
  expect(body.error).toMatchObject({ code, messageKey: expect.stringMatching(/^(errors|cli)\./), params: expect.any(Object), message: expect.any(String) });
  expect(run.stderr).not.toBe('');
  return body.error;
}

/** A demo folder, the core closed again. */
async function demoFolder(): Promise<string> {
  const core = await tempCore();
  core.close();
  return core.dataDir;
}

describe('--json failures', () => {

  it("prints the core's refusal in the one shape, the English message beside the installation's Indonesian on stderr", async () => {
    const dataDir = await demoFolder();
    const accounts = failure(runCli(['accounts', 'list', '--json', '--data', dataDir, '--as', staff.proctor.username], proctorEnv), 1, 'FORBIDDEN');
    expect(accounts).toMatchObject({ messageKey: 'errors.FORBIDDEN', message: expect.stringMatching(/^Your role may not do this\./) });
    expect(runCli(['accounts', 'list', '--json', '--data', dataDir, '--as', staff.proctor.username], proctorEnv).stderr).toMatch(/^ruang-uji accounts: FORBIDDEN: Peran Anda/);
    failure(runCli(['sessions', 'list', '--json', '--data', dataDir, '--as', staff.proctor.username], proctorEnv), 1, 'FORBIDDEN');
    failure(runCli(['pleno', 'list', '--json', '--data', dataDir, '--as', staff.proctor.username], proctorEnv), 1, 'FORBIDDEN');
    failure(runCli(['appeals', 'list', '--json', '--data', dataDir, '--as', staff.proctor.username], proctorEnv), 1, 'FORBIDDEN');
    failure(runCli(['audit', 'list', '--json', '--data', dataDir, '--as', staff.proctor.username], proctorEnv), 1, 'FORBIDDEN');
    failure(runCli(['certificates', 'register', '--out', path.join(tempDir(), 'r.xlsx'), '--json', '--data', dataDir, '--as', staff.proctor.username], proctorEnv), 1, 'FORBIDDEN');
    // A wrong password is the core's refusal too, at the sign-in.
    failure(runCli(['pleno', 'list', '--json', '--data', dataDir, ...asAdmin], asEnv('not-the-password')), 1, 'BAD_CREDENTIALS');
  });

  it("prints the command line's own refusals by their catalogue key: a code no session has, a missing or existing file, a folder without a database", async () => {
    const dataDir = await demoFolder();
    const session = failure(runCli(['sessions', 'cancel', '--session', 'JDW-19990101-001', '--reason', 'tidak ada', '--json', '--data', dataDir, ...asAdmin], adminEnv), 1, 'CLI_SESSIONS_NOT_FOUND');
    expect(session).toEqual({
      code: 'CLI_SESSIONS_NOT_FOUND',
      messageKey: 'cli.sessions.notFound',
      params: { code: 'JDW-19990101-001' },
      message: 'no session has the code JDW-19990101-001; see the codes with ruang-uji sessions list',
    });
    const missing = path.join(tempDir(), 'tidak-ada.xlsx');
    expect(failure(runCli(['candidates', 'import', missing, '--json', '--data', dataDir, ...asAdmin], adminEnv), 1, 'CLI_NO_SUCH_FILE').params).toEqual({ file: missing });
    failure(runCli(['bank', 'import', missing, '--scheme', 'X', '--json', '--data', dataDir, ...asAdmin], adminEnv), 1, 'CLI_NO_SUCH_FILE');
    failure(runCli(['bundle', 'verify', missing, '--json', '--data', dataDir, ...asAdmin], adminEnv), 1, 'CLI_NO_SUCH_FILE');
    const existing = path.join(tempDir(), 'ada.xlsx');
    fs.writeFileSync(existing, 'x');
    failure(runCli(['certificates', 'register', '--out', existing, '--json', '--data', dataDir, ...asAdmin], adminEnv), 1, 'CLI_FILE_EXISTS');
    const empty = tempDir();
    failure(runCli(['audit', 'verify', '--json', '--data', empty]), 1, 'CLI_NO_DATABASE');
    failure(runCli(['accounts', 'list', '--json', '--data', empty, ...asAdmin], adminEnv), 1, 'CLI_NO_DATABASE');
  });

  it('prints a usage error in the same shape, exit code 2: a mistyped flag with its suggestion, a missing flag, a bad value, a mistyped command', async () => {
    const dataDir = await demoFolder();
    const typo = failure(runCli(['sessions', 'list', '--stauts', 'upcoming', '--json', '--data', dataDir, ...asAdmin], adminEnv), 2, 'CLI_TYPO_UNKNOWN_OPTION');
    expect(typo).toMatchObject({ messageKey: 'cli.typo.unknownOption', params: { option: '--stauts', suggestion: '--status' }, message: expect.stringMatching(/^unknown option: --stauts\. Did you mean --status\?/) });
    failure(runCli(['pleno', 'list', '--json', '--data', dataDir], adminEnv), 2, expect.stringMatching(/^CLI_/) as unknown as string);
    failure(runCli(['appeals', 'list', '--status', 'pending', '--json', '--data', dataDir, ...asAdmin], adminEnv), 2, expect.stringMatching(/^CLI_/) as unknown as string);
    failure(runCli(['audit', 'list', '--from', '2026-13-01', '--json', '--data', dataDir, ...asAdmin], adminEnv), 2, expect.stringMatching(/^CLI_/) as unknown as string);
    failure(runCli(['bundle', 'export', '--kind', 'parcel', '--json', '--data', dataDir, ...asAdmin], adminEnv), 2, expect.stringMatching(/^CLI_/) as unknown as string);
    failure(runCli(['certificates', 'issue', '--pleno', 'x', '--json', '--data', dataDir, ...asAdmin], adminEnv), 2, expect.stringMatching(/^CLI_/) as unknown as string);
    failure(runCli(['plenos', 'list', '--json', '--data', dataDir]), 2, 'CLI_TYPO_UNKNOWN_COMMAND');
  });
});
