import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSessionBundle, flipByte, upload } from '../../../support/bundles';
import { call, demo, failure, signInAs, tempCore, tempDir } from '../../../support/core';
import { diskDir } from '../../../support/on-disk';

const lastAudit = (core: Awaited<ReturnType<typeof tempCore>>, action: string) =>
  core.db.prepare('SELECT actor_role AS role, details FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1').get(action) as { role: string; details: string } | undefined;

// The contract methods added so that the command line needs no door of its own: the UI may use them too.
describe('contract methods the CLI shares with the screens', () => {
  it('bundles/exportBackup and bundles/inspect: the installation as a bundle, read back entry by entry, nothing kept', async () => {
    const core = await tempCore({ bundleScryptLogN: 10 });
    const admin = await signInAs(core, 'admin');
    const exported = await call(core, 'bundles/exportBackup', { operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);
    expect(exported).toMatchObject({ kind: 'backup', verified: 'full' });
    expect(lastAudit(core, 'bundle.export')?.role).toBe('lsp_admin');

    const passphrase = exported.generatedPassphrase ?? '';
    const seen = await call(core, 'bundles/inspect', { uploadId: upload(core, exported.filePath), passphrase }, admin);
    expect(seen).toMatchObject({ manifest: { kind: 'backup', bundleId: exported.bundleId }, signerFingerprint: exported.fingerprint, sessionStart: null });
    expect(fs.readdirSync(path.join(core.dataDir, 'transfers', 'uploads'))).toEqual([]);

    const damaged = path.join(tempDir(), 'rusak.uji');
    fs.copyFileSync(exported.filePath, damaged);
    flipByte(damaged, fs.statSync(damaged).size - 100);
    expect((await failure(core, 'bundles/inspect', { uploadId: upload(core, damaged), passphrase }, admin)).code).toBe('BUNDLE_TAMPERED');
    // Only the installation's operators open bundles with its key or export it whole.
    const assessor = await signInAs(core, 'assessor1');
    expect((await failure(core, 'bundles/inspect', { uploadId: crypto.randomUUID() }, assessor)).code).toBe('FORBIDDEN');
    expect((await failure(core, 'bundles/exportBackup', { operationId: crypto.randomUUID(), to: {} }, assessor)).code).toBe('FORBIDDEN');
  });

  it("bundles/inspect names a session bundle's day and start time, from the session's row: the manifest has only its code and title", async () => {
    const fixed = new Date(2026, 11, 5, 7, 0);
    const core = await tempCore({ bundleScryptLogN: 10, clock: { now: () => fixed } });
    const admin = await signInAs(core, 'admin');
    const exported = await exportSessionBundle(core);
    const seen = await call(core, 'bundles/inspect', { uploadId: upload(core, exported.filePath), passphrase: exported.generatedPassphrase ?? '' }, admin);
    expect(seen.manifest.session?.code).toBe(demo.people.session.code);
    expect(seen.sessionStart).toEqual({ date: '2026-12-05', startTime: demo.people.session.startTime });
  });

  it('backups/takeInto writes one checked copy into a folder named now; backups/restore takes a file from a named folder', async () => {
    // On disk, the data folder too (it is refused as a backup folder below): the core refuses any under /dev,
    // where the run's temp folders are.
    const core = await tempCore({ dataDir: diskDir('ru-data-') });
    const proctor = await signInAs(core, 'proctor');
    const usb = diskDir('ru-usb-');
    const copy = await call(core, 'backups/takeInto', { folder: usb }, proctor);
    expect(fs.existsSync(path.join(usb, copy.name))).toBe(true);
    expect(JSON.parse(lastAudit(core, 'backup.taken')?.details ?? '{}')).toMatchObject({ file: copy.name, folder: usb });
    expect((await failure(core, 'backups/takeInto', { folder: core.dataDir }, proctor)).code).toBe('BACKUP_FOLDER_INVALID');
    // Not configured, yet restorable from where the file is.
    const args = { name: copy.name, folder: usb, reason: 'PC proktor diganti' };
    expect((await failure(core, 'backups/restore', { ...args, folder: 'relatif' }, proctor)).code).toBe('BACKUP_FOLDER_NOT_ABSOLUTE');
    expect((await failure(core, 'backups/restore', { ...args, name: '../ruang-uji.sqlite' }, proctor)).code).toBe('NOT_FOUND');
    await call(core, 'backups/restore', args, proctor);
    expect(JSON.parse(lastAudit(core, 'backup.restored')?.details ?? '{}')).toEqual({ file: copy.name, folder: usb, reason: 'PC proktor diganti' });
    const assessor = await signInAs(core, 'assessor1');
    expect((await failure(core, 'backups/takeInto', { folder: usb }, assessor)).code).toBe('FORBIDDEN');
  });
});
