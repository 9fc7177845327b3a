import path from 'node:path';
import { AppError } from '../shared/errors';
import { errorText } from '../shared/i18n/error-text';
import type { Language } from '../shared/i18n';
import { defaultDataDir } from '../core';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    /** A flag the command does not take, for main to name with the closest one it does (typo.ts). */
    readonly unknownOption?: string,
  ) {
    super(message);
  }
}

/** Runs node's parseArgs, turning its complaints into a usage error with exit code 2. */
export function parse<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Node's text tells how to pass a positional starting with "-", which is not what a mistyped flag needs.
    const unknown = (err as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec(message)?.[1] : undefined;
    throw new CliError(message, 2, unknown);
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
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`invalid port: ${value}`);
  return port;
}

/** An error from the core in the installation's language (language.ts), as the screens would say it. */
export function describeError(err: unknown, language: Language): string {
  if (!(err instanceof AppError)) return err instanceof Error ? err.message : String(err);
  return errorText(err.toApiError(), language);
}

/** A refusal from the core as a command's failure: its code, then its text in `language`. */
export function refusal(err: AppError, language: Language): CliError {
  return new CliError(`${err.code}: ${describeError(err, language)}`, 1);
}
