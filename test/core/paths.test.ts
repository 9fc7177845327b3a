import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/core/paths';

describe('defaultDataDir', () => {
  it("matches Electron's userData folder for the product on each platform", () => {
    const home = os.homedir();
    expect(defaultDataDir('linux', {})).toBe(path.join(home, '.config', 'Ruang Uji'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' })).toBe(path.join('/cfg', 'Ruang Uji'));
    expect(defaultDataDir('darwin', {})).toBe(path.join(home, 'Library', 'Application Support', 'Ruang Uji'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toBe(path.join('C:\\Users\\a\\AppData\\Roaming', 'Ruang Uji'));
  });
});
