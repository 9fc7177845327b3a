import path from 'node:path';
import { AppError, type ApiError } from '../shared/errors';
import { errorText } from '../shared/i18n/error-text';
import type { Language } from '../shared/i18n';
import { defaultDataDir } from '../core';
import { say, type CliKey } from './language';

/**
 * A failure as a command run with --json prints it on stdout, `{ "ok": false, "error": … }` (README,
 * "--json and failures"): the core's refusal as the API carries it (code, messageKey, params, and its
 * fields or reasons when it has them), or the command line's own by its catalogue key, its code the key's
 * words (`cli.noSuchFile` → `CLI_NO_SUCH_FILE`); the message always in English, as --json is the same
 * in any language.
 */
export type JsonFailure = {
  code: string;
  messageKey: string;
  params: Readonly<Record<string, unknown>>;
  message: string;
  fields?: ApiError['fields'];
  reasons?: ApiError['reasons'];
};

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    /** A flag the command does not take, for main to name with the closest one it does (typo.ts). */
    readonly unknownOption?: string,
    /** What --json prints for it; none only for a text no catalogue holds (main then reports a usage error). */
    readonly failure?: JsonFailure,
    /** A usage error by its catalogue key, which main says in the language the command speaks (typo.ts, languageOfArgv); `message` is its English. */
    readonly said?: { key: CliKey; params: Readonly<Record<string, string | number>>; after: string },
  ) {
    super(message);
  }

  /** The text for a person: a usage error in `language`, else as made. */
  textIn(language: Language): string {
    return this.said ? `${say(language, this.said.key, this.said.params)}${this.said.after}` : this.message;
  }
}

/** A catalogue key's words as an error code: `cli.sessions.notFound` → `CLI_SESSIONS_NOT_FOUND`. */
export function codeOfKey(key: string): string {
  return key
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))
    .join('_')
    .toUpperCase();
}

/** A failure the command line itself finds, said in `language` (then `after`, an English usage text), and by its key under --json. */
export function cliFailure(language: Language, key: CliKey, params: Readonly<Record<string, string | number>> = {}, exitCode = 2, after = ''): CliError {
  return new CliError(`${say(language, key, params)}${after}`, exitCode, undefined, { code: codeOfKey(key), messageKey: key, params, message: say('en', key, params) });
}

/**
 * A usage error (exit code 2) found before the command knows its language, or where it does not carry it:
 * main says it in the command's language, as the rest of its output; `after` is an English usage text.
 */
export function usageError(key: CliKey, params: Readonly<Record<string, string | number>> = {}, after = ''): CliError {
  const failure = { code: codeOfKey(key), messageKey: key, params, message: say('en', key, params) };
  return new CliError(`${failure.message}${after}`, 2, undefined, failure, { key, params, after });
}

/**
 * A text flag longer than the core takes, said in words before anyone signs in: the contract's own check
 * answered "BAD_ARGS: Invalid input: reason (too_big)", naming its argument, not the flag, with exit code 1.
 */
export function requireMaxLength(flag: string, value: string | undefined, max: number, after = ''): void {
  if (value !== undefined && value.length > max) throw usageError('cli.usage.tooLong', { flag, max, length: value.length }, after);
}

/** Writes a failure on stdout as --json promises it: one object, one line. */
export function printJsonFailure(failure: JsonFailure): void {
  process.stdout.write(`${JSON.stringify({ ok: false, error: failure })}\n`);
}

/** A subcommand the command does not have (`sessions lsit`), for main to name with the closest one its usage lists (typo.ts). */
export class UnknownVerbError extends CliError {
  constructor(
    readonly verb: string,
    usage: string,
  ) {
    super(usage, 2);
  }
}

/** The subcommands a command's usage lists (`ruang-uji bank import|template …` → import, template). */
export function verbsOf(usage: string): string[] {
  const verbs = [...usage.matchAll(/^ {2}ruang-uji \S+ ([a-z][a-z|-]*)/gm)].flatMap((m) => m[1]!.split('|'));
  return [...new Set(verbs)];
}

/**
 * The usage error of a command run with the wrong words: a subcommand it does not have is named with the
 * closest one (main); a right one with a word too many or too few, or none at all, gets the usage.
 */
export function wrongVerb(verb: string | undefined, usage: string): CliError {
  return verb !== undefined && !verbsOf(usage).includes(verb) ? new UnknownVerbError(verb, usage) : new CliError(usage);
}

/** Runs node's parseArgs, turning its complaints into a usage error with exit code 2. */
export function parse<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Node's text tells how to pass a positional starting with "-", which is not what a mistyped flag needs.
    const code = (err as NodeJS.ErrnoException).code;
    const named = /'([^' ]+)[^']*'/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(message, 2, named);
    // Node's own texts are English: said in the command's language by what went wrong, the flag or word named.
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usageError(/argument missing/.test(message) ? 'cli.usage.valueMissing' : 'cli.usage.noValue', { flag: named });
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw usageError('cli.usage.unexpected', { value: named });
    throw new CliError(message, 2);
  }
}

/** A relative path is taken from where the user typed the command; `npm run` moves the cwd but keeps INIT_CWD. */
export function fromCwd(file: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.INIT_CWD ?? process.cwd(), file);
}

/** A relative --data as any other path (fromCwd); none, the default data folder. */
export function dataDirFrom(value: string | boolean | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return typeof value === 'string' ? fromCwd(value, env) : defaultDataDir();
}

export function portFrom(value: string | boolean | undefined, fallback: number): number {
  if (typeof value !== 'string') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError('cli.usage.port', { value });
  return port;
}

/** An error from the core in the installation's language (language.ts), as the screens would say it. */
export function describeError(err: unknown, language: Language): string {
  if (!(err instanceof AppError)) return err instanceof Error ? err.message : String(err);
  return errorText(err.toApiError(), language);
}

/** A refusal from the core as --json prints it: the API's error with its English message. */
export function jsonRefusal(err: AppError): JsonFailure {
  return { ...err.toApiError(), message: describeError(err, 'en') };
}

/** A refusal from the core as a command's failure: its code, then its text in `language`. */
export function refusal(err: AppError, language: Language): CliError {
  return new CliError(`${err.code}: ${describeError(err, language)}`, 1, undefined, jsonRefusal(err));
}
