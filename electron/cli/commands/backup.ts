import { parseArgs } from 'node:util';
import path from 'node:path';
import { listBackups } from '../../core';
import fs from 'node:fs';
import { OFFICE_BACKUP_DEFAULTS, ROLLING_MAX_KEEP, ROLLING_MAX_MINUTES } from '../../shared/backup';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '../../shared/contract';
import type { Language } from '../../shared/i18n';
import { formatDateTime } from '../../shared/i18n/format';
import { existingFile } from '../files';
import { languageOf, say } from '../language';
import { CliError, cliFailure, dataDirFrom, fromCwd, parse, usageError, wrongVerb } from '../options';
import { SIGN_IN_USAGE, withSignedIn, type Caller } from '../sign-in';

export const USAGE = `usage:
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

/**
 * A count within the core's bounds of it (backups/configure), said in words before anyone signs in: its own
 * check names only the path ("BAD_ARGS: Invalid input: everyMinutes (too_big)"), in English whatever the language.
 */
function count(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw usageError('cli.usage.wholeNumberRange', { flag: name, min: 1, max });
  return n;
}

async function restore(caller: Caller, file: string, reason: string): Promise<void> {
  // Asked before: the restored database no longer holds this sign-in.
  const keys = await caller.call('keys/status', {});
  await caller.call('backups/restore', { name: path.basename(file), folder: path.dirname(file), reason });
  if (!keys.unlocked) {
    process.stderr.write(`${say(caller.language, 'cli.backup.keysLocked')}\n`);
  }
  process.stdout.write(`${say(caller.language, 'cli.backup.restored', { file, database: caller.core.dbFile })}\n`);
}

/** What each signed-in verb does once its arguments are known to be complete. */
/** The core's bounds of an audited reason, said in words before anyone signs in (its own check names only "reason (too_small)"). */
function reasonProblem(reason: string, language: Language): string | null {
  const length = reason.trim().length;
  if (length < REASON_MIN_LENGTH) return say(language, 'cli.backup.reasonTooShort', { min: REASON_MIN_LENGTH });
  return length > REASON_MAX_LENGTH ? say(language, 'cli.backup.reasonTooLong', { max: REASON_MAX_LENGTH }) : null;
}

function signedInVerb(verb: string | undefined, target: string | undefined, values: Values, language: Language): ((caller: Caller) => Promise<void>) | null {
  if (verb === 'take' && values.to) {
    const folder = fromCwd(values.to);
    return async (caller) => {
      const taken = await caller.call('backups/takeInto', { folder });
      process.stdout.write(`${say(caller.language, 'cli.backup.written', { file: path.join(taken.folder, taken.name), bytes: taken.bytes })}\n`);
    };
  }
  if (verb === 'restore' && target) {
    if (!values.reason) throw usageError('cli.usage.restoreReason', {}, `\n${USAGE}`);
    const { reason } = values;
    const problem = reasonProblem(reason, language);
    if (problem) throw new CliError(problem, 1);
    const file = fromCwd(target);
    // Checked once the data folder is known to hold an installation: a folder without one is told how to get one first.
    return (caller) => restore(caller, existingFile(file, caller.language), reason);
  }
  if (verb === 'configure' && target) {
    const [folder, every, keep] = [fromCwd(target), count(values.every, '--every', ROLLING_MAX_MINUTES), count(values.keep, '--keep', ROLLING_MAX_KEEP)];
    return async (caller) => {
      // What is not given stays as it is; never set, it is what the screen proposes: the LSP office's *Cadangan
      // data* every 60 minutes, 48 kept (an admin with an LSP: a TUK station's has none), else the exam day's.
      const now = await caller.call('backups/status', {});
      const office = caller.principal.role === 'lsp_admin' && caller.principal.lspId !== null;
      const base = office && !now.configured ? OFFICE_BACKUP_DEFAULTS : now;
      const s = await caller.call('backups/configure', { folder, everyMinutes: every ?? base.everyMinutes, keep: keep ?? base.keep });
      process.stdout.write(`${say(caller.language, 'cli.backup.rolling', { every: s.everyMinutes, keep: s.keep, folder: s.folder ?? '' })}\n`);
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
  const dataDir = dataDirFrom(values.data);
  if (verb === 'list' && target) {
    const folder = fromCwd(target);
    // An empty listing would read as "no backups here" for a mistyped folder.
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw cliFailure(languageOf(dataDir), 'cli.noSuchFolder', { folder }, 1);
    // When each was written, as the console's list says it: the core gives the file's time as UTC ISO text.
    const language = languageOf(dataDir);
    const found = listBackups(folder);
    for (const b of found) process.stdout.write(`${b.name}\t${b.bytes}\t${formatDateTime(b.at, language)}\n`);
    // Said on stderr: stdout stays the list a script reads (none), and a person sees why nothing was listed.
    if (found.length === 0) process.stderr.write(`${say(language, 'cli.backup.noneInFolder', { folder })}\n`);
    return 0;
  }
  const run = signedInVerb(verb, target, values, languageOf(dataDir));
  if (!run) throw wrongVerb(verb, USAGE);
  return withSignedIn(dataDir, values.as, async (caller) => {
    await run(caller);
    return 0;
  });
}
