import { AppError } from '../../shared/errors';
import { requireStrongPassword } from '../accounts/staff';
import type { CoreContext } from '../api/context';
import { appendAudit } from '../audit/log';
import { hashPassword } from '../auth/password';
import * as accounts from '../db/queries/accounts';
import { revokeAllFor } from '../db/queries/auth-sessions';
import { deleteKeyWraps, saveKeyWrap } from '../db/queries/key-wraps';
import { resealInstallationKey } from '../db/queries/keys';
import { readKeyBackup } from './backup';
import { installationPublicKeys, publicKeysOf } from './installation';
import { KEY_HOLDER_ROLES } from './vault';

export type RecoverAdminArgs = { username: string; file: string; passphrase: string; password: string };

/**
 * The only admin forgot her password (`ruang-uji keys recover-admin`): no one is left to reset it, and
 * without OS protection her password is also what opens the keys. The key backup with its passphrase is
 * the office's proof of ownership, the same two things that restore the office on a new computer: they
 * set a new password for an enabled admin or proctor, lift a lockout, end their sign-ins, and seal the
 * keys under a new data key wrapped under that password. Audited with no actor, as no one signed in.
 */
export async function recoverAdmin(core: CoreContext, args: RecoverAdminArgs): Promise<{ username: string; fingerprint: string }> {
  const { db, vault, clock } = core;
  const account = accounts.findByUsername(db, args.username);
  if (!account || account.disabled === 1 || !KEY_HOLDER_ROLES.includes(account.role)) throw new AppError('RECOVERY_NOT_KEY_HOLDER', { username: args.username });
  requireStrongPassword(args.password, account.username);
  const material = await readKeyBackup(args.file, args.passphrase);
  const restored = await publicKeysOf(material);
  const current = installationPublicKeys(db);
  if (restored.signingPublic !== current.signingPublic || restored.ageRecipient !== current.ageRecipient) {
    throw new AppError('KEY_BACKUP_MISMATCH', { found: restored.fingerprint, expected: current.fingerprint });
  }
  const passwordHash = await hashPassword(args.password, { N: core.passwordCost });
  const now = clock.now();
  await vault.reseal(Buffer.from(JSON.stringify(material), 'utf8'), account.id, args.password, now, (sealedPrivate, wrap) => {
    db.transaction(() => {
      resealInstallationKey(db, vault.kind, sealedPrivate);
      deleteKeyWraps(db);
      saveKeyWrap(db, wrap);
      // Chosen by herself on the terminal: no change asked for at the next sign-in.
      accounts.setPassword(db, account.id, passwordHash, 0);
      accounts.unlock(db, account.id);
      revokeAllFor(db, account.id, now.toISOString());
      appendAudit(db, null, { action: 'account.recovered', entity: 'account', entityId: account.id, details: { fingerprint: current.fingerprint } }, now);
    })();
  });
  return { username: account.username, fingerprint: current.fingerprint };
}
