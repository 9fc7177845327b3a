import { parseArgs } from 'node:util';
import path from 'node:path';
import { listBackups } from '../../core';
import { AppError } from '../../shared/errors';
import { CliError, dataDirFrom, describeError, parse } from '../options';
import { SIGN_IN_USAGE, withSignedIn, type Caller } from '../sign-in';

const USAGE = `usage:
  ruang-uji backup take --to FOLDER --as USERNAME [--data DIR]
  ruang-uji backup list FOLDER
  ruang-uji backup restore FILE --reason TEXT --as USERNAME [--data DIR]
  ruang-uji backup configure FOLDER [--every MINUTES] [--keep N] --as USERNAME [--data DIR]
${SIGN_IN_USAGE}`;

const OPTIONS = {
  data: { type: 'string' },
  to: { type: 'string' },
  as: { type: 'string' },
  reason: { type: 'string' },
  every: { type: 'string' },
  keep: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const fromCwd = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

function count(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${name} must be a whole number above 0`);
  return n;
}

async function restore(caller: Caller, file: string, reason: string): Promise<void> {
  // Asked before: the restored database no longer holds this sign-in.
  const keys = await caller.call('keys/status', {});
  await caller.call('backups/restore', { name: path.basename(file), folder: path.dirname(file), reason });
  if (!keys.unlocked) {
    process.stderr.write('warning: the installation keys are locked, so no audit head vouches for this restore; `audit verify` will report the rolled-back rows as removed\n');
  }
  process.stdout.write(`restored ${file} into ${caller.core.dbFile}\n`);
}

/** What each signed-in verb does once its arguments are known to be complete. */
function signedInVerb(verb: string | undefined, target: string | undefined, values: Values): ((caller: Caller) => Promise<void>) | null {
  if (verb === 'take' && values.to) {
    const folder = fromCwd(values.to);
    return async (caller) => {
      const taken = await caller.call('backups/takeInto', { folder });
      process.stdout.write(`backup written: ${path.join(taken.folder, taken.name)} (${taken.bytes} bytes)\n`);
    };
  }
  if (verb === 'restore' && target) {
    if (!values.reason) throw new CliError(`backup restore needs --reason TEXT, recorded in the audit log\n${USAGE}`);
    const { reason } = values;
    return (caller) => restore(caller, fromCwd(target), reason);
  }
  if (verb === 'configure' && target) {
    const [folder, every, keep] = [fromCwd(target), count(values.every, '--every'), count(values.keep, '--keep')];
    return async (caller) => {
      // What is not given stays as it is (or the console's default).
      const now = await caller.call('backups/status', {});
      const s = await caller.call('backups/configure', { folder, everyMinutes: every ?? now.everyMinutes, keep: keep ?? now.keep });
      process.stdout.write(`rolling backups: every ${s.everyMinutes} min while a session runs, newest ${s.keep} kept, in ${s.folder}\n`);
    };
  }
  return null;
}

/**
 * Backups from the terminal, the app running or not: take one into a folder, list a folder, restore
 * one over the data folder's database, or set the rolling backups. Each change runs as a signed-in
 * user through the same calls as the proctor's console, and is audited under that name.
 */
export async function backupCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  const [verb, target] = positionals;
  if (verb === 'list' && target) {
    for (const b of listBackups(fromCwd(target))) process.stdout.write(`${b.name}\t${b.bytes}\t${b.at}\n`);
    return 0;
  }
  const run = signedInVerb(verb, target, values);
  if (!run) throw new CliError(USAGE);
  return withSignedIn(dataDirFrom(values.data), values.as, async (caller) => {
    try {
      await run(caller);
      return 0;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      throw new CliError(`${err.code}: ${describeError(err)}`, 1);
    }
  });
}
