import { appendAudit } from '../audit/log';
import { hashPassword } from '../auth/password';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { insertAccount } from '../db/queries/accounts';
import { setSetting } from '../db/queries/settings';
import { newId } from '../ids';
import { loadDemoContent } from './content';
import { DEMO_SETTING } from './seed';

/**
 * A demo TUK computer before its first session bundle: only the proctor's own account, no LSP data.
 * Assessors and candidates arrive with the LSP's session bundle; the proctor stays local to the TUK.
 */
export async function seedTukStation(db: Db, clock: Clock, options: { passwordCost?: number } = {}): Promise<void> {
  const proctor = loadDemoContent().people.staff.find((s) => s.role === 'proctor');
  if (!proctor) throw new Error('demo content has no proctor');
  const hash = await hashPassword(proctor.password, { N: options.passwordCost });
  const now = clock.now();
  db.transaction(() => {
    const id = newId();
    insertAccount(db, {
      id,
      role: 'proctor',
      username: proctor.username,
      displayName: proctor.displayName,
      passwordHash: hash,
      lspId: null,
      assessorId: null,
      candidateId: null,
      createdAt: now.toISOString(),
    });
    setSetting(db, DEMO_SETTING, '1');
    // The username as set-up records it: the LSP names the proctor by it in the results review (results bundle).
    appendAudit(db, null, { action: 'demo.tuk_station', entity: 'account', entityId: id, details: { username: proctor.username } }, now);
  })();
}
