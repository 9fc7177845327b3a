import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME, verifyAuditReadOnly, writtenWhileLocked } from '../../core';
import { auditReport } from '../audit-report';
import { languageOf, say } from '../language';
import { CliError, dataDirFrom, describeError, parse } from '../options';

/**
 * Checking the log is read-only and needs no one signed in: it must work on a copied data folder, and
 * on one whose accounts may be what was tampered with.
 */
export async function auditCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, json: { type: 'boolean' } } }));
  if (positionals[0] !== 'verify') throw new CliError('usage: ruang-uji audit verify [--data DIR] [--json]');
  const dataDir = dataDirFrom(values.data);
  const file = path.join(dataDir, DB_FILE_NAME);
  const language = languageOf(dataDir);
  if (!fs.existsSync(file)) throw new CliError(say(language, 'cli.noDatabase', { file, dir: dataDir }), 1);
  let result;
  try {
    result = verifyAuditReadOnly(dataDir);
  } catch (err) {
    throw new CliError(describeError(err, language), 1);
  }
  if (values.json) process.stdout.write(JSON.stringify(result) + '\n');
  else process.stdout.write(auditReport(result, language, (f) => (f.fromSeq !== null && f.toSeq !== null ? writtenWhileLocked(dataDir, f.fromSeq, f.toSeq) : null)));
  return result.ok ? 0 : 1;
}
