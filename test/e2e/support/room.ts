import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { runCli, spawnCli } from '../../support/cli';

export type Room = { url: string; origin: string; dataDir: string; stop: () => void };

/**
 * The real room server, started the way an operator does (`ruang-uji serve`) on a fresh data folder;
 * `tukStation`: first `ruang-uji demo --tuk-station`, a TUK computer waiting for its session bundle.
 */
export async function startRoom(options: { tukStation?: boolean } = {}): Promise<Room> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-e2e-'));
  let child: ChildProcess | undefined;
  try {
    if (options.tukStation && runCli(['demo', '--data', dataDir, '--tuk-station']).code !== 0) throw new Error('demo --tuk-station failed');
    const started = await spawnCli(['serve', '--data', dataDir, '--port', '0'], /room server: (http:\/\/127\.0\.0\.1:\d+\/)/);
    child = started.child;
    if (started.output().includes('UI not built')) throw new Error('out/renderer is missing: run `npm run build` first');
    const url = started.match[1];
    return {
      url,
      origin: new URL(url).origin,
      dataDir,
      stop: () => {
        child?.kill('SIGKILL');
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
