import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { runCli, SERVING_AT, spawnCli } from '../../support/cli';
import { freePort } from '../../support/ports';

export type Room = {
  url: string;
  origin: string;
  dataDir: string;
  stop: () => void;
  /** SIGKILL of the server process, as a power cut would do; the data folder stays. */
  kill: () => void;
  /** Starts the server again on the same data folder and the same port, as the proctor would after a crash. */
  restart: () => Promise<void>;
};

/**
 * The real room server, started the way an operator does (`ruang-uji serve`) on a fresh data folder.
 * It gets an explicit free port so that a restart finds the lab PCs' pages where they point.
 * `tukStation`: first `ruang-uji demo --tuk-station`, a TUK computer waiting for its session bundle.
 * `noDemo`: `serve --no-demo`, an installation with no data, as a real LSP first sees it.
 * `timeZone`: the server's computer set to this zone (an IANA name), as a TUK station's is set to its TUK's.
 */
export async function startRoom(options: { tukStation?: boolean; noDemo?: boolean; timeZone?: string } = {}): Promise<Room> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-e2e-'));
  const env = options.timeZone ? { ...process.env, TZ: options.timeZone } : process.env;
  if (options.tukStation && runCli(['demo', '--data', dataDir, '--tuk-station'], env).code !== 0) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw new Error('demo --tuk-station failed');
  }
  let child: ChildProcess | undefined;
  const serve = async (port: number) => {
    const started = await spawnCli(['serve', '--data', dataDir, '--port', String(port), ...(options.noDemo ? ['--no-demo'] : [])], SERVING_AT, env);
    child = started.child;
    if (started.output().includes('UI not built')) throw new Error('out/renderer is missing: run `npm run build` first');
    return started.match[1];
  };
  try {
    const port = await freePort();
    const url = await serve(port);
    return {
      url,
      origin: new URL(url).origin,
      dataDir,
      stop: () => {
        child?.kill('SIGKILL');
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
      kill: () => {
        child?.kill('SIGKILL');
      },
      restart: async () => {
        const dead = child;
        if (dead && dead.exitCode === null && dead.signalCode === null) await new Promise((resolve) => dead.once('exit', resolve));
        await serve(port);
      },
    };
  } catch (err) {
    child?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

