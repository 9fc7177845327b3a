import fs from 'node:fs';
import { listPins } from '../../db/queries/keys';
import * as q from '../../db/queries/keys';
import { AppError } from '../../../shared/errors';
import { makeKeyBackup, testKeyRestore } from '../../keys/backup';
import { me, type Handlers } from '../context';
import { bundleEnv, uploadedFile } from './bundles';

export const keyHandlers = {
  'keys/status': (_args, call) => {
    me(call);
    const row = q.installationKey(call.core.db);
    if (!row) throw new AppError('KEYS_UNAVAILABLE');
    return {
      installationId: row.installationId,
      fingerprint: row.fingerprint,
      ageRecipient: row.ageRecipient,
      backupMadeAt: row.backupMadeAt,
      backupTestedAt: row.backupTestedAt,
      pins: listPins(call.core.db).map((p) => ({ subject: p.subject, label: p.label, fingerprint: p.fingerprint, pinnedAt: p.pinnedAt })),
    };
  },

  'keys/backup': ({ passphrase }, call) => makeKeyBackup(bundleEnv(call.core), me(call), passphrase),

  'keys/testRestore': async ({ uploadId, passphrase }, call) => {
    const file = uploadedFile(call.core, uploadId);
    try {
      return await testKeyRestore(bundleEnv(call.core), me(call), file, passphrase);
    } finally {
      fs.rmSync(file, { force: true });
    }
  },
} satisfies Partial<Handlers>;
