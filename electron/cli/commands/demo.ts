import { parseArgs } from 'node:util';
import { createCore, DB_FILE_NAME } from '../../core';
import fs from 'node:fs';
import path from 'node:path';
import { languageOf, say } from '../language';
import { CliError, cliFailure, dataDirFrom, describeError, parse, usageError } from '../options';

export const USAGE = `usage:
  ruang-uji demo --data DIR                 creates the embedded demo in an empty folder
  ruang-uji demo --data DIR --tuk-station   a demo TUK computer: only the proctor's account, waiting for a session bundle`;

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, 'tuk-station': { type: 'boolean' } } }));
  if (typeof values.data !== 'string') throw usageError('cli.usage.required', { flag: '--data DIR' });
  const dataDir = dataDirFrom(values.data);
  if (fs.existsSync(path.join(dataDir, DB_FILE_NAME))) {
    throw cliFailure(languageOf(dataDir), 'cli.demo.notEmpty', { dir: dataDir }, 1);
  }
  try {
    const tukStation = values['tuk-station'] === true;
    const core = await createCore({ dataDir, demoIfEmpty: !tukStation, tukStationIfEmpty: tukStation });
    core.close();
  } catch (err) {
    // An empty folder has no language of its own yet: the app's default, as on its screens.
    throw new CliError(describeError(err, languageOf(dataDir)), 1);
  }
  // The demo chooses no language, so it is the app's default, as on its screens.
  const language = languageOf(dataDir);
  process.stdout.write(`${values['tuk-station'] ? say(language, 'cli.demo.tukStation', { dir: dataDir }) : say(language, 'cli.demo.created', { dir: dataDir })}\n`);
  return 0;
}
