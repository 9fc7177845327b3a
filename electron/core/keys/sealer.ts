import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Protects the installation's private keys at rest. Injected so that the Electron shell can pass one
 * built on `safeStorage` (OS keychain / DPAPI / libsecret); that is not wired yet, so every host uses
 * the key-file sealer below.
 */
export type Sealer = {
  /** Recorded beside the sealed blob, so a blob is never handed to the wrong sealer. */
  readonly kind: string;
  seal: (plain: Buffer) => Buffer;
  unseal: (sealed: Buffer) => Buffer;
};

const KEY_FILE = 'sealing.key';

/**
 * AES-256-GCM under a random 256-bit key kept in `<data>/keys/sealing.key` (mode 0600), outside the
 * database: a copied database file, a backup bundle or a results bundle never carries a usable private
 * key. Someone with the whole data folder and the OS account can unseal; that is the same boundary
 * as safeStorage on a Linux desktop without a keyring, and it is why keys have a separate,
 * passphrase-protected backup.
 */
export function keyFileSealer(keysDir: string): Sealer {
  const file = path.join(keysDir, KEY_FILE);
  let key: Buffer | null = null;
  const load = (): Buffer => {
    if (key) return key;
    if (!fs.existsSync(file)) {
      fs.mkdirSync(keysDir, { recursive: true, mode: 0o700 });
      // 'wx': never overwrite a key that another process just wrote.
      try {
        fs.writeFileSync(file, crypto.randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    const k = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (k.length !== 32) throw new Error(`${file} is not a sealing key`);
    key = k;
    return k;
  };
  return {
    kind: 'key-file-aes-256-gcm',
    seal(plain) {
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', load(), iv);
      const body = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    unseal(sealed) {
      const d = crypto.createDecipheriv('aes-256-gcm', load(), sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]);
    },
  };
}
