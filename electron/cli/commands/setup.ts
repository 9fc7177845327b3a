import { parseArgs } from 'node:util';
import { createCore, publicKeysOfInstallation } from '../../core';
import type { ArgsOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { TUK_TYPES, type TukType } from '../../shared/types';
import { CliError, dataDirFrom, describeError, parse } from '../options';
import { dispatch, promptHidden } from '../sign-in';

const USAGE = `usage:
  ruang-uji setup --kind lsp --lsp-name NAME --lsp-code CODE --licence NO --admin-name NAME --admin-username USER
                  [--language id|en] [--data DIR]
  ruang-uji setup --kind tuk --tuk-name NAME --tuk-type sewaktu|tempat_kerja|mandiri --admin-name NAME --admin-username USER
                  [--language id|en] [--data DIR]
The first admin's password comes from RUANG_UJI_PASSWORD or is asked for (twice) on the terminal.
Set-up works only on an installation without accounts; afterwards the admin manages accounts in the app.`;

function text(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`${flag} is required\n${USAGE}`);
  return value;
}

function tukType(value: string | boolean | undefined): TukType {
  const type = TUK_TYPES.find((t) => t === value);
  if (!type) throw new CliError(`--tuk-type must be one of ${TUK_TYPES.join(', ')}`);
  return type;
}

async function adminPassword(username: string): Promise<string> {
  const fromEnv = process.env.RUANG_UJI_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  const first = await promptHidden(`password for ${username}: `);
  if ((await promptHidden('the same password again: ')) !== first) throw new CliError('the two passwords differ', 1);
  return first;
}

/** The set-up screen from the terminal, for scripted installs: the same setup/create call, in-process. */
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
  const kind = values.kind;
  if (kind !== 'lsp' && kind !== 'tuk') throw new CliError(`--kind lsp|tuk is required\n${USAGE}`);
  const username = text(values['admin-username'], '--admin-username');
  const displayName = text(values['admin-name'], '--admin-name');
  const language = values.language ?? 'id';
  if (language !== 'id' && language !== 'en') throw new CliError('--language must be id or en');
  const place =
    kind === 'lsp'
      ? { lsp: { name: text(values['lsp-name'], '--lsp-name'), code: text(values['lsp-code'], '--lsp-code'), licenceNo: text(values.licence, '--licence') } }
      : { tuk: { name: text(values['tuk-name'], '--tuk-name'), type: tukType(values['tuk-type']) } };
  const password = await adminPassword(username);
  const args = { kind, ...place, admin: { displayName, username, password }, language } satisfies ArgsOf<'setup/create'>;

  const core = await createCore({ dataDir: dataDirFrom(values.data), demoIfEmpty: false, log: () => {} });
  try {
    const signedIn = await dispatch(core, 'setup/create', args, null);
    await dispatch(core, 'auth/signOut', {}, signedIn.token);
    const keys = publicKeysOfInstallation(core);
    process.stdout.write(
      `Installation set up (${kind === 'lsp' ? 'LSP office' : 'TUK station'}) in ${core.dataDir}; admin: ${username}\n` +
        `Installation key fingerprint: ${keys.fingerprint}\n` +
        // Named as the screens name them: there is no "Keys" screen; the key panel sits on the LSP's bundles page and on a station admin's home.
        `Next: back up the installation keys. Sign in as the admin, ${kind === 'lsp' ? 'open Session bundles & keys (#/bundles/keys), press Make a key backup' : 'press Make a key backup on the home page'}, and keep the file and its passphrase apart.\n`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    process.stderr.write(`${err.code}: ${describeError(err)}\n`);
    return 1;
  } finally {
    core.close();
  }
}
