import path from 'node:path';

/**
 * Where `npm run rebuild:electron-native` puts better-sqlite3 built for Electron's ABI, beside (never
 * instead of) the Node build in node_modules; keep in step with electron/tools/rebuild-native-for-electron.mjs.
 */
export function devNativeBindingPath(appPath: string, electronVersion: string): string {
  return path.join(appPath, '.native', `electron-${electronVersion}`, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}
