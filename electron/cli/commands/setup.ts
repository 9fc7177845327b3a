import { parseArgs } from 'node:util';
import { createCore, publicKeysOfInstallation } from '../../core';
import type { ArgsOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { LSP_NAME_MAX_LENGTH } from '../../shared/lsp-profile';
import {
  DISPLAY_NAME_MAX_LENGTH,
  isStrongPassword,
  isValidLspCode,
  isValidUsername,
  LICENCE_NO_MAX_LENGTH,
  LSP_CODE_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  USERNAME_MAX_LENGTH,
  USERNAME_MIN_LENGTH,
} from '../../shared/accounts';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n';
import { messageText } from '../../shared/i18n/error-text';
import { TUK_TYPES, type TukType } from '../../shared/types';
import { TUK_ZONES, type TukZone } from '../../shared/time-zones';
import { languageFlag, say } from '../language';
import { cliFailure, dataDirFrom, parse, refusal, usageError } from '../options';
import { dispatch, promptHidden } from '../sign-in';

export const USAGE = `usage:
  ruang-uji setup --kind lsp --lsp-name NAME --lsp-code CODE --licence NO --admin-name NAME --admin-username USER
                  [--language id|en] [--data DIR]
  ruang-uji setup --kind tuk --tuk-name NAME --tuk-type sewaktu|tempat_kerja|mandiri --admin-name NAME --admin-username USER
                  [--tuk-zone WIB|WITA|WIT] [--language id|en] [--data DIR]
--tuk-zone is the exam room's clock; without it, this computer's zone (WIB when it is none of the three).
The first admin's password comes from RUANG_UJI_PASSWORD or is asked for (twice) on the terminal.
Set-up works only on an installation without accounts; afterwards the admin manages accounts in the app.`;

/** The flags each kind needs, checked together before any other. */
const REQUIRED = {
  lsp: ['lsp-name', 'lsp-code', 'licence', 'admin-name', 'admin-username'],
  tuk: ['tuk-name', 'tuk-type', 'admin-name', 'admin-username'],
} as const;

/** A required flag's value, known by then to be there (REQUIRED). */
function text(value: string | undefined): string {
  return value ?? '';
}

function tukTypeOf(value: string | undefined): TukType | null {
  return TUK_TYPES.find((t) => t === value) ?? null;
}

function tukZoneOf(value: string | undefined): TukZone | null {
  return TUK_ZONES.find((z) => z === value?.toUpperCase()) ?? null;
}

type Place = Pick<ArgsOf<'setup/create'>, 'lsp' | 'tuk'>;

/**
 * Every field the core would refuse, each named by its flag with the rule it breaks, in the set-up's
 * language, all at once: the core stops at its first problem, and its argument check names only paths
 * ("admin.username (invalid_format)"). The core checks them again.
 */
function fieldProblems(place: Place, badTukType: string | null, badTukZone: string | null, displayName: string, username: string, language: Language): string[] {
  const problems: string[] = [];
  const length = (flag: string, value: string, max: number) => {
    if (value.trim().length > max) problems.push(`${flag}: ${messageText('accounts.nameTooLong', { max }, language)}`);
  };
  if (place.lsp) {
    length('--lsp-name', place.lsp.name, LSP_NAME_MAX_LENGTH);
    length('--licence', place.lsp.licenceNo, LICENCE_NO_MAX_LENGTH);
    if (place.lsp.code.trim().length > LSP_CODE_MAX_LENGTH) length('--lsp-code', place.lsp.code, LSP_CODE_MAX_LENGTH);
    else if (!isValidLspCode(place.lsp.code)) problems.push(`--lsp-code: ${refusal(new AppError('LSP_CODE_INVALID', { code: place.lsp.code }), language).message}`);
  }
  if (place.tuk) length('--tuk-name', place.tuk.name, DISPLAY_NAME_MAX_LENGTH);
  if (badTukType !== null) problems.push(say(language, 'cli.setup.tukType', { value: badTukType, types: TUK_TYPES.join(', ') }));
  if (badTukZone !== null) problems.push(say(language, 'cli.setup.tukZone', { value: badTukZone, zones: TUK_ZONES.join(', ') }));
  length('--admin-name', displayName, DISPLAY_NAME_MAX_LENGTH);
  if (!isValidUsername(username)) {
    problems.push(`--admin-username "${username}": ${messageText('accounts.usernameRule', { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH }, language)}`);
  }
  return problems;
}

function passwordProblem(password: string, username: string, language: Language): string | null {
  if (isStrongPassword(password, username)) return null;
  return `${say(language, 'cli.setup.password')}: ${refusal(new AppError('PASSWORD_WEAK', { min: PASSWORD_MIN_LENGTH }), language).message}`;
}

/** Exit code 2 when a flag's value is not one it takes (a usage error, as in every command), else 1. */
function refuse(problems: string[], language: Language, exitCode: 1 | 2): number {
  process.stderr.write(`ruang-uji setup: ${say(language, 'cli.setup.refused')}\n${problems.map((p) => `  ${p}\n`).join('')}`);
  return exitCode;
}

export async function adminPassword(username: string, language: Language): Promise<string> {
  const fromEnv = process.env.RUANG_UJI_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  const first = await promptHidden(`${say(language, 'cli.password.prompt', { username })} `, language);
  if ((await promptHidden(`${say(language, 'cli.password.again')} `, language)) !== first) throw cliFailure(language, 'cli.setup.passwordsDiffer', {}, 1);
  return first;
}

/** The set-up screen from the terminal, for scripted installs: the same setup/create call, in-process, speaking the chosen --language. */
export async function setupCommand(argv: string[]): Promise<number> {
  const { values } = parse(() =>
    parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        kind: { type: 'string' },
        'lsp-name': { type: 'string' },
        'lsp-code': { type: 'string' },
        licence: { type: 'string' },
        'tuk-name': { type: 'string' },
        'tuk-type': { type: 'string' },
        'tuk-zone': { type: 'string' },
        'admin-name': { type: 'string' },
        'admin-username': { type: 'string' },
        language: { type: 'string' },
        help: { type: 'boolean' },
      },
    }),
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const language = languageFlag(values.language) ?? (values.language === undefined ? DEFAULT_LANGUAGE : null);
  if (language === null) throw usageError('cli.usage.oneOf', { flag: '--language', values: 'id, en' });
  const kind = values.kind;
  if (kind !== 'lsp' && kind !== 'tuk') throw cliFailure(language, 'cli.setup.kind', {}, 2, `\n${USAGE}`);
  // Every missing flag at once, as the bad ones below: a script is fixed in one go, not one flag per run.
  const missing = REQUIRED[kind].filter((flag) => (values[flag] ?? '').trim() === '');
  if (missing.length > 0) throw cliFailure(language, 'cli.setup.missing', { flags: missing.map((f) => `--${f}`).join(', ') }, 2, `\n${USAGE}`);
  const username = text(values['admin-username']);
  const displayName = text(values['admin-name']);
  const place: Place =
    kind === 'lsp'
      ? { lsp: { name: text(values['lsp-name']), code: text(values['lsp-code']), licenceNo: text(values.licence) } }
      : { tuk: { name: text(values['tuk-name']), type: tukTypeOf(values['tuk-type']) ?? TUK_TYPES[0], timeZone: tukZoneOf(values['tuk-zone']) ?? undefined } };
  // A TUK type it does not know is named with the other bad flags, not alone before them; `place` is not used then.
  const badTukType = kind === 'tuk' && tukTypeOf(values['tuk-type']) === null ? text(values['tuk-type']) : null;
  // No --tuk-zone: the core takes this computer's zone.
  const badTukZone = kind === 'tuk' && values['tuk-zone'] !== undefined && tukZoneOf(values['tuk-zone']) === null ? values['tuk-zone'] : null;
  const exitCode = badTukType === null && badTukZone === null ? 1 : 2;
  const problems = fieldProblems(place, badTukType, badTukZone, displayName, username, language);
  // A password on the terminal is asked for only once the flags are right; one from the environment is checked with them.
  if (problems.length > 0 && process.env.RUANG_UJI_PASSWORD === undefined) return refuse(problems, language, exitCode);
  const password = await adminPassword(username, language);
  const weak = passwordProblem(password, username, language);
  if (weak) problems.push(weak);
  if (problems.length > 0) return refuse(problems, language, exitCode);
  const args = { kind, ...place, admin: { displayName, username, password }, language } satisfies ArgsOf<'setup/create'>;

  const core = await createCore({ dataDir: dataDirFrom(values.data), demoIfEmpty: false, log: () => {} });
  try {
    const signedIn = await dispatch(core, 'setup/create', args, null);
    await dispatch(core, 'auth/signOut', {}, signedIn.token);
    const keys = publicKeysOfInstallation(core);
    process.stdout.write(
      `${say(language, 'cli.setup.done', { kind: say(language, kind === 'lsp' ? 'cli.setup.lsp' : 'cli.setup.tuk'), dir: core.dataDir, username })}\n` +
        `${say(language, 'cli.setup.fingerprint', { fingerprint: keys.fingerprint })}\n${say(language, kind === 'lsp' ? 'cli.setup.nextLsp' : 'cli.setup.nextTuk')}\n`,
    );
    return 0;
  } catch (err) {
    // Worded by main, as every command's refusal: "ruang-uji setup: SETUP_DONE: …", exit code 1.
    throw err instanceof AppError ? refusal(err, language) : err;
  } finally {
    core.close();
  }
}
