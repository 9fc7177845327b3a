import { parseArgs } from 'node:util';
import { createCore, DB_FILE_NAME } from '../../core';
import fs from 'node:fs';
import path from 'node:path';
import { languageOf } from '../language';
import { CliError, dataDirFrom, describeError, parse } from '../options';

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, 'tuk-station': { type: 'boolean' } } }));
  if (typeof values.data !== 'string') throw new CliError('--data DIR is required');
  const dataDir = dataDirFrom(values.data);
  if (fs.existsSync(path.join(dataDir, DB_FILE_NAME))) {
    throw new CliError(`${dataDir} already holds a database; the demo is only created in an empty folder`, 1);
  }
  try {
    const tukStation = values['tuk-station'] === true;
    const core = await createCore({ dataDir, demoIfEmpty: !tukStation, tukStationIfEmpty: tukStation });
    core.close();
  } catch (err) {
    // An empty folder has no language of its own yet: the app's default, as on its screens.
    throw new CliError(describeError(err, languageOf(dataDir)), 1);
  }
  process.stdout.write(values['tuk-station'] ? `Demo TUK station created in ${dataDir}\n` : `Demo created in ${dataDir}\n`);
  return 0;
}
