import { appealsCommand } from './commands/appeals';
import { auditCommand } from './commands/audit';
import { bundleCommand } from './commands/bundle';
import { keysCommand } from './commands/keys';
import { backupCommand } from './commands/backup';
import { bankCommand } from './commands/bank';
import { certificatesCommand } from './commands/certificates';
import { demoCommand } from './commands/demo';
import { plenoCommand } from './commands/pleno';
import { serveCommand } from './commands/serve';
import { sessionsCommand } from './commands/sessions';
import { registrySheetCommand } from './commands/registry-sheets';
import { setupCommand } from './commands/setup';
import { startCommand } from './commands/start';
import { CliError } from './options';

const USAGE = `ruang-uji — Ruang Uji command line

  ruang-uji start [--data DIR] [--port N]          desktop window, or browser mode without Electron
  ruang-uji serve [--data DIR] [--host H] [--port N] [--no-demo]
                                                    run the room server (API + built UI)
  ruang-uji setup --kind lsp|tuk ...               set up a real installation: the LSP (or TUK) and its first admin
                                                    (run "ruang-uji setup --help" for the flags)
  ruang-uji demo --data DIR                         create the embedded demo in an empty folder
  ruang-uji audit verify [--data DIR]               check the audit log's hash chain
  ruang-uji audit list [--area A] [--from D] [--to D] [--by USER] [--limit N] [--json] --as USER
                                                    the audit log newest first, in words
  ruang-uji demo --data DIR --tuk-station           a demo TUK computer (proctor only) awaiting a session bundle
  ruang-uji bundle inspect|verify|export|import ... session bundles (run "ruang-uji bundle" for details)
  ruang-uji keys show|backup|restore|recover-admin ... installation keys: back them up, restore them after a loss,
                                                    or set a forgotten admin's password with their backup
  ruang-uji backup take --to FOLDER --as USER       write a backup of the database (app stopped or running)
  ruang-uji backup list FOLDER                      list the backups in a folder, newest first
  ruang-uji backup restore FILE --reason TEXT --as USER
                                                    check a backup and restore it over the database
  ruang-uji backup configure FOLDER [--every MIN] [--keep N] --as USER
                                                    the rolling backups of the exam day
  ruang-uji candidates|assessors|schemes import FILE.xlsx [--dry-run] [--json] --as USER
                                                    preview and apply a registry spreadsheet (run "ruang-uji candidates" for details)
  ruang-uji candidates|assessors|schemes export|template FILE.xlsx --as USER
                                                    the registry, or an empty template, as .xlsx
  ruang-uji bank import FILE --scheme CODE [--version N] [--unit CODE] [--approve] [--dry-run] [--json] --as USER
                                                    preview and apply a question-bank file (run "ruang-uji bank" for details)
  ruang-uji bank template FILE.xlsx|FILE.docx --as USER
                                                    the question bank's empty Excel or Word template
  ruang-uji bank export FILE.xlsx --scheme CODE [--version N] --as USER
                                                    a scheme version's questions in that Excel template
  ruang-uji pleno list [--json] --as USER           the plenary meetings, with the ID and SK number --pleno takes
  ruang-uji certificates issue --pleno ID|SK --issued-on YYYY-MM-DD [--json] --as USER
                                                    number the certificates of a signed plenary meeting
  ruang-uji certificates bnsp-sheet --pleno ID|SK --out FILE.xlsx [--json] --as USER
                                                    BNSP's upload sheet (run "ruang-uji certificates" for details)
  ruang-uji certificates register --out FILE.xlsx [--json] --as USER
                                                    the certificate register as .xlsx
  ruang-uji appeals list [--status open|closed] [--json] --as USER
                                                    the appeals (FR.AK.04)
  ruang-uji sessions cancel --session CODE --reason TEXT [--json] --as USER
                                                    call off a planned session that has not started

Commands that change data (and bundle inspect|verify) run as a signed-in admin or proctor, --as USER,
audited under that name; the password comes from RUANG_UJI_PASSWORD or is asked for on the terminal.
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  start: startCommand,
  serve: serveCommand,
  setup: setupCommand,
  demo: demoCommand,
  audit: auditCommand,
  bundle: bundleCommand,
  keys: keysCommand,
  backup: backupCommand,
  candidates: registrySheetCommand('candidates'),
  assessors: registrySheetCommand('assessors'),
  schemes: registrySheetCommand('schemes'),
  bank: bankCommand,
  pleno: plenoCommand,
  certificates: certificatesCommand,
  appeals: appealsCommand,
  sessions: sessionsCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`unknown command: ${name}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`ruang-uji ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
