import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { fingerprint } from '../../../electron/core/keys/fingerprint';
import { generatePassphrase, isStrongPassphrase } from '../../../electron/core/keys/passphrase';
import { privateKeys, unsealKeyMaterial } from '../../../electron/core/keys/installation';
import { call, demo, demoSessionId, failure, signInAs, tempCore, tempDir } from '../../support/core';
import crypto from 'node:crypto';
import { env, lspCore, sessionAtTuk, upload } from '../../support/bundles';
import { restoreKeys } from '../../../electron/core/keys/backup';
import { exportBundle } from '../../../electron/core/bundles/export';
import { applyImport, previewImport } from '../../../electron/core/bundles/import';

describe('installation keys', () => {
  it('are created once on first run, sealed outside the database, and shown as a fingerprint to read aloud', async () => {
    const dataDir = tempDir();
    const core = await createCore({ dataDir, demoIfEmpty: false });
    const row = core.db.prepare('SELECT * FROM installation_key').get() as Record<string, string>;
    expect(row.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(row.fingerprint).toBe(fingerprint(row.signing_public, row.age_recipient));
    const material = unsealKeyMaterial(core.db, core.context.vault);
    // The database file holds no private key in the clear.
    core.close();
    const dbBytes = fs.readFileSync(core.dbFile);
    expect(dbBytes.includes(Buffer.from(material.ageIdentity))).toBe(false);
    expect(dbBytes.includes(Buffer.from(material.signingPrivatePkcs8))).toBe(false);
    // Reopening keeps the same identity.
    const again = await createCore({ dataDir, demoIfEmpty: false });
    expect(again.db.prepare('SELECT fingerprint FROM installation_key').pluck().get()).toBe(row.fingerprint);
    again.close();
  });

  it('a copied database without its data key cannot sign or open bundles', async () => {
    const core = await lspCore();
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const elsewhere = tempDir();
    fs.copyFileSync(core.dbFile, path.join(elsewhere, path.basename(core.dbFile)));
    const copy = await tempCore({ dataDir: elsewhere });
    expect(copy.context.vault.unlocked).toBe(false);
    expect(() => privateKeys(copy.db, copy.context.vault)).toThrow(/KEYS_LOCKED/);
  });

  it('generated passphrases are strong; weak typed ones are refused', () => {
    const p = generatePassphrase();
    expect(p).toMatch(/^([a-z2-9]{4}-){5}[a-z2-9]{4}$/);
    expect(isStrongPassphrase(p)).toBe(true);
    expect(generatePassphrase()).not.toBe(p);
    for (const weak of ['rahasia', 'password12345678', 'abababababababab', '1111111111111111111']) expect(isStrongPassphrase(weak), weak).toBe(false);
    expect(isStrongPassphrase('Kopi tubruk di Pasar Gede 1987')).toBe(true);
  });
});

describe('key backup and test restore', () => {
  it('backs up to a passphrase file with a recovery sheet; test restore proves it without replacing anything', async () => {
    const core = await lspCore();
    const admin = await signInAs(core, 'admin');
    const before = await call(core, 'keys/status', {}, admin);
    expect([before.backupMadeAt, before.backupTestedAt]).toEqual([null, null]);
    const backup = await call(core, 'keys/backup', {}, admin);
    // Named in the installation's language without one asked for (Indonesian: the demo chose none).
    expect(backup.fileName).toMatch(/^kunci-[0-9a-f]{8}-\d{8}-\d{6}\.age$/);
    expect(backup.recoverySheet).toContain(before.fingerprint);
    expect(backup.recoverySheet).toContain(backup.passphrase);
    expect(backup.recoverySheet).toContain(backup.sha256);
    // The installation is named as the people at the safe know it (the LSP), not by the admin who made the copy;
    // the moment on this computer's clock with its offset, not a bare UTC stamp.
    const lsp = core.db.prepare('SELECT code, name FROM lsp').get() as { code: string; name: string };
    const adminName = core.db.prepare("SELECT display_name FROM account WHERE role = 'lsp_admin'").pluck().get() as string;
    const installationLine = backup.recoverySheet.split('\n').find((l) => l.startsWith('Instalasi / Installation'));
    expect(installationLine).toContain(`${lsp.name} (${lsp.code})`);
    expect(installationLine).not.toContain(adminName);
    const created = /^Dibuat \/ Created\s+: (\d\d)\/(\d\d)\/(\d{4}) (\d\d)\.(\d\d) \(UTC([+-])(\d\d):(\d\d)\)$/m.exec(backup.recoverySheet);
    expect(created).not.toBeNull();
    const [d, mo, y, h, mi, sign, oh, om] = created!.slice(1);
    const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
    const utcMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) - offsetMinutes * 60_000;
    const madeAt = Date.parse(core.db.prepare("SELECT at FROM audit_log WHERE action = 'keys.backup'").pluck().get() as string);
    expect(Math.abs(utcMs - madeAt)).toBeLessThan(60_000);
    const made = await call(core, 'keys/status', {}, admin);
    expect(made.backupMadeAt).not.toBeNull();
    expect(made.backupTestedAt).toBeNull();

    expect((await failure(core, 'keys/testRestore', { uploadId: upload(core, backup.filePath), passphrase: 'bukan-frasa-yang-benar' }, admin)).code).toBe('KEY_BACKUP_WRONG_PASSPHRASE');
    const ok = await call(core, 'keys/testRestore', { uploadId: upload(core, backup.filePath), passphrase: backup.passphrase }, admin);
    expect(ok.fingerprint).toBe(before.fingerprint);
    const tested = await call(core, 'keys/status', {}, admin);
    expect(tested.backupTestedAt).not.toBeNull();
    expect(tested.fingerprint).toBe(before.fingerprint);
    const actions = core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'keys.%' ORDER BY seq").pluck().all();
    // keys.wrapped: the admin's first sign-in wrapped the data key under their password.
    expect(actions).toEqual(['keys.wrapped', 'keys.backup', 'keys.backup_tested']);
    // Asked for from an English screen, named in English.
    expect((await call(core, 'keys/backup', { language: 'en' }, admin)).fileName).toMatch(/^keys-[0-9a-f]{8}-\d{8}-\d{6}\.age$/);
  });

  it('a lost LSP computer: data backup + key backup on a new machine open the results sent to the old one', async () => {
    const { lsp, tuk, proctor } = await sessionAtTuk();
    const keyBackup = await call(lsp, 'keys/backup', {}, await signInAs(lsp, 'admin'));
    const dataBackup = await exportBundle(env(lsp), { kind: 'backup', to: { generatePassphrase: true }, operationId: crypto.randomUUID(), actor: null });
    const results = await call(tuk, 'bundles/exportResults', { sessionId: demoSessionId(tuk), operationId: crypto.randomUUID() }, proctor);

    const replacement = await tempCore({ demoIfEmpty: false, bundleScryptLogN: 10 });
    const data = await previewImport(env(replacement), { file: dataBackup.filePath, passphrase: dataBackup.generatedPassphrase, expectKind: 'backup' });
    applyImport(env(replacement), data, null, { confirmSigner: data.preview.signer.fingerprint });
    // Data alone is not enough: the results were encrypted to the old machine's key.
    expect(await previewImport(env(replacement), { file: results.filePath, expectKind: 'results' }).catch((e: { code: string }) => e.code)).toBe('BUNDLE_WRONG_KEY');
    const restored = await restoreKeys(env(replacement), null, keyBackup.filePath, keyBackup.passphrase);
    expect(restored.fingerprint).toBe(data.preview.signer.fingerprint);
    const opened = await previewImport(env(replacement), { file: results.filePath, expectKind: 'results' });
    expect(opened.preview.session?.code).toBe(demo.people.session.code);
    expect(replacement.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'keys.restore'").pluck().get()).toBe(1);
  });

  it("refuses another installation's key backup over data restored from this office's backup, and keeps the keys", async () => {
    const lsp = await lspCore();
    const dataBackup = await exportBundle(env(lsp), { kind: 'backup', to: { generatePassphrase: true }, operationId: crypto.randomUUID(), actor: null });
    const other = await lspCore();
    const theirs = await call(other, 'keys/backup', {}, await signInAs(other, 'admin'));

    const replacement = await tempCore({ demoIfEmpty: false, bundleScryptLogN: 10 });
    const data = await previewImport(env(replacement), { file: dataBackup.filePath, passphrase: dataBackup.generatedPassphrase, expectKind: 'backup' });
    applyImport(env(replacement), data, null, { confirmSigner: data.preview.signer.fingerprint });
    const before = replacement.db.prepare('SELECT fingerprint FROM installation_key').pluck().get();
    const err = await restoreKeys(env(replacement), null, theirs.filePath, theirs.passphrase).catch((e: { code: string; params: Record<string, unknown> }) => e);
    expect(err).toMatchObject({ code: 'KEY_BACKUP_OTHER_INSTALLATION', params: { found: other.db.prepare('SELECT installation_id FROM installation_key').pluck().get() } });
    expect(replacement.db.prepare('SELECT fingerprint FROM installation_key').pluck().get()).toBe(before);
    expect(replacement.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'keys.restore'").pluck().get()).toBe(0);
  });

  it('a damaged or cut-off key backup is named as a damaged key backup, not as a bundle', async () => {
    const core = await lspCore();
    const admin = await signInAs(core, 'admin');
    const backup = await call(core, 'keys/backup', {}, admin);
    const cut = path.join(tempDir(), backup.fileName);
    fs.writeFileSync(cut, fs.readFileSync(backup.filePath).subarray(0, 200));
    const err = await failure(core, 'keys/testRestore', { uploadId: upload(core, cut), passphrase: backup.passphrase }, admin);
    expect(err.code).toBe('KEY_BACKUP_DAMAGED');
    // Not an age file at all (a photo, a spreadsheet): not a key backup, in the key backup's words.
    const other = path.join(tempDir(), 'foto.png');
    fs.writeFileSync(other, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect((await failure(core, 'keys/testRestore', { uploadId: upload(core, other), passphrase: backup.passphrase }, admin)).code).toBe('KEY_BACKUP_INVALID');
  });

  it("another installation's backup is named as such", async () => {
    const mine = await lspCore();
    const other = await lspCore();
    const theirs = await call(other, 'keys/backup', {}, await signInAs(other, 'admin'));
    const admin = await signInAs(mine, 'admin');
    const err = await failure(mine, 'keys/testRestore', { uploadId: upload(mine, theirs.filePath), passphrase: theirs.passphrase }, admin);
    expect(err.code).toBe('KEY_BACKUP_MISMATCH');
    expect((await call(mine, 'keys/status', {}, admin)).backupTestedAt).toBeNull();
  });
});
