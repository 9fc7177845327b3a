import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { aeadOpen, aeadSeal } from '../../../electron/core/keys/aead';
import { privateKeys, unsealKeyMaterial } from '../../../electron/core/keys/installation';
import type { OsProtection } from '../../../electron/core/keys/vault';
import { unwrapDataKey } from '../../../electron/core/keys/wrap';
import { keyWrapFor } from '../../../electron/core/db/queries/key-wraps';
import { call, demoSessionId, failure, signInAs, staff, tempCore, tempDir } from '../../support/core';
import { checksum } from '../../support/bundles';

/** An OS user's secret store: what one user protects, another cannot open. */
function osUser(): OsProtection {
  const secret = crypto.randomBytes(32);
  return { encrypt: (plain) => aeadSeal(secret, plain), decrypt: (sealed) => aeadOpen(secret, sealed) };
}

const keysDir = (core: Core) => path.join(core.dataDir, 'keys');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const audits = (core: Core, action: string) => core.db.prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action);

const exportSession = (core: Core, token: string) =>
  failure(core, 'bundles/exportSession', { sessionId: demoSessionId(core), operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, token);

describe('the key vault under key holders\' passwords (no OS protection)', () => {
  it('keeps the first-run key in the clear only until the first key holder signs in; then nothing on disk opens the keys', async () => {
    const core = await tempCore();
    const clearKey = fs.readFileSync(path.join(keysDir(core), 'sealing.key'), 'utf8').trim();
    const material = unsealKeyMaterial(core.db, core.context.vault);
    expect(core.context.vault.protection).toBe('none');

    await signInAs(core, 'assessor1');
    expect(fs.readdirSync(keysDir(core))).toEqual(['sealing.key']);

    await signInAs(core, 'admin');
    expect(fs.readdirSync(keysDir(core))).toEqual([]);
    expect(keyWrapFor(core.db, core.db.prepare('SELECT id FROM account WHERE username = ?').pluck().get(staff.admin.username) as string)).toBeDefined();
    expect(core.context.vault).toMatchObject({ protection: 'password', unlocked: true });
    expect(audits(core, 'keys.wrapped')).toBe(1);
    core.close();

    // Whoever copies the whole data folder finds neither the data key nor a private key in any file.
    const secrets = [clearKey, Buffer.from(clearKey, 'base64').toString('hex'), material.ageIdentity, material.signingPrivatePkcs8];
    for (const file of filesUnder(core.dataDir)) {
      const bytes = fs.readFileSync(file);
      for (const s of secrets) expect(bytes.includes(Buffer.from(s)), `${file} holds a secret`).toBe(false);
      expect(bytes.includes(Buffer.from(clearKey, 'base64')), `${file} holds the raw data key`).toBe(false);
    }
  });

  it('after a restart: locked, refusing key work without changing anything, until a key holder unlocks', async () => {
    const dataDir = tempDir();
    const first = await tempCore({ dataDir });
    const adminToken = await signInAs(first, 'admin');
    first.close();

    const core = await tempCore({ dataDir });
    const before = checksum(core.db);
    expect(await exportSession(core, adminToken)).toMatchObject({ code: 'KEYS_LOCKED', messageKey: 'errors.KEYS_LOCKED' });
    expect(await failure(core, 'keys/backup', {}, adminToken)).toMatchObject({ code: 'KEYS_LOCKED' });
    expect(checksum(core.db)).toBe(before);
    expect(await call(core, 'keys/status', {}, adminToken)).toMatchObject({ protection: 'password', unlocked: false, canUnlock: true });

    // The proctor has never held the keys here: they cannot unlock them, and are told why.
    const proctor = await signInAs(core, 'proctor');
    expect(core.context.vault.unlocked).toBe(false);
    expect(await failure(core, 'keys/unlock', { password: staff.proctor.password }, proctor)).toMatchObject({
      code: 'KEYS_NOT_HELD',
      params: { username: staff.proctor.username },
    });

    expect(await failure(core, 'keys/unlock', { password: 'not-the-password' }, adminToken)).toMatchObject({ code: 'WRONG_PASSWORD' });
    expect([core.context.vault.unlocked, audits(core, 'keys.unlockRefused')]).toEqual([false, 1]);

    expect(await call(core, 'keys/unlock', { password: staff.admin.password }, adminToken)).toMatchObject({ unlocked: true, protection: 'password' });
    expect(audits(core, 'keys.unlocked')).toBe(1);
    const exported = await call(core, 'bundles/exportSession', { sessionId: demoSessionId(core), operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, adminToken);
    expect(exported.verified).toBe('full');

    // Unlocked, the proctor's next sign-in wraps the key for them too; after a restart it opens the keys.
    await signInAs(core, 'proctor');
    core.close();
    const third = await tempCore({ dataDir });
    expect(third.context.vault.unlocked).toBe(false);
    await signInAs(third, 'proctor');
    expect(third.context.vault.unlocked).toBe(true);
  });

  it('a wrap opens only with its own password and only for its own account', async () => {
    const core = await tempCore();
    await signInAs(core, 'admin');
    const adminId = core.db.prepare('SELECT id FROM account WHERE username = ?').pluck().get(staff.admin.username) as string;
    const wrap = keyWrapFor(core.db, adminId);
    if (!wrap) throw new Error('no wrap');
    expect(await unwrapDataKey(wrap, staff.admin.password)).toHaveLength(32);
    expect(await unwrapDataKey(wrap, staff.proctor.password)).toBeNull();
    expect(await unwrapDataKey({ ...wrap, accountId: 'someone-else' }, staff.admin.password)).toBeNull();
  });
});

describe('the key vault under the OS\'s protection (Electron safeStorage)', () => {
  it('opens at every start without a password, never writes the key in the clear, and still wraps it for key holders', async () => {
    const dataDir = tempDir();
    const os = osUser();
    const core = await tempCore({ dataDir, osProtection: os });
    expect(fs.readdirSync(keysDir(core))).toEqual(['data-key.os']);
    expect(core.context.vault).toMatchObject({ protection: 'os', unlocked: true });
    await signInAs(core, 'admin');
    const fingerprint = privateKeys(core.db, core.context.vault).fingerprint;
    core.close();

    const again = await tempCore({ dataDir, osProtection: os });
    expect(again.context.vault).toMatchObject({ protection: 'os', unlocked: true });
    expect(privateKeys(again.db, again.context.vault).fingerprint).toBe(fingerprint);
    again.close();

    // The same folder under the CLI (no safeStorage) or another OS account: locked until the admin's password.
    for (const other of [undefined, osUser()]) {
      const elsewhere = await tempCore({ dataDir, osProtection: other });
      expect(elsewhere.context.vault.unlocked).toBe(false);
      await signInAs(elsewhere, 'admin');
      expect(privateKeys(elsewhere.db, elsewhere.context.vault).fingerprint).toBe(fingerprint);
      elsewhere.close();
    }
    // The other OS account re-protected the key for itself when the admin unlocked it.
    const moved = osUser();
    const first = await tempCore({ dataDir, osProtection: moved });
    await signInAs(first, 'admin');
    first.close();
    expect((await tempCore({ dataDir, osProtection: moved })).context.vault).toMatchObject({ protection: 'os', unlocked: true });
  });

  it('moves a first-run clear key under the OS\'s protection and removes the file', async () => {
    const dataDir = tempDir();
    const plain = await tempCore({ dataDir });
    const fingerprint = privateKeys(plain.db, plain.context.vault).fingerprint;
    plain.close();
    const core = await tempCore({ dataDir, osProtection: osUser() });
    expect(fs.readdirSync(keysDir(core))).toEqual(['data-key.os']);
    expect(privateKeys(core.db, core.context.vault).fingerprint).toBe(fingerprint);
  });
});
