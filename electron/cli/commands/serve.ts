import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from '../../core';
import type { RoomServer } from '../../server';
import type { AuditIntegrity } from '../../shared/types';
import { startCoreHost } from '../../host/core-host';
import { languageOf, say } from '../language';
import { integrityReport } from '../audit-report';
import { CliError, cliFailure, dataDirFrom, describeError, parse, portFrom } from '../options';

export const DEFAULT_PORT = 4321;

export const USAGE = `usage:
  ruang-uji serve [--data DIR] [--host H] [--port N] [--no-demo]
      the room server: API, pushes and the built UI (npm run build first), on 127.0.0.1 unless --host says otherwise
      (port ${DEFAULT_PORT} by default); an empty data folder gets the demo, or the set-up screen with --no-demo`;
export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export type Running = { core: Core; server: RoomServer; stop: () => Promise<void> };

/**
 * The core process as `serve` runs it: the same host the desktop app runs in its utilityProcess (the
 * core, the room control for the proctor's console), plus a listener from the start for browser mode.
 */
export async function runServer(opts: { dataDir: string; host: string; port: number; demo: boolean }): Promise<Running> {
  const staticDir = fs.existsSync(path.join(RENDERER_DIR, 'index.html')) ? RENDERER_DIR : null;
  let host;
  try {
    // The audit log's check at start, and its whole walk when it ends in the background: told on stderr as found.
    const printed = new Set<string>();
    const onAuditIntegrity = (state: AuditIntegrity) => process.stderr.write(integrityReport(state, languageOf(opts.dataDir), opts.dataDir, printed));
    host = await startCoreHost({ core: { dataDir: opts.dataDir, demoIfEmpty: opts.demo, onAuditIntegrity }, staticDir, listen: { host: opts.host, port: opts.port } });
  } catch (err) {
    throw new CliError(describeError(err, languageOf(opts.dataDir)), 1);
  }
  const { core, server, stop } = host;
  if (!server) throw cliFailure(languageOf(opts.dataDir), 'cli.serve.notStarted', {}, 1);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().then(() => process.exit(0)));
  }
  if (!staticDir) process.stdout.write(`${say(languageOf(opts.dataDir), 'cli.serve.uiNotBuilt')}\n`);
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
  process.stdout.write(`${say(languageOf(core.dataDir), 'cli.serve.listening', { url: server.url, dir: core.dataDir })}\n`);
  return new Promise<number>(() => {});
}
