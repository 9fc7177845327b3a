import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asEnv, runCli } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { staff, tempDir } from '../support/core';

describe('files the CLI reads', () => {
  it('names a missing file or a folder given as one, in the installation language, with exit code 1 and no stack trace', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    const here = tempDir('ru-files-');
    const file = path.join(here, 'sesi.uji');
    fs.writeFileSync(file, 'not a bundle');
    const absent = path.join(here, 'absent.txt');
    const env = asEnv(staff.admin.password);
    const as = ['--as', staff.admin.username, '--data', dir];
    const cases: [string[], string][] = [
      // A folder read as the file: EISDIR with node's stack trace before.
      [['candidates', 'import', here, ...as], `ruang-uji candidates: bukan berkas (sebuah folder?): ${here}\n`],
      [['bank', 'import', here, '--scheme', 'JWP', ...as], `ruang-uji bank: bukan berkas (sebuah folder?): ${here}\n`],
      [['bundle', 'inspect', here, ...as], `ruang-uji bundle: bukan berkas (sebuah folder?): ${here}\n`],
      // A mistyped passphrase file: ENOENT with a stack trace before.
      [['bundle', 'inspect', file, '--passphrase-file', absent, ...as], `ruang-uji bundle: berkas tidak ada: ${absent}\n`],
      [['keys', 'restore', file, '--passphrase-file', absent, ...as], `ruang-uji keys: berkas tidak ada: ${absent}\n`],
      // A mistyped backup: "damaged or not a Ruang Uji database" before.
      [['backup', 'restore', absent, '--reason', 'uji pemulihan', ...as], `ruang-uji backup: berkas tidak ada: ${absent}\n`],
    ];
    for (const [args, stderr] of cases) {
      const r = runCli(args, env);
      expect([args.slice(0, 2), r.code, r.stderr]).toEqual([args.slice(0, 2), 1, stderr]);
    }
  }, 120_000);
});
