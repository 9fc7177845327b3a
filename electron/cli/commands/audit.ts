import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME, verifyAuditReadOnly, writtenWhileLocked } from '../../core';
import { auditList, AUDIT_LIST_USAGE } from '../audit-list';
import { auditReport } from '../audit-report';
import { languageOf } from '../language';
import { AppError } from '../../shared/errors';
import { CliError, cliFailure, dataDirFrom, describeError, jsonRefusal, parse, wrongVerb } from '../options';
import { SIGN_IN_USAGE, withSignedIn } from '../sign-in';

export const USAGE = `usage:
  ruang-uji audit verify [--data DIR] [--json]
      checks the audit log's hash chain and signed heads, read-only and signed in as no one
${AUDIT_LIST_USAGE}
${SIGN_IN_USAGE}`;

const OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  as: { type: 'string' },
  source: { type: 'string' },
  area: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  by: { type: 'string' },
  limit: { type: 'string' },
} as const;

/**
 * Checking the log is read-only and needs no one signed in: it must work on a copied data folder, and
 * on one whose accounts may be what was tampered with.
 */
export async function auditCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  // Listing reads through the contract, signed in, like the admin's screen; checking does not (above).
  if (positionals.length === 1 && positionals[0] === 'list') return withSignedIn(dataDirFrom(values.data), values.as, (caller) => auditList(caller, values));
  if (positionals.length !== 1 || positionals[0] !== 'verify') throw wrongVerb(positionals[0], USAGE);
  const dataDir = dataDirFrom(values.data);
  const file = path.join(dataDir, DB_FILE_NAME);
  const language = languageOf(dataDir);
  if (!fs.existsSync(file)) throw cliFailure(language, 'cli.noDatabase', { file, dir: dataDir }, 1);
  let result;
  try {
    result = verifyAuditReadOnly(dataDir);
  } catch (err) {
    // A database this version cannot read, say: the core's refusal, its code kept for --json.
    throw new CliError(describeError(err, language), 1, undefined, err instanceof AppError ? jsonRefusal(err) : undefined);
  }
  // A log found not ok fails the command (exit 1): its ok: false carries the error every failure does, beside the findings.
  if (values.json) process.stdout.write(JSON.stringify(result.ok ? result : { ...result, error: cliFailure('en', 'cli.audit.notOkJson', {}, 1).failure }) + '\n');
  else process.stdout.write(auditReport(result, language, (f) => (f.fromSeq !== null && f.toSeq !== null ? writtenWhileLocked(dataDir, f.fromSeq, f.toSeq) : null)));
  return result.ok ? 0 : 1;
}
