import { parseArgs } from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { devNativeBindingPath } from '../../core';
import { findElectronRuntime, type ElectronRuntime, type NoRuntimeReason } from '../electron-runtime';
import type { Language } from '../../shared/i18n';
import { languageOf, say, type CliKey } from '../language';
import { cliFailure, dataDirFrom, parse, portFrom } from '../options';
import { DEFAULT_PORT, runServer } from './serve';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ELECTRON_VITE = path.join(ROOT, 'node_modules', '.bin', 'electron-vite');

/** The desktop app needs better-sqlite3 built for Electron's ABI; build it once (needs internet) if missing. */
function ensureElectronNative(language: Language): boolean {
  const pkg: unknown = createRequire(import.meta.url)('electron/package.json');
  const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
  if (fs.existsSync(devNativeBindingPath(ROOT, version))) return true;
  process.stdout.write(`${say(language, 'cli.start.buildingNative')}\n`);
  const script = path.join(ROOT, 'electron', 'tools', 'rebuild-native-for-electron.mjs');
  return spawnSync(process.execPath, [script], { cwd: ROOT, stdio: 'inherit' }).status === 0;
}

const REASON_TEXT = {
  notInstalled: 'cli.start.reason.notInstalled',
  noDisplay: 'cli.start.reason.noDisplay',
  nativeFailed: 'cli.start.reason.nativeFailed',
} as const satisfies Record<NoRuntimeReason, CliKey>;

export const USAGE = `usage:
  ruang-uji start [--data DIR] [--port N]
      the desktop window (what npm start runs); browser mode on 127.0.0.1 when Electron is not available`;

function build(language: Language): void {
  const result = spawnSync(ELECTRON_VITE, ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw cliFailure(language, 'cli.start.buildFailed', {}, 1);
}

export async function startCommand(argv: string[]): Promise<number> {
  const { values } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, port: { type: 'string' } } }));
  const language = languageOf(dataDirFrom(values.data));
  const found = findElectronRuntime();
  const runtime: ElectronRuntime = found.available && !ensureElectronNative(language) ? { available: false, reason: 'nativeFailed' } : found;
  if (runtime.available) {
    const env = { ...process.env, ...(typeof values.data === 'string' ? { RUANG_UJI_DATA_DIR: dataDirFrom(values.data) } : {}) };
    const child = spawn(ELECTRON_VITE, ['preview'], { cwd: ROOT, stdio: 'inherit', env });
    return new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
  }
  process.stdout.write(`${say(language, 'cli.start.noWindow', { reason: say(language, REASON_TEXT[runtime.reason]) })}\n`);
  build(language);
  const { server, core } = await runServer({
    dataDir: dataDirFrom(values.data),
    host: '127.0.0.1',
    port: portFrom(values.port, DEFAULT_PORT),
    demo: true,
  });
  process.stdout.write(`${say(language, 'cli.start.browserMode', { url: server.url, dir: core.dataDir })}\n`);
  return new Promise<number>(() => {});
}
