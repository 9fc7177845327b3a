import { parseArgs } from 'node:util';
import type { StaffAccount } from '../../shared/accounts';
import type { Language } from '../../shared/i18n';
import { formatDateTime } from '../../shared/i18n/format';
import type { StaffRole } from '../../shared/roles';
import { say, type CliKey } from '../language';
import { dataDirFrom, parse, wrongVerb } from '../options';
import { SIGN_IN_USAGE, withSignedIn } from '../sign-in';
import { table } from '../table';

export const USAGE = `usage:
  ruang-uji accounts list --as USERNAME [--json] [--data DIR]
      the staff accounts as the Staff accounts screen lists them (accounts/list, an LSP admin's): username,
      name, role, whether disabled (since when, by whom, why) or locked out, and whether the password must be
      changed at the next sign-in; --json prints the accounts as the contract returns them
${SIGN_IN_USAGE}`;

const OPTIONS = { data: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } } as const;

const ROLE_TEXT = {
  lsp_admin: 'cli.accounts.role.lsp_admin',
  proctor: 'cli.accounts.role.proctor',
  assessor: 'cli.accounts.role.assessor',
} as const satisfies Record<StaffRole, CliKey>;

function stateOf(a: StaffAccount, language: Language): string {
  if (a.disabled) {
    const note = a.disabledNote;
    return note ? say(language, 'cli.accounts.disabledNote', { at: formatDateTime(note.at, language), by: note.by ?? '—', reason: note.reason }) : say(language, 'cli.accounts.disabled');
  }
  return say(language, a.locked ? 'cli.accounts.locked' : 'cli.accounts.active');
}

function accountsTable(accounts: readonly StaffAccount[], language: Language): string {
  const head = (
    ['cli.accounts.column.username', 'cli.accounts.column.name', 'cli.accounts.column.role', 'cli.accounts.column.mustChange', 'cli.accounts.column.state'] as const
  ).map((key) => say(language, key));
  const rows = accounts.map((a) => [
    a.username,
    a.displayName,
    say(language, ROLE_TEXT[a.role]),
    say(language, a.mustChangePassword ? 'cli.accounts.yes' : 'cli.accounts.no'),
    stateOf(a, language),
  ]);
  return table([head, ...rows]);
}

/** `ruang-uji accounts list`: the Staff accounts screen's list, through `accounts/list`. */
export async function accountsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  if (positionals.length !== 1 || positionals[0] !== 'list') throw wrongVerb(positionals[0], USAGE);
  return withSignedIn(dataDirFrom(values.data), values.as, async (caller) => {
    const accounts: StaffAccount[] = await caller.call('accounts/list', {});
    if (values.json) {
      process.stdout.write(`${JSON.stringify(accounts, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(`${say(caller.language, 'cli.accounts.count', { count: accounts.length })}\n`);
    if (accounts.length > 0) process.stdout.write(accountsTable(accounts, caller.language));
    return 0;
  });
}
