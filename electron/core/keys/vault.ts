import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { Principal, Role } from '../../shared/roles';
import type { KeyProtection } from '../../shared/types';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { countKeyWraps, keyWrapFor, saveKeyWrap, type KeyWrapRow } from '../db/queries/key-wraps';
import { installationKey } from '../db/queries/keys';
import { aeadOpen, aeadSeal } from './aead';
import { readOsKey, readPlainKey, removeOsKey, removePlainKey, writeOsKey, writePlainKey } from './data-key-files';
import { unwrapDataKey, wrapDataKey } from './wrap';

/** Recorded beside each sealed blob: AES-256-GCM under the installation's data key. */
export const DATA_KEY_SEALER = 'data-key-aes-256-gcm';

/** The staff who sign and open bundles, and so hold a wrap of the data key. */
export const KEY_HOLDER_ROLES: readonly Role[] = ['lsp_admin', 'proctor'];

/**
 * What the Electron shell offers when the OS can protect a secret for this user (safeStorage). It may
 * answer later: safeStorage lives in the main process, the core in its own process that asks for it.
 */
export type OsProtection = { encrypt: (plain: Buffer) => Buffer | Promise<Buffer>; decrypt: (sealed: Buffer) => Buffer | Promise<Buffer> };

export type VaultOptions = {
  db: Db;
  keysDir: string;
  os?: OsProtection | null;
  /** scrypt N for password wraps; tests lower it like the password cost. */
  wrapCost?: number;
};

/**
 * Holds the data key that seals the installation's private keys, and knows how it is protected:
 * - by the OS (Electron safeStorage) where available: open at every start;
 * - otherwise by key holders' passwords: locked after a restart until a key holder signs in or unlocks;
 * - on first run only, by nothing: the key sits in the clear until the first key holder signs in,
 *   which wraps it and removes the file.
 * Key holders' wraps are kept in every case, so moving the data folder to another computer or OS
 * account (where safeStorage cannot open it) still works with an admin's password.
 */
