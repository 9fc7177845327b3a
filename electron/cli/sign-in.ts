import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { createCore, DB_FILE_NAME, installationLanguage, type Core } from '../core';
import { integrityReport } from './audit-report';
import type { ArgsOf, MethodName, ResultOf } from '../shared/contract';
import { AppError } from '../shared/errors';
import { DEFAULT_LANGUAGE, type Language } from '../shared/i18n';
import type { Principal } from '../shared/roles';
import { say } from './language';
import { cliFailure, refusal, usageError } from './options';

export const SIGN_IN_USAGE = `Commands that read or change data run as a signed-in user, like the same action in the app, and are
audited under that name: add --as USERNAME of an LSP admin or proctor. The password comes from the
RUANG_UJI_PASSWORD environment variable or is asked for on the terminal, never on the command line.
Signing in also opens the installation keys when they are locked and that user holds them.`;

/** Asks on the terminal without echoing what is typed; with no terminal (a script, a pipe), says what to set instead, in `language`. */
export function promptHidden(question: string, language: Language): Promise<string> {
  if (!process.stdin.isTTY) return Promise.reject(cliFailure(language, 'cli.password.noTerminal'));
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  process.stderr.write(question);
  const rl = readline.createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** A signed-in principal's door into the core: every call goes through the contract with its token. */
export type Caller = {
  core: Core;
  principal: Principal;
  /** The language the command speaks: its --language, else the installation's (language.ts). */
  language: Language;
  call: <M extends MethodName>(method: M, args: ArgsOf<M>) => Promise<ResultOf<M>>;
};

/** Refusals come back as the core's AppError, so each command reports them with its code. */
export async function dispatch<M extends MethodName>(core: Core, method: M, args: ArgsOf<M>, token: string | null): Promise<ResultOf<M>> {
  const reply = await core.dispatch(method, args, token);
  // Its reasons too: they say what the message alone does not (who may, each broken rule).
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.params, reply.error.fields, reply.error.reasons);
  // The dispatcher ran this method's handler, whose result the contract types.
  return reply.result as ResultOf<M>;
}

/**
 * Starts a core on the data folder (in this process), signs `as` in exactly as the app's sign-in
 * screen does (audited, rate-limited, counted towards a lockout, opening the keys for a holder), runs
 * `run`, and signs out again. A missing database is refused rather than created empty. A refusal from
 * the core that `run` lets through becomes the command's failure (its code, its text, its --json shape).
 */
export async function withSignedIn<T>(dataDir: string, as: string | undefined, run: (caller: Caller) => Promise<T>, chosen?: Language): Promise<T> {
  if (!as) throw usageError('cli.usage.required', { flag: '--as USERNAME' }, `\n${SIGN_IN_USAGE}`);
  const file = path.join(dataDir, DB_FILE_NAME);
  if (!fs.existsSync(file)) throw cliFailure(chosen ?? DEFAULT_LANGUAGE, 'cli.noDatabase', { file, dir: dataDir }, 1);
  const core = await createCore({ dataDir, demoIfEmpty: false, log: () => {} });
  try {
    const language = chosen ?? installationLanguage(core.db) ?? DEFAULT_LANGUAGE;
    // What the audit log's check at start found (the whole walk is serve's: a command ends before it would).
    process.stderr.write(integrityReport(core.context.integrity.current(), language, dataDir));
    const password = process.env.RUANG_UJI_PASSWORD ?? (await promptHidden(`${say(language, 'cli.password.prompt', { username: as })} `, language));
    let signedIn: ResultOf<'auth/signIn'>;
    try {
      signedIn = await dispatch(core, 'auth/signIn', { username: as, password }, null);
    } catch (err) {
      throw err instanceof AppError ? refusal(err, language) : err;
    }
    const { token, principal } = signedIn;
    try {
      return await run({ core, principal, language, call: (method, args) => dispatch(core, method, args, token) });
    } catch (err) {
      // A core refusal the command did not word itself, in the language the command speaks.
      throw err instanceof AppError ? refusal(err, language) : err;
    } finally {
      await core.dispatch('auth/signOut', {}, token);
    }
  } finally {
    core.close();
  }
}

/** Bundle and key work needs the installation keys open: say so plainly instead of failing later. */
export async function requireKeys(caller: Caller): Promise<void> {
  const status = await caller.call('keys/status', {});
  if (!status.unlocked) {
    throw refusal(new AppError('KEYS_NOT_HELD', { username: caller.principal.username }), caller.language);
  }
}
