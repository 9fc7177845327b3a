import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBackupBundle } from '../../../electron/core/bundles/bootstrap';
import { exportBundle } from '../../../electron/core/bundles/export';
import { signInAs, tempCore, tempDir } from '../../support/core';
import { count, env, lspCore } from '../../support/bundles';

describe('a backup bundle brought onto a computer (ruang-uji bundle import --kind backup)', () => {
  it('into a folder that already has accounts is refused as such, also while its keys are locked, and nothing changes', async () => {
    const lsp = await lspCore();
    const backup = await exportBundle(env(lsp), { kind: 'backup', to: { generatePassphrase: true }, operationId: crypto.randomUUID(), actor: null });
    // A folder set up (and signed in to) before: its keys are locked in a new process, as in the CLI.
    const other = await lspCore();
    await signInAs(other, 'admin');
    other.db.pragma('wal_checkpoint(TRUNCATE)');
    const copied = tempDir();
    fs.copyFileSync(other.dbFile, path.join(copied, path.basename(other.dbFile)));
    const busy = await tempCore({ dataDir: copied });
    expect(busy.context.vault.unlocked).toBe(false);
    const accounts = count(busy.db, 'account');
    const err = await importBackupBundle(busy, { file: backup.filePath, passphrase: backup.generatedPassphrase ?? undefined, dryRun: false }).catch((e: { code: string }) => e);
    expect(err).toMatchObject({ code: 'BUNDLE_BACKUP_NOT_EMPTY' });
    expect(count(busy.db, 'account')).toBe(accounts);
    const staging = path.join(copied, 'transfers', 'staging');
    expect(fs.existsSync(staging) ? fs.readdirSync(staging) : []).toEqual([]);
  });
});
