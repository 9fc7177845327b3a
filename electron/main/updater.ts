import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../server/static-files';

/**
 * Updates come only from where an LSP or TUK admin points the app: a folder (USB stick, network share)
 * or a LAN URL holding electron-builder's latest*.yml and installers. With neither configured the
 * updater is never even loaded, so the app never reaches for the internet on its own.
 */
export type UpdateSource = { kind: 'url'; url: string } | { kind: 'folder'; folder: string };

export const UPDATE_SOURCE_ENV = 'RUANG_UJI_UPDATE_SOURCE';

export function parseUpdateSource(raw: string | undefined | null): UpdateSource | null {
  const value = raw?.trim();
  if (!value) return null;
  if (/^https?:\/\//i.test(value)) return { kind: 'url', url: value.endsWith('/') ? value : `${value}/` };
  if (/^file:\/\//i.test(value)) return { kind: 'folder', folder: fileURLToPath(value) };
  if (path.isAbsolute(value)) return { kind: 'folder', folder: value };
  // A relative path would depend on the working directory of whoever launched the app.
  return null;
}

/** The subset of electron-updater's AppUpdater this module touches; tests pass a fake. */
export type UpdaterLike = {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  disableDifferentialDownload: boolean;
  setFeedURL: (options: { provider: 'generic'; url: string }) => void;
  checkForUpdates: () => Promise<unknown>;
};

export type UpdaterHandle = { feedUrl: string; stop: () => Promise<void> };

export type UpdaterDeps = {
  loadUpdater?: () => Promise<UpdaterLike>;
  log?: (message: string, error?: unknown) => void;
};

export async function startUpdater(source: UpdateSource | null, deps: UpdaterDeps = {}): Promise<UpdaterHandle | null> {
  if (!source) return null;
  const log = deps.log ?? ((message, error) => console.warn(`[ruang-uji] ${message}`, error ?? ''));
  const folderServer = source.kind === 'folder' ? await serveFolder(source.folder) : null;
  const feedUrl = folderServer?.url ?? (source.kind === 'url' ? source.url : '');
  const updater = await (deps.loadUpdater ?? loadElectronUpdater)();
  // An exam day is no time to install: nothing is fetched until an admin asks for it.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  // A folder served by serveStatic has no range requests; a LAN server may not either.
  updater.disableDifferentialDownload = true;
  updater.setFeedURL({ provider: 'generic', url: feedUrl });
  updater.checkForUpdates().catch((error: unknown) => log('update check failed', error));
  return { feedUrl, stop: async () => folderServer?.close() };
}

/** electron-updater is CommonJS and reads Electron at load time, so it is loaded only once a source exists. */
async function loadElectronUpdater(): Promise<UpdaterLike> {
  const mod = await import('electron-updater');
  return (mod.default ?? mod).autoUpdater;
}

/** electron-updater's generic provider speaks only HTTP, so a folder is served on loopback for it. */
async function serveFolder(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(folder);
  const server = http.createServer((req, res) => serveStatic(root, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!isAddressInfo(address)) throw new Error('update folder server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function isAddressInfo(value: string | AddressInfo | null): value is AddressInfo {
  return typeof value === 'object' && value !== null;
}
