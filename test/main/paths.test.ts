import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, resetElectron } from './fake-electron';
import { builtPath, dataDir, devNativeBindingPath, nativeBinding, packagedNativeBindingPath } from '../../electron/main/paths';
import { devNativeBindingPath as coreBindingPath } from '../../electron/core';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REBUILD_SCRIPT = path.join(ROOT, 'electron', 'tools', 'rebuild-native-for-electron.mjs');

describe('main paths', () => {
  beforeEach(resetElectron);

  it('uses RUANG_UJI_DATA_DIR when given, else Electron userData', () => {
    electron.app.getPath.mockReturnValue('/home/u/.config/Ruang Uji');
    expect(dataDir({ RUANG_UJI_DATA_DIR: '/srv/tuk-data' })).toBe(path.resolve('/srv/tuk-data'));
    expect(dataDir({ RUANG_UJI_DATA_DIR: '  ' })).toBe('/home/u/.config/Ruang Uji');
    expect(dataDir({})).toBe('/home/u/.config/Ruang Uji');
    expect(electron.app.getPath).toHaveBeenCalledWith('userData');
  });

  it('finds built files under out/ in the app folder', () => {
    electron.app.getAppPath.mockReturnValue('/repo');
    expect(builtPath('preload', 'index.cjs')).toBe(path.join('/repo', 'out', 'preload', 'index.cjs'));
  });

  it('passes the Electron build of better-sqlite3 only when it exists', () => {
    const dev = { isPackaged: false, appPath: '/repo', resourcesPath: '/res', electronVersion: '41.7.1' };
    const expected = path.join('/repo', '.native', 'electron-41.7.1', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(devNativeBindingPath('/repo', '41.7.1')).toBe(expected);
    expect(nativeBinding(() => true, dev)).toBe(expected);
    expect(nativeBinding(() => false, dev)).toBeUndefined();
    expect(nativeBinding(() => true, { ...dev, electronVersion: undefined })).toBeUndefined();
    const packaged = { ...dev, isPackaged: true };
    expect(nativeBinding(() => true, packaged)).toBe(packagedNativeBindingPath('/res'));
    expect(packagedNativeBindingPath('/res')).toBe(path.join('/res', 'native', 'better_sqlite3.node'));
  });

  it('looks where the rebuild script puts the binding (its dry run)', () => {
    const out = execFileSync(process.execPath, [REBUILD_SCRIPT, '--dry-run', '--electron', '41.7.1'], { encoding: 'utf8' });
    const binding = /^binding: (.+)$/m.exec(out)?.[1];
    expect(binding).toBe(devNativeBindingPath(ROOT.replace(/[\\/]$/, ''), '41.7.1'));
    expect(out).toContain('--runtime=electron --target=41.7.1');
    // The Node build that tests and the CLI load is never the destination.
    expect(out).not.toMatch(/-> .*node_modules/);
  });

  it('the rebuild script refuses a bad version in one line', () => {
    const run = spawnSync(process.execPath, [REBUILD_SCRIPT, '--dry-run', '--electron', 'latest'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['rebuild-native-for-electron: not an Electron version: latest']);
  });

  it('looks for the Electron build where the core process loads it from (main no longer asks the core)', () => {
    expect(devNativeBindingPath('/repo', '41.7.1')).toBe(coreBindingPath('/repo', '41.7.1'));
  });
});
