import { accountsCommand, USAGE as ACCOUNTS } from './commands/accounts';
import { appealsCommand, USAGE as APPEALS } from './commands/appeals';
import { auditCommand, USAGE as AUDIT } from './commands/audit';
import { bundleCommand, USAGE as BUNDLE } from './commands/bundle';
import { keysCommand, USAGE as KEYS } from './commands/keys';
import { backupCommand, USAGE as BACKUP } from './commands/backup';
import { bankCommand, USAGE as BANK } from './commands/bank';
import { certificatesCommand, USAGE as CERTIFICATES } from './commands/certificates';
import { demoCommand, USAGE as DEMO } from './commands/demo';
import { plenoCommand, USAGE as PLENO } from './commands/pleno';
import { serveCommand, USAGE as SERVE } from './commands/serve';
import { sessionsCommand, USAGE as SESSIONS } from './commands/sessions';
import { registrySheetCommand, usage as registryUsage } from './commands/registry-sheets';
import { setupCommand, USAGE as SETUP } from './commands/setup';
import { startCommand, USAGE as START } from './commands/start';
import { AppError } from '../shared/errors';
import { say } from './language';
import { CliError, codeOfKey, printJsonFailure, refusal, UnknownVerbError, type JsonFailure } from './options';
import { languageOfArgv, unknownCommandText, unknownOptionFailure, unknownOptionText, unknownVerbFailure, unknownVerbText } from './typo';

const USAGE = `ruang-uji — Ruang Uji command line

  ruang-uji start [--data DIR] [--port N]          desktop window, or browser mode without Electron
  ruang-uji serve [--data DIR] [--host H] [--port N] [--no-demo]
                                                    run the room server (API + built UI)
  ruang-uji setup --kind lsp|tuk ...               set up a real installation: the LSP (or TUK) and its first admin
                                                    (run "ruang-uji setup --help" for the flags)
  ruang-uji demo --data DIR                         create the embedded demo in an empty folder
  ruang-uji audit verify [--data DIR] [--json]      check the audit log's hash chain
  ruang-uji audit list [--source INSTALLATION] [--area A] [--from D] [--to D] [--by USER] [--limit N] [--json] --as USER
                                                    the audit log newest first, in words (--source: a TUK's log)
  ruang-uji demo --data DIR --tuk-station           a demo TUK computer (proctor only) awaiting a session bundle
  ruang-uji bundle inspect|verify|export|import ... session bundles (run "ruang-uji bundle --help" for details)
  ruang-uji keys show|backup|restore|recover-admin ... installation keys: back them up, restore them after a loss,
                                                    or set a forgotten admin's password with their backup
  ruang-uji backup take --to FOLDER --as USER       write a backup of the database (app stopped or running)
  ruang-uji backup list FOLDER                      list the backups in a folder, newest first
  ruang-uji backup restore FILE --reason TEXT --as USER
                                                    check a backup and restore it over the database
  ruang-uji backup configure FOLDER [--every MIN] [--keep N] --as USER
                                                    the rolling backups (a copy when data changed)
  ruang-uji candidates|assessors|schemes import FILE.xlsx [--dry-run] [--json] --as USER
                                                    preview and apply a registry spreadsheet (run "ruang-uji candidates --help" for details)
  ruang-uji candidates|assessors|schemes export|template FILE.xlsx --as USER
                                                    the registry, or an empty template, as .xlsx
  ruang-uji bank import FILE --scheme CODE [--version N] [--unit CODE] [--approve] [--dry-run] [--json] --as USER
                                                    preview and apply a question-bank file (run "ruang-uji bank --help" for details)
  ruang-uji bank template FILE.xlsx|FILE.docx --as USER
                                                    the question bank's empty Excel or Word template
  ruang-uji bank export FILE.xlsx --scheme CODE [--version N] --as USER
                                                    a scheme version's questions in that Excel template
  ruang-uji pleno list [--json] --as USER           the plenary meetings, with the ID and SK number --pleno takes
  ruang-uji certificates issue --pleno ID|SK --issued-on YYYY-MM-DD [--json] --as USER
                                                    number the certificates of a signed plenary meeting
  ruang-uji certificates bnsp-sheet --pleno ID|SK --out FILE.xlsx [--json] --as USER
                                                    BNSP's upload sheet (run "ruang-uji certificates --help" for details)
  ruang-uji certificates register --out FILE.xlsx [--json] --as USER
                                                    the certificate register as .xlsx
  ruang-uji certificates list [--search T] [--scheme CODE] [--expiring DAYS] [--lapsed] [--surveillance due|decision] [--json] --as USER
                                                    the certificate register as its screen lists it
  ruang-uji certificates replace --certificate NUMBER --issued-on YYYY-MM-DD [--json] --as USER
                                                    a new certificate for one revoked by mistake or misdated
  ruang-uji certificates surveil --certificate NUMBER --held-on YYYY-MM-DD --method M --result R [--note T] [--json] --as USER
                                                    record a surveillance of a certificate holder
  ruang-uji appeals list [--status open|closed] [--json] --as USER
                                                    the appeals (FR.AK.04)
  ruang-uji sessions list [--status STATUS] [--json] --as USER
                                                    the sessions with their codes, day, TUK, scheme, status, candidates
  ruang-uji sessions cancel --session CODE --reason TEXT [--json] --as USER
                                                    call off a planned session that has not started
  ruang-uji accounts list [--json] --as USER        the staff accounts: username, name, role, disabled, must change password

Commands that change data (and bundle inspect|verify) run as a signed-in admin or proctor, --as USER,
audited under that name; the password comes from RUANG_UJI_PASSWORD or is asked for on the terminal.
"ruang-uji COMMAND --help" (or "ruang-uji help COMMAND") shows a command's flags.
`;

