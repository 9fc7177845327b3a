import { auditCommand } from './commands/audit';
import { backupCommand } from './commands/backup';
import { demoCommand } from './commands/demo';
import { serveCommand } from './commands/serve';
import { startCommand } from './commands/start';
import { CliError } from './options';

const USAGE = `ruang-uji — Ruang Uji command line

  ruang-uji start [--data DIR] [--port N]          desktop window, or browser mode without Electron
  ruang-uji serve [--data DIR] [--host H] [--port N] [--no-demo]
                                                    run the room server (API + built UI)
  ruang-uji demo --data DIR                         create the embedded demo in an empty folder
  ruang-uji audit verify [--data DIR]               check the audit log's hash chain
  ruang-uji backup take --to FOLDER [--data DIR]    write a backup of the database (app stopped or running)
  ruang-uji backup list FOLDER                      list the backups in a folder, newest first
  ruang-uji backup restore FILE [--data DIR]        check a backup and restore it over the database
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  start: startCommand,
  serve: serveCommand,
  demo: demoCommand,
  audit: auditCommand,
  backup: backupCommand,
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
