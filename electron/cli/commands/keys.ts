import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../../core';
import { bundleEnv } from '../../core/api/handlers/bundles';
import { restoreKeys } from '../../core/keys/backup';
import { installationPublicKeys } from '../../core/keys/installation';
import { AppError } from '../../shared/errors';
import { CliError, dataDirFrom, describeError, parse } from '../options';
import { UNLOCK_USAGE, unlockForCli } from '../unlock';

const USAGE = `usage:
  ruang-uji keys show [--data DIR]                                   this installation's fingerprint and public key
  ruang-uji keys restore BACKUP --passphrase-file F [--data DIR] [--as USERNAME]
                                                                     put backed-up keys in place of this installation's
${UNLOCK_USAGE}`;

export async function keysCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, 'passphrase-file': { type: 'string' }, as: { type: 'string' } } }),
  );
  const sub = positionals[0];
  if (sub !== 'show' && sub !== 'restore') throw new CliError(USAGE);
  const core = await createCore({ dataDir: dataDirFrom(values.data), demoIfEmpty: false, log: () => {} });
  try {
    if (sub === 'show') {
      const k = installationPublicKeys(core.db);
      process.stdout.write(`fingerprint: ${k.fingerprint}\nage public key: ${k.ageRecipient}\ninstallation: ${k.installationId}\n`);
      return 0;
    }
    const file = positionals[1];
    const passFile = values['passphrase-file'];
    if (!file || typeof passFile !== 'string') throw new CliError(USAGE);
    await unlockForCli(core, values.as);
    const base = process.env.INIT_CWD ?? process.cwd();
    const passphrase = fs.readFileSync(path.resolve(base, passFile), 'utf8').replace(/\r?\n$/, '');
    try {
      const r = await restoreKeys(bundleEnv(core.context), null, path.resolve(base, file), passphrase);
      process.stdout.write(`keys restored: fingerprint ${r.fingerprint} (replaced ${r.replaced})\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      process.stderr.write(`${err.code}: ${describeError(err)}\n`);
      return 1;
    }
  } finally {
    core.close();
  }
}
