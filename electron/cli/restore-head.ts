import path from 'node:path';
import { AuditAnchor } from '../core/audit/anchor';
import { systemClock } from '../core/clock';
import type { Db } from '../core/db/open';
import { lastRow } from '../core/db/queries/audit';
import { KeyVault } from '../core/keys/vault';

/**
 * After a restore with the app stopped: the restored audit chain ends before the head signed earlier,
 * which is exactly what removing rows looks like. With the keys open here (a first-run data folder) a
 * head saying "restored" is signed now; with the keys locked nothing can vouch for the rollback, and
 * the app reports it as a contradiction at its next start. Returns whether the head was signed.
 */
export function signRestoredHead(db: Db, dataDir: string): boolean {
  const vault = KeyVault.open({ db, keysDir: path.join(dataDir, 'keys') });
  if (!vault.unlocked) return false;
  const anchor = new AuditAnchor({ db, vault, dataDir, clock: systemClock, startSeq: lastRow(db)?.seq ?? 0 });
  const head = anchor.restored();
  anchor.close();
  return head !== null;
}
