import type { ImportKind, ImportProblem, RegistryImportPreview, RegistryImportResult } from '../../shared/registry-import';
import type { Principal } from '../../shared/roles';
import type { Db } from '../db/open';
import type { SheetValue } from '../spreadsheets/spec';
import { pendingStore } from '../imports/pending-store';

/**
 * A refused row as the refused-rows file writes it: its cells under the template's keys (text as the file
 * had it; a number only where it must stay one, see refused-cells.ts) and why.
 */
export type RefusedRow = { row: number; cells: Record<string, SheetValue>; problems: ImportProblem[] };

export type Applied = { result: RegistryImportResult; refused: RefusedRow[] };

/**
 * A previewed file, kept in memory until applied, discarded or expired: the parsed rows (never the file,
 * which is deleted once read), and how to apply them. Apply plans again against the registry as it is
 * then (inside its transaction), so nothing that changed since the preview is overwritten blindly.
 */
export type PendingImport = {
  importId: string;
  accountId: string;
  lspId: string;
  kind: ImportKind;
  sha256: string;
  expiresAt: number;
  preview: RegistryImportPreview;
  refused: RefusedRow[];
  applied: boolean;
  apply: (db: Db, principal: Principal, now: Date) => Applied;
};

/** At most this many open previews per account. */
const store = pendingStore<PendingImport>(6);

export const keepPending = store.keep;
export const pendingFor = store.of;
export const dropPending = store.drop;
