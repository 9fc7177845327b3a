import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { verifyAudit } from '../../core/audit/log';
import { DB_FILE_NAME, openDatabase } from '../../core/db/open';
import { CliError, dataDirFrom, describeError, parse } from '../options';

export async function auditCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, json: { type: 'boolean' } } }));
  if (positionals[0] !== 'verify') throw new CliError('usage: ruang-uji audit verify [--data DIR] [--json]');
  const file = path.join(dataDirFrom(values.data), DB_FILE_NAME);
  if (!fs.existsSync(file)) throw new CliError(`no database at ${file}`, 1);
  let result;
  try {
    const db = openDatabase(file, { readonly: true });
    try {
      result = verifyAudit(db);
    } finally {
      db.close();
    }
  } catch (err) {
    throw new CliError(describeError(err), 1);
  }
  if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
  else if (result.ok) process.stdout.write(`audit log OK: ${result.rows} rows, chain intact\n`);
  else {
    const b = result.firstBroken;
    process.stdout.write(`audit log BROKEN at row ${b?.seq} (${b?.reason}); rows before it are intact\n`);
  }
  return result.ok ? 0 : 1;
}
