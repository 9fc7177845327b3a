import type { SafeStorage } from 'electron';
import type { OsSeal } from './core-link';

/**
 * The data key under Electron's safeStorage (DPAPI on Windows, the Keychain on macOS, libsecret or
 * KWallet on Linux). Null where that is not real protection: when encryption is unavailable, and on a
 * Linux desktop without a keyring, where Chromium falls back to a hard-coded key ('basic_text'). The
 * core then keeps the data key under key holders' passwords instead. The core process asks for each
 * seal and unseal over its channel; main answers and keeps nothing.
 */
export function osProtection(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'>,
  platform: NodeJS.Platform = process.platform,
): OsSeal | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return null;
  }
  return {
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
