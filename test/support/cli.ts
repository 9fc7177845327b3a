import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../electron/core';
import { CLI_BUNDLE_ENV } from './cli-bundle-env';
import { ROOT } from './source-files';

/** The shipped entry: the CLI's TypeScript run through tsx, as `ruang-uji` runs from a fresh clone. */
export const SHIPPED_BIN = path.join(ROOT, 'electron', 'cli', 'bin.mjs');
/** What tests spawn: the run's bundle (test/support/cli-bundle.setup.ts) when vitest built one, the shipped entry otherwise (benchmarks). */
export const BIN = process.env[CLI_BUNDLE_ENV] ?? SHIPPED_BIN;

/** The address in the line `serve` prints once it listens, in either language ("…: http://127.0.0.1:N/ (data: DIR)"). */
export const SERVING_AT = /(http:\/\/127\.0\.0\.1:\d+\/) \(data: /;

export function runCli(args: string[], env: NodeJS.ProcessEnv = process.env, bin = BIN) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts a long-running CLI command and resolves with the first stdout match of `pattern`; the caller kills it. */
export function spawnCli(
  args: string[],
  pattern: RegExp,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 90_000,
): Promise<{ child: ChildProcess; match: RegExpExecArray; output: () => string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}:\n${output}`));
    });
  });
}

/** The environment a signed-in CLI command reads its password from. */
export function asEnv(password: string): NodeJS.ProcessEnv {
  return { ...process.env, RUANG_UJI_PASSWORD: password };
}

/** Who the latest audit row of `action` names as its actor (null: the row has no actor). */
export function auditActor(dataDir: string, action: string): { username: string | null; role: string | null } | undefined {
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.username AS username, l.actor_role AS role FROM audit_log l LEFT JOIN account a ON a.id = l.actor_account_id
         WHERE l.action = ? ORDER BY l.seq DESC LIMIT 1`,
      )
      .get(action) as { username: string | null; role: string | null } | undefined;
  } finally {
    db.close();
  }
}

/** Gives a demo folder an installation language, as set-up would have chosen (the demo has none, so the CLI speaks the default, Indonesian). */
export function setInstallationLanguage(dataDir: string, language: 'id' | 'en'): void {
  const db = new Database(path.join(dataDir, DB_FILE_NAME));
  try {
    db.prepare(`INSERT INTO setting (key, value) VALUES ('installation.language', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(language);
  } finally {
    db.close();
  }
}
