import { describe, expect, it, vi } from 'vitest';
import { osProtection } from '../../electron/main/os-protection';

function safeStorage(available: boolean, backend: string) {
  return {
    isEncryptionAvailable: vi.fn(() => available),
    getSelectedStorageBackend: vi.fn(() => backend as 'basic_text'),
    encryptString: vi.fn((plain: string) => Buffer.from(`os(${plain})`)),
    decryptString: vi.fn((sealed: Buffer) => sealed.toString().slice(3, -1)),
  };
}

describe('osProtection', () => {
  it('is offered where safeStorage is backed by the OS, and round-trips a binary key', () => {
    for (const [platform, backend] of [['win32', 'unknown'], ['darwin', 'unknown'], ['linux', 'gnome_libsecret'], ['linux', 'kwallet6']] as const) {
      const os = osProtection(safeStorage(true, backend), platform);
      if (!os) throw new Error(`${platform}/${backend}: expected protection`);
      const key = Buffer.from([0, 255, 1, 254, 128]);
      expect(os.decrypt(os.encrypt(key))).toEqual(key);
    }
  });

  it('is refused where it would not protect anything', () => {
    expect(osProtection(safeStorage(false, 'gnome_libsecret'), 'linux')).toBeNull();
    expect(osProtection(safeStorage(false, 'unknown'), 'win32')).toBeNull();
    // Chromium's fallback on a Linux desktop without a keyring: a hard-coded key.
    expect(osProtection(safeStorage(true, 'basic_text'), 'linux')).toBeNull();
    expect(osProtection(safeStorage(true, 'unknown'), 'linux')).toBeNull();
  });
});
