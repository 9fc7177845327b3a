import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../core/audit/log';
import { checkBackup, listBackups, restoreInto, takeBackup } from '../../core/backup/files';
import { DB_FILE_NAME, openDatabase } from '../../core/db/open';
import { CliError, dataDirFrom, describeError, parse } from '../options';
import { signRestoredHead } from '../restore-head';

const USAGE = 'usage: ruang-uji backup take --to FOLDER [--data DIR] | list FOLDER | restore FILE [--data DIR]';

/**
 * Backups with the app stopped: take one, list a folder, or restore one over the data folder's
 * database (the restore is checked first and recorded in the audit log afterwards).
 */
export async function backupCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, to: { type: 'string' } } }),
  );
  const [verb, target] = positionals;
  const file = path.join(dataDirFrom(values.data), DB_FILE_NAME);
  try {
    if (verb === 'list' && target) {
      for (const b of listBackups(path.resolve(target))) process.stdout.write(`${b.name}\t${b.bytes}\t${b.at}\n`);
      return 0;
    }
    if (verb === 'take' && values.to) {
      if (!fs.existsSync(file)) throw new CliError(`no database at ${file}`, 1);
      const db = openDatabase(file);
      try {
        const taken = await takeBackup(db, path.resolve(values.to), new Date());
        process.stdout.write(`backup written: ${path.join(path.resolve(values.to), taken.name)} (${taken.bytes} bytes)\n`);
      } finally {
        db.close();
      }
      return 0;
    }
    if (verb === 'restore' && target) {
      const source = path.resolve(target);
      checkBackup(source);
      await restoreInto(file, source);
      const db = openDatabase(file);
      try {
        db.transaction(() =>
          appendAudit(db, null, { action: 'backup.restored', details: { file: path.basename(source), by: 'cli' } }, new Date()),
        )();
        if (!signRestoredHead(db, dataDirFrom(values.data))) {
          process.stderr.write('warning: the installation keys are locked, so no audit head vouches for this restore; `audit verify` will report the rolled-back rows as removed\n');
        }
      } finally {
        db.close();
      }
      process.stdout.write(`restored ${source} into ${file}\n`);
      return 0;
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(describeError(err), 1);
  }
  throw new CliError(USAGE);
}
