import { pendingStore } from '../imports/pending-store';
import type { SourceRead } from './source-question';

/**
 * A previewed bank file, kept in this process's memory until applied, discarded or expired: what the
 * reader made of it (never the file, which is deleted once read) and the mapping chosen so far. Apply
 * plans again against the bank as it is then, inside its transaction.
 */
export type PendingBankImport = {
  importId: string;
  accountId: string;
  schemeId: string;
  fileName: string;
  sha256: string;
  read: SourceRead;
  unitId: string | null;
  /** The admin's KUK per question index (bankImport/map); absent: the file's or the unit's. */
  chosen: Map<number, string[]>;
  expiresAt: number;
};

/** At most this many open previews per account (each holds its images). */
const store = pendingStore<PendingBankImport>(4);

export const keepPending = store.keep;
export const pendingFor = store.of;
export const dropPending = store.drop;