export class KeyVault {
  readonly kind = DATA_KEY_SEALER;
  private key: Buffer | null = null;
  private osHeld = false;
  private plainOnDisk = false;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly o: VaultOptions) {}

  /** Without the OS's protection: everything it needs is on disk, so it opens at once. */
  static open(o: Omit<VaultOptions, 'os'>): KeyVault {
    const vault = new KeyVault(o);
    vault.load(null);
    return vault;
  }

  /** With the OS's protection, which may have to be asked (and answered) across processes. */
  static async openProtected(o: VaultOptions): Promise<KeyVault> {
    const vault = new KeyVault(o);
    const { os, keysDir } = o;
    const sealed = os ? readOsKey(keysDir) : null;
    let fromOs: Buffer | null = null;
    if (os && sealed) {
      try {
        fromOs = await os.decrypt(sealed);
      } catch {
        // Another OS account or computer: fall through to the clear file or to key holders' passwords.
      }
    }
    const key = vault.load(fromOs);
    if (key) await vault.protectWithOs(key);
    return vault;
  }

  get unlocked(): boolean {
    return this.key !== null;
  }

  get protection(): KeyProtection {
    if (this.osHeld) return 'os';
    return this.plainOnDisk ? 'none' : 'password';
  }

  seal(plain: Buffer): Buffer {
    return aeadSeal(this.require(), plain);
  }

  unseal(sealed: Buffer): Buffer {
    const key = this.require();
    try {
      return aeadOpen(key, sealed);
    } catch {
      throw new AppError('KEYS_UNAVAILABLE');
    }
  }

  /**
   * After a key holder's password was checked: unlocks with their wrap if locked, and wraps the key for
   * them if they have no wrap yet (the first such wrap ends the clear key file). Others are ignored.
   */
  admit(who: Principal, password: string, at: Date): Promise<void> {
    if (!KEY_HOLDER_ROLES.includes(who.role)) return Promise.resolve();
    const run = this.queue.then(() => this.admitNow(who, password, at));
    this.queue = run.catch(() => {});
    return run;
  }

  /**
   * A key holder chose a new password: their wrap follows it while the key is open. (Locked, the old
   * wrap stays; they unlock with the old password once, as after a restore.)
   */
  rewrap(who: Principal, password: string, at: Date): Promise<void> {
    if (!KEY_HOLDER_ROLES.includes(who.role)) return Promise.resolve();
    const run = this.queue.then(async () => {
      const { db } = this.o;
      if (!this.key || !keyWrapFor(db, who.accountId)) return;
      const row = await wrapDataKey(this.key, who.accountId, password, this.o.wrapCost, at);
      db.transaction(() => {
        saveKeyWrap(db, row);
        appendAudit(db, who, { action: 'keys.rewrapped', entity: 'account', entityId: who.accountId }, at);
      })();
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /**
   * Admin recovery (keys/recover-admin.ts): every key holder's password may be lost, the key backup is
   * not. A new data key seals the backed-up keys and is wrapped for `accountId` alone; `commit` stores
   * both (with the wraps of the old key dropped) in one transaction. Other key holders are wrapped again
   * at their next sign-in while the keys are open. The OS's copy of the old key goes too.
   */
  reseal(material: Buffer, accountId: string, password: string, at: Date, commit: (sealedPrivate: string, wrap: KeyWrapRow) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const key = crypto.randomBytes(32);
      const wrap = await wrapDataKey(key, accountId, password, this.o.wrapCost, at);
      commit(aeadSeal(key, material).toString('base64'), wrap);
      this.key = key;
      this.osHeld = false;
      removeOsKey(this.o.keysDir);
      if (this.plainOnDisk) {
        removePlainKey(this.o.keysDir);
        this.plainOnDisk = false;
      }
      if (this.o.os) await this.protectWithOs(key);
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /** Whether this account could unlock the keys with its password. */
  holds(accountId: string): boolean {
    return keyWrapFor(this.o.db, accountId) !== undefined;
  }

  private require(): Buffer {
    if (!this.key) throw new AppError('KEYS_LOCKED');
    return this.key;
  }

  /** Returns the key when it still has to be put under the OS's protection. */
  private load(fromOs: Buffer | null): Buffer | null {
    const { db, keysDir, os } = this.o;
    if (fromOs && fromOs.length === 32) {
      this.key = fromOs;
      this.osHeld = true;
    }
    const plain = readPlainKey(keysDir);
    if (!this.key && plain) this.key = plain;
    this.plainOnDisk = plain !== null;
    if (!this.key && !installationKey(db) && countKeyWraps(db) === 0) {
      // First run: nothing is sealed yet, so a new data key loses nothing.
      this.key = crypto.randomBytes(32);
      if (!os) {
        writePlainKey(keysDir, this.key);
        this.plainOnDisk = true;
      }
    }
    return this.key && os && (!this.osHeld || this.plainOnDisk) ? this.key : null;
  }

  private async protectWithOs(key: Buffer): Promise<void> {
    const { os, keysDir } = this.o;
    if (!os) return;
    writeOsKey(keysDir, await os.encrypt(key));
    this.osHeld = true;
    if (this.plainOnDisk) {
      removePlainKey(keysDir);
      this.plainOnDisk = false;
    }
  }

  private async admitNow(who: Principal, password: string, at: Date): Promise<void> {
    const { db } = this.o;
    const wrap = keyWrapFor(db, who.accountId);
    if (!this.key) {
      const key = wrap ? await unwrapDataKey(wrap, password) : null;
      if (!key) return;
      this.key = key;
      db.transaction(() => appendAudit(db, who, { action: 'keys.unlocked', entity: 'account', entityId: who.accountId }, at))();
      if (this.o.os) await this.protectWithOs(key);
      return;
    }
    if (!wrap) {
      const row = await wrapDataKey(this.key, who.accountId, password, this.o.wrapCost, at);
      db.transaction(() => {
        saveKeyWrap(db, row);
        appendAudit(db, who, { action: 'keys.wrapped', entity: 'account', entityId: who.accountId }, at);
      })();
    }
    // Also after a crash between saving a wrap and removing the file.
    if (this.plainOnDisk) {
      removePlainKey(this.o.keysDir);
      this.plainOnDisk = false;
    }
  }
}
