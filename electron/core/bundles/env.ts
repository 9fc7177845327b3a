import type { AuditAnchor } from '../audit/anchor';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import type { KeyVault } from '../keys/vault';

export type ProgressEvent = {
  operationId: string;
  phase: 'collect' | 'write' | 'verify' | 'read' | 'apply';
  bytes: number;
  totalBytes: number | null;
  entries: number;
  totalEntries: number | null;
};

/** What bundle code needs from the core; the CLI builds one without a running server. */
export type BundleEnv = {
  db: Db;
  dataDir: string;
  vault: KeyVault;
  clock: Clock;
  version: string;
  /** age scrypt work factor for passphrase bundles; tests lower it, the default is age's 18. */
  scryptLogN?: number;
  progress?: (p: ProgressEvent) => void;
  /** Signs the audit head before a results or backup bundle takes its snapshot, so the bundle carries it. */
  anchor?: AuditAnchor;
  /**
   * Writes the audit entries still waiting on disk (refused late answers, an entry an attempt a minute:
   * exam-day/held-answer-refusals.ts) before that head is signed: a results bundle made right after the test
   * would otherwise leave them at the station.
   */
  settleAudit?: () => void;
};