type Command = { run: (argv: string[]) => Promise<number>; usage: string };

const COMMANDS: Record<string, Command> = {
  start: { run: startCommand, usage: START },
  serve: { run: serveCommand, usage: SERVE },
  setup: { run: setupCommand, usage: SETUP },
  demo: { run: demoCommand, usage: DEMO },
  audit: { run: auditCommand, usage: AUDIT },
  bundle: { run: bundleCommand, usage: BUNDLE },
  keys: { run: keysCommand, usage: KEYS },
  backup: { run: backupCommand, usage: BACKUP },
  candidates: { run: registrySheetCommand('candidates'), usage: registryUsage('candidates') },
  assessors: { run: registrySheetCommand('assessors'), usage: registryUsage('assessors') },
  schemes: { run: registrySheetCommand('schemes'), usage: registryUsage('schemes') },
  bank: { run: bankCommand, usage: BANK },
  pleno: { run: plenoCommand, usage: PLENO },
  certificates: { run: certificatesCommand, usage: CERTIFICATES },
  appeals: { run: appealsCommand, usage: APPEALS },
  accounts: { run: accountsCommand, usage: ACCOUNTS },
  sessions: { run: sessionsCommand, usage: SESSIONS },
};

/** `--help` or `-h` anywhere before a `--` asks for the command's usage, whatever else was typed (`bundle export --help`). */
function asksHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** `--json` before a `--`: the command's failure goes to stdout as JSON too (README, "--json and failures"). */
function asksJson(argv: string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** What --json prints for a failure: its own, a mistyped flag's, else a usage error pointing at the command's usage. */
function failureOf(err: CliError, name: string, usage: string): JsonFailure {
  if (err.unknownOption) return unknownOptionFailure(name, err.unknownOption, usage);
  if (err instanceof UnknownVerbError) return unknownVerbFailure(name, err.verb, usage);
  if (err.failure) return err.failure;
  const params = { command: `ruang-uji ${name}` };
  return { code: codeOfKey('cli.usage.wrong'), messageKey: 'cli.usage.wrong', params, message: say('en', 'cli.usage.wrong', params) };
}

/**
 * Output piped into a reader that stops early (`… | head -3`) is not an error of the command: the rest
 * of its lines are dropped and it finishes its work and exit code, where node crashed with an EPIPE
 * stack trace, perhaps between a bundle's preview and its apply.
 */
function dropOutputOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
  });
}

export async function main(argv: string[]): Promise<number> {
  dropOutputOnClosedPipe();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  // `ruang-uji help bundle`, as `ruang-uji bundle --help`.
  const helpOf = name === 'help' ? rest[0] : undefined;
  const command = COMMANDS[helpOf ?? name];
  if (!command) {
    const typed = helpOf ?? name;
    if (asksJson(rest)) {
      const params = { command: typed };
      printJsonFailure({ code: codeOfKey('cli.typo.unknownCommand'), messageKey: 'cli.typo.unknownCommand', params, message: unknownCommandText(typed, Object.keys(COMMANDS), 'en') });
    }
    process.stderr.write(`ruang-uji: ${unknownCommandText(typed, Object.keys(COMMANDS), languageOfArgv(rest))}\n`);
    return 2;
  }
  if (helpOf !== undefined || asksHelp(rest)) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (thrown) {
    // A core refusal a command did not word itself is worded here, in the language it would have spoken.
    const err = thrown instanceof AppError ? refusal(thrown, languageOfArgv(rest)) : thrown;
    if (err instanceof CliError) {
      const language = languageOfArgv(rest);
      const message = err.unknownOption
        ? unknownOptionText(name, err.unknownOption, command.usage, language)
        : err instanceof UnknownVerbError
          ? unknownVerbText(name, err.verb, command.usage, language)
          : err.textIn(language);
      if (asksJson(rest)) printJsonFailure(failureOf(err, name, command.usage));
      process.stderr.write(`ruang-uji ${name}: ${message}\n`);
      return err.exitCode;
    }
    // Not a refusal but a fault (its stack follows on stderr): a script reading stdout still gets the one shape.
    if (asksJson(rest)) printJsonFailure({ code: 'INTERNAL', messageKey: 'errors.INTERNAL', params: {}, message: err instanceof Error ? err.message : String(err) });
    throw err;
  }
}
