import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/db/open';
import { dataDirFrom } from '../../electron/cli/options';
import { spawn } from 'node:child_process';
import { BIN, runCli, SERVING_AT, setInstallationLanguage, SHIPPED_BIN, spawnCli } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { demo, staff, tempDir } from '../support/core';

/** The demo's audit log: each candidate's FR.APL.01 saved and verified, FR.APL.02 saved and reviewed, then demo.created. */
const DEMO_ROWS = 4 * demo.people.candidates.length + 1;

describe('ruang-uji CLI', () => {
  it('runs from the shipped entry, electron/cli/bin.mjs through tsx (the other CLI tests spawn a bundle of the same source)', () => {
    const dir = tempDir();
    const result = runCli(['demo', '--data', dir], process.env, SHIPPED_BIN);
    expect([result.code, result.stdout]).toEqual([0, `Demo dibuat di ${dir}\n`]);
  });

  it('creates the demo in an empty folder once, and refuses a folder that has data', () => {
    const dir = tempDir();
    const first = runCli(['demo', '--data', dir]);
    // The demo chooses no language: its line, and the refusal below, in the app's default (Indonesian).
    expect([first.code, first.stdout]).toEqual([0, `Demo dibuat di ${dir}\n`]);
    const second = runCli(['demo', '--data', dir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(`ruang-uji demo: ${dir} sudah berisi basis data; demo hanya dibuat di folder kosong\n`);
  });

  it('verifies the audit chain against its signed head and names what it found', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const ok = runCli(['audit', 'verify', '--data', dir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^audit log OK: ${DEMO_ROWS} rows, signed head \\d+ covers row ${DEMO_ROWS} \\(start, `));

    const forged = DEMO_ROWS + 1;
    const db = new Database(path.join(dir, DB_FILE_NAME));
    db.exec(`DROP TRIGGER audit_log_no_update;
      INSERT INTO audit_log (seq, at, action, prev_hash, hash) VALUES (${forged}, '2026-01-01', 'forged', 'x', 'y');`);
    db.close();
    const broken = runCli(['audit', 'verify', '--data', dir]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`audit log NOT OK: ${forged} rows`);
    expect(broken.stdout).toContain(`  broken: row ${forged}: does not link to the row before it\n`);
    expect(broken.stdout).toContain(`  unanchored: row ${forged} not covered by a signed head`);
    const json = runCli(['audit', 'verify', '--data', dir, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      rows: forged,
      firstBroken: { seq: forged, reason: 'prev_mismatch' },
      head: { seq: DEMO_ROWS },
      findings: [
        { kind: 'prev_mismatch', severity: 'broken', fromSeq: forged, toSeq: forged },
        { kind: 'unsigned_tail', severity: 'unanchored', fromSeq: forged, toSeq: forged },
      ],
      remote: [],
      // A log not ok fails the command: its ok: false carries the error every --json failure does.
      error: { code: 'CLI_AUDIT_NOT_OK_JSON', messageKey: 'cli.audit.notOkJson', params: {} },
    });
  });

  it('explains a database from a newer version instead of crashing', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DB_FILE_NAME));
    db.pragma('user_version = 999');
    db.close();
    const res = runCli(['audit', 'verify', '--data', dir]);
    expect(res.code).toBe(1);
    // Its language cannot be read from it, so the app's default (Indonesian) explains it.
    expect(res.stderr).toMatch(/versi aplikasi yang lebih baru \(skema 999,/);
  });

  it('rejects unknown commands, options and ports with usage errors', () => {
    expect(runCli(['fly']).code).toBe(2);
    expect(runCli(['serve', '--colour']).code).toBe(2);
    const empty = tempDir();
    // A typo is named in the installation's language (Indonesian by default, --language first) with the closest
    // command or flag, where node's text told how to pass a positional starting with "-".
    expect(runCli(['candidate', 'import', 'x.xlsx', '--data', empty])).toMatchObject({ code: 2, stderr: 'ruang-uji: perintah tidak dikenal: candidate. Maksud Anda ruang-uji candidates? Semua perintah: ruang-uji --help\n' });
    expect(runCli(['candidates', 'import', 'x.xlsx', '--dryrun', '--data', empty])).toMatchObject({
      code: 2,
      stderr: 'ruang-uji candidates: opsi tidak dikenal: --dryrun. Maksud Anda --dry-run? Semua opsinya: ruang-uji candidates --help\n',
    });
    expect(runCli(['bank', 'import', 'x.txt', '--language', 'en', '--aprove', '--data', empty]).stderr).toBe('ruang-uji bank: unknown option: --aprove. Did you mean --approve? All its options: ruang-uji bank --help\n');
    expect(runCli(['keys', 'show', '--json', '--data', empty]).stderr).toBe('ruang-uji keys: opsi tidak dikenal: --json. Semua opsinya: ruang-uji keys --help\n');
    expect(runCli(['serve', '--port', 'eighty', '--data', empty])).toMatchObject({ code: 2, stderr: 'ruang-uji serve: --port harus nomor port dari 0 sampai 65535 (tertulis "eighty")\n' });
    // No --data: the default folder's language, here one with no installation (Indonesian).
    expect(runCli(['demo'], { ...process.env, XDG_CONFIG_HOME: empty }).stderr).toBe('ruang-uji demo: --data DIR wajib diisi\n');
  });

  it("says usage errors in the installation's language, node's own complaints among them, the usage text after them in English", async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const env = { ...process.env, RUANG_UJI_PASSWORD: staff.admin.password };
    const as = ['--data', dir, '--as', staff.admin.username];
    const missing = runCli(['certificates', 'issue', '--pleno', 'x', ...as], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ruang-uji certificates: --pleno dan --issued-on wajib diisi\nusage:\n {2}ruang-uji certificates issue /);
    expect(runCli(['audit', 'list', '--limit', '0', ...as], env).stderr).toBe('ruang-uji audit: --limit harus bilangan bulat dari 1 sampai 10000\n');
    expect(runCli(['backup', 'configure', dir, '--every', '0', ...as], env).stderr).toBe('ruang-uji backup: --every harus bilangan bulat dari 1 sampai 240\n');
    expect(runCli(['pleno', 'list', '--data', dir, '--as'], env)).toMatchObject({ code: 2, stderr: 'ruang-uji pleno: --as perlu diberi nilai\n' });
    expect(runCli(['pleno', 'list', '--json=yes', ...as], env)).toMatchObject({ code: 2, stderr: 'ruang-uji pleno: --json tidak menerima nilai\n' });
    expect(runCli(['pleno', 'list', '--data', dir], env).stderr).toMatch(/^ruang-uji pleno: --as USERNAME wajib diisi\nCommands that read or change data run as a signed-in user/);
    setInstallationLanguage(dir, 'en');
    expect(runCli(['audit', 'list', '--limit', '0', ...as], env).stderr).toBe('ruang-uji audit: --limit must be a whole number from 1 to 10000\n');
    expect(runCli(['bundle', 'export', '--kind', 'parcel', ...as], env).stderr).toBe('ruang-uji bundle: --kind must be one of session, results, backup\n');
  });

  it('says a text flag longer than the core takes by its flag and bound, exit 2, where the contract answered "BAD_ARGS: … (too_big)"', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const env = { ...process.env, RUANG_UJI_PASSWORD: staff.admin.password };
    const as = ['--data', dir, '--as', staff.admin.username];
    const long = (n: number) => 'x'.repeat(n);
    expect(runCli(['sessions', 'cancel', '--session', demo.people.session.code, '--reason', long(501), ...as], env)).toMatchObject({
      code: 2,
      stderr: 'ruang-uji sessions: --reason paling banyak 500 karakter (tertulis 501)\n',
    });
    const note = runCli(['certificates', 'surveil', '--certificate', 'X', '--held-on', '2026-01-02', '--method', 'interview', '--result', 'competent', '--note', long(2001), '--json', ...as], env);
    expect(note.code).toBe(2);
    expect(JSON.parse(note.stdout).error).toMatchObject({ code: 'CLI_USAGE_TOO_LONG', params: { flag: '--note', max: 2000, length: 2001 } });
    expect(runCli(['certificates', 'list', '--search', long(101), ...as], env).stderr).toBe('ruang-uji certificates: --search paling banyak 100 karakter (tertulis 101)\n');
    expect(runCli(['certificates', 'list', '--scheme', long(61), ...as], env).stderr).toBe('ruang-uji certificates: --scheme paling banyak 60 karakter (tertulis 61)\n');
    expect(runCli(['bundle', 'import', 'nope.uji', '--kind', 'session', '--repin', long(501), ...as], env).stderr).toBe('ruang-uji bundle: --repin paling banyak 500 karakter (tertulis 501)\n');
  });

  it('answers --help, -h and help COMMAND with that command usage on stdout and exit code 0, for every command', () => {
    const commands = ['start', 'serve', 'setup', 'demo', 'audit', 'bundle', 'keys', 'backup', 'candidates', 'assessors', 'schemes', 'bank', 'pleno', 'certificates', 'appeals', 'sessions', 'accounts'];
    const subcommands: string[] = [];
    for (const command of commands) {
      const help = runCli([command, '--help']);
      expect([command, help.code, help.stderr]).toEqual([command, 0, '']);
      expect(help.stdout).toMatch(new RegExp(`^usage:\\n  ruang-uji ${command} `));
      for (const m of help.stdout.matchAll(new RegExp(`^ {2}ruang-uji ${command} ([a-z][a-z-]*)`, 'gm'))) subcommands.push(`${command} ${m[1]}`);
    }
    // Every subcommand a command's usage has is in the top-level help ("a|b c|d" lines spelt out), which is where one is looked for first.
    const listed = new Set(
      [...runCli(['--help']).stdout.matchAll(/^ {2}ruang-uji (\S+) ([a-z][a-z|-]*)/gm)].flatMap(([, names, verbs]) => names.split('|').flatMap((n) => verbs.split('|').map((v) => `${n} ${v}`))),
    );
    expect(subcommands.filter((s) => !listed.has(s))).toEqual([]);
    // After a subcommand and other flags too: nothing runs, nothing is asked.
    const late = runCli(['bundle', 'export', '--kind', 'session', '-h']);
    expect([late.code, late.stdout]).toEqual([0, runCli(['help', 'bundle']).stdout]);
    expect(runCli(['help']).code).toBe(0);
    expect(runCli(['help', 'fly']).code).toBe(2);
    // The lists an install script needs are in the top-level help and their own.
    const top = runCli(['--help']).stdout;
    expect(top).toContain('  ruang-uji accounts list [--json] --as USER ');
    expect(top).toContain('  ruang-uji sessions list [--status STATUS] [--json] --as USER\n');
    expect(top).toContain('  ruang-uji audit list [--source INSTALLATION] [--area A]');
    expect(top).toContain('  ruang-uji audit verify [--data DIR] [--json] ');
    expect(runCli(['sessions', '--help']).stdout).toMatch(/^usage:\n {2}ruang-uji sessions list \[--status STATUS\] --as USERNAME \[--json\] \[--data DIR\]\n[\s\S]+\n {2}ruang-uji sessions cancel /);
    expect(runCli(['help', 'accounts']).stdout).toMatch(/^usage:\n {2}ruang-uji accounts list --as USERNAME \[--json\] \[--data DIR\]\n/);
  }, 120_000);

  it('names a mistyped command, subcommand or flag of the new lists with the closest one, in the installation language, and under --json', () => {
    const empty = tempDir();
    expect(runCli(['acounts', 'list', '--data', empty])).toMatchObject({ code: 2, stderr: 'ruang-uji: perintah tidak dikenal: acounts. Maksud Anda ruang-uji accounts? Semua perintah: ruang-uji --help\n' });
    expect(runCli(['session', 'list', '--data', empty]).stderr).toContain('Maksud Anda ruang-uji sessions?');
    // A subcommand it does not have: named with the closest, where the whole usage was printed without a word on what was wrong.
    expect(runCli(['sessions', 'lsit', '--data', empty])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'ruang-uji sessions: subperintah tidak dikenal: lsit. Maksud Anda ruang-uji sessions list? Semua opsinya: ruang-uji sessions --help\n',
    });
    expect(runCli(['accounts', 'lits', '--data', empty]).stderr).toBe('ruang-uji accounts: subperintah tidak dikenal: lits. Maksud Anda ruang-uji accounts list? Semua opsinya: ruang-uji accounts --help\n');
    expect(runCli(['certificates', 'regster', '--data', empty]).stderr).toContain('Maksud Anda ruang-uji certificates register?');
    expect(runCli(['accounts', 'list', '--jsn', '--data', empty]).stderr).toBe('ruang-uji accounts: opsi tidak dikenal: --jsn. Maksud Anda --json? Semua opsinya: ruang-uji accounts --help\n');
    expect(runCli(['sessions', 'list', '--stauts', 'upcoming', '--data', empty]).stderr).toContain('Maksud Anda --status?');
    const json = runCli(['sessions', 'lsit', '--json', '--data', empty]);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      error: {
        code: 'CLI_TYPO_UNKNOWN_VERB',
        messageKey: 'cli.typo.unknownVerb',
        params: { verb: 'lsit', suggestion: 'ruang-uji sessions list' },
        message: 'unknown subcommand: lsit. Did you mean ruang-uji sessions list? All its options: ruang-uji sessions --help',
      },
    });
    // A right subcommand without what it needs still gets the usage.
    expect(runCli(['sessions', '--data', empty]).stderr).toMatch(/^ruang-uji sessions: usage:\n/);
  });

  it('finishes with its own exit code and no EPIPE stack trace when its output is piped into a reader that stopped (… | head -1)', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const child = spawn(process.execPath, [BIN, 'audit', 'verify', '--data', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader is gone before the first line: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect([code, stderr]).toEqual([0, '']);
  }, 90_000);

  it('serve starts the room server on the given host and port with the demo, and says where in the installation language', async () => {
    const dir = tempDir();
    const { child, match, output } = await spawnCli(['serve', '--data', dir, '--host', '127.0.0.1', '--port', '0'], SERVING_AT);
    onTestFinished(() => {
      child.kill('SIGKILL');
    });
    // A demo has no language of its own: the default, Indonesian.
    expect(output()).toContain(`Server ruang Ruang Uji: ${match[1]} (data: ${dir})\n`);
    const health = await fetch(new URL('api/health', match[1]));
    expect(await health.json()).toEqual({ ok: true, version: '0.1.0' });
    const info = await fetch(new URL('api/app/info', match[1]), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect((await info.json()).result.demo).toBe(true);
  });

  it('serve says where it listens in English on an installation set up in English', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const { child, match, output } = await spawnCli(['serve', '--data', dir, '--port', '0'], SERVING_AT);
    onTestFinished(() => {
      child.kill('SIGKILL');
    });
    expect(output()).toContain(`Ruang Uji room server: ${match[1]} (data: ${dir})\n`);
  });

  it('start falls back to browser mode in one clear line when there is no Electron runtime or display', async () => {
    const dir = tempDir();
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
    const { child, match, output } = await spawnCli(['start', '--data', dir, '--port', '0'], /mode peramban: buka (http:\/\/127\.0\.0\.1:\d+\/)/, env);
    onTestFinished(() => {
      child.kill('SIGKILL');
    });
    const lines = output().trim().split('\n');
    // In the installation's language (an empty folder's: Indonesian), with the reason worded too.
    expect(lines[0]).toMatch(/^Tanpa jendela desktop: (runtime Electron tidak terpasang|tidak ada layar grafis) .+; mode peramban dimulai\.$/);
    const page = await fetch(match[1]);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });
});

describe('--data', () => {
  it('resolves a relative folder from where the command was typed, also under `npm run`', () => {
    expect(dataDirFrom('data', { INIT_CWD: '/home/proktor' })).toBe(path.resolve('/home/proktor', 'data'));
    expect(dataDirFrom('/abs/data', { INIT_CWD: '/home/proktor' })).toBe(path.resolve('/abs/data'));
    expect(dataDirFrom('data', {})).toBe(path.resolve(process.cwd(), 'data'));
  });
});
