import fs from 'node:fs';
import type { KeyStatus } from '../../../shared/types';
import * as q from '../../db/queries/keys';
import { AppError } from '../../../shared/errors';
import { confirmPassword } from '../../auth/confirm-password';
import { makeKeyBackup, restoreKeys, testKeyRestore } from '../../keys/backup';
import { me, passwordCheck, type CallContext, type Handlers } from '../context';
import { bundleEnv, uploadedFile } from './bundles';

function keyStatus(call: CallContext): KeyStatus {
  const who = me(call);
  const { db, vault } = call.core;
  const row = q.installationKey(db);
  if (!row) throw new AppError('KEYS_UNAVAILABLE');
  return {
    installationId: row.installationId,
    fingerprint: row.fingerprint,
    ageRecipient: row.ageRecipient,
    protection: vault.protection,
    unlocked: vault.unlocked,
    canUnlock: vault.holds(who.accountId),
    backupMadeAt: row.backupMadeAt,
    backupTestedAt: row.backupTestedAt,
    pins: q.listPins(db).map((p) => ({ subject: p.subject, label: p.label, fingerprint: p.fingerprint, pinnedAt: p.pinnedAt })),
  };
}

export const keyHandlers = {
  'keys/status': (_args, call) => keyStatus(call),

  'keys/unlock': async ({ password }, call) => {
    const who = me(call);
    const { vault, clock } = call.core;
    if (!vault.unlocked && !vault.holds(who.accountId)) throw new AppError('KEYS_NOT_HELD', { username: who.username });
    await confirmPassword(passwordCheck(call), who, password, { action: 'keys.unlockRefused' });
    await vault.admit(who, password, clock.now());
    return keyStatus(call);
  },

  'keys/backup': ({ passphrase, savedAs, language }, call) => makeKeyBackup(bundleEnv(call.core), me(call), passphrase, savedAs, language),

  'keys/testRestore': async ({ uploadId, passphrase }, call) => {
    const file = uploadedFile(call.core, uploadId);
    try {
      return await testKeyRestore(bundleEnv(call.core), me(call), file, passphrase);
    } finally {
      fs.rmSync(file, { force: true });
    }
  },

  'keys/restore': async ({ uploadId, passphrase }, call) => {
    const file = uploadedFile(call.core, uploadId);
    try {
      return await restoreKeys(bundleEnv(call.core), me(call), file, passphrase);
    } finally {
      fs.rmSync(file, { force: true });
    }
  },
} satisfies Partial<Handlers>;
