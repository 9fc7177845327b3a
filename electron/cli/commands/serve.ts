import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from '../../core';
import { startRoomServer, type RoomServer } from '../../server';
import { lanControl } from '../../server/lan';
import { CliError, dataDirFrom, describeError, parse, portFrom } from '../options';

export const DEFAULT_PORT = 4321;
export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export type Running = { core: Core; server: RoomServer; stop: () => Promise<void> };

export async function runServer(opts: { dataDir: string; host: string; port: number; demo: boolean }): Promise<Running> {
  let core: Core;
  try {
    core = await createCore({ dataDir: opts.dataDir, demoIfEmpty: opts.demo });
  } catch (err) {
    throw new CliError(describeError(err), 1);
  }
  const staticDir = fs.existsSync(path.join(RENDERER_DIR, 'index.html')) ? RENDERER_DIR : null;
  const server = await startRoomServer({ core, host: opts.host, port: opts.port, staticDir });
  // The proctor can open a second listener on a LAN card from the console; it serves the same API and UI.
  const lan = lanControl(core, { staticDir });
  core.setRoomControl(lan);
  const stop = async () => {
    await lan.close();
    await server.close();
    core.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().then(() => process.exit(0)));
  }
  if (!staticDir) process.stdout.write('UI not built (run `npm run build`); serving the API only.\n');
  return { core, server, stop };
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: {
    data: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'no-demo': { type: 'boolean' },
  } }));
  const { server, core } = await runServer({
    dataDir: dataDirFrom(values.data),
    host: values.host ?? '127.0.0.1',
    port: portFrom(values.port, DEFAULT_PORT),
    demo: !values['no-demo'],
  });
  process.stdout.write(`Ruang Uji room server: ${server.url} (data: ${core.dataDir})\n`);
  return new Promise<number>(() => {});
}
