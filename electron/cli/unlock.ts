import readline from 'node:readline';
import { Writable } from 'node:stream';
import type { Core } from '../core';
import { AppError } from '../shared/errors';
import { CliError, describeError } from './options';

export const UNLOCK_USAGE = `The installation keys may be locked (password protection, or a data folder from the desktop app):
then add --as USERNAME of an admin or proctor who has used them here; the password comes from the
RUANG_UJI_PASSWORD environment variable or is asked for on the terminal, never on the command line.`;

/** Asks on the terminal without echoing what is typed. */
function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) return Promise.reject(new CliError('no terminal to ask for the password: set RUANG_UJI_PASSWORD'));
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

/**
 * Opens a locked key vault the way the app does: a key holder signs in (audited, rate-limited, and
 * counted towards their lockout), and is signed out again at once.
 */
export async function unlockForCli(core: Core, as: string | undefined): Promise<void> {
  if (core.context.vault.unlocked) return;
  if (!as) throw new CliError(`the installation keys are locked.\n${UNLOCK_USAGE}`, 1);
  const password = process.env.RUANG_UJI_PASSWORD ?? (await promptHidden(`password for ${as}: `));
  const reply = await core.dispatch('auth/signIn', { username: as, password }, null);
  if (!reply.ok) throw new CliError(`${reply.error.code}: ${describeError(new AppError(reply.error.code, reply.error.params))}`, 1);
  const { result } = reply;
  if (typeof result === 'object' && result !== null && 'token' in result && typeof result.token === 'string') {
    await core.dispatch('auth/signOut', {}, result.token);
  }
  if (!core.context.vault.unlocked) throw new CliError(`KEYS_NOT_HELD: ${describeError(new AppError('KEYS_NOT_HELD', { username: as }))}`, 1);
}
