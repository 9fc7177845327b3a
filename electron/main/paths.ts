import fs from 'node:fs';
import path from 'node:path';
import { app } from 'electron';

/** The data folder: the one `npm start -- --data` passes down, else Electron's userData (what core's defaultDataDir mirrors). */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.RUANG_UJI_DATA_DIR?.trim();
  return fromEnv ? path.resolve(fromEnv) : app.getPath('userData');
}

/** Files electron-vite built (out/…), found from the app folder so the same code works unpacked and in an asar. */
export function builtPath(...segments: string[]): string {
  return path.join(app.getAppPath(), 'out', ...segments);
}

/**
 * Where `npm run rebuild:electron-native` puts better-sqlite3 built for Electron's ABI. The same path as
 * core/db/native-binding.ts computes (a test holds them equal): main must not load the core to ask it.
 */
export function devNativeBindingPath(appPath: string, electronVersion: string): string {
  return path.join(appPath, '.native', `electron-${electronVersion}`, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

/** A packaged app carries the Electron build as an extra resource (see the README). */
export function packagedNativeBindingPath(resourcesPath: string): string {
  return path.join(resourcesPath, 'native', 'better_sqlite3.node');
}

export type NativeBindingContext = {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
  /** Undefined when not running inside Electron (tests). */
  electronVersion: string | undefined;
};

function currentContext(): NativeBindingContext {
  return {
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    electronVersion: process.versions.electron,
  };
}

/**
 * node_modules/better-sqlite3 is built for Node (tests, CLI, room server) and Electron's ABI differs,
 * so main prefers an Electron build when one exists; undefined falls back to the Node build, which a
 * packager that rebuilds node_modules for Electron also makes correct.
 */
export function nativeBinding(exists: (file: string) => boolean = fs.existsSync, context: NativeBindingContext = currentContext()): string | undefined {
  const candidate = context.isPackaged
    ? packagedNativeBindingPath(context.resourcesPath)
    : context.electronVersion
      ? devNativeBindingPath(context.appPath, context.electronVersion)
      : undefined;
  return candidate && exists(candidate) ? candidate : undefined;
}
