import type { FieldIssue, RowOutcome } from '../../shared/registry';
import type { ImportKind, RowNoteCode } from '../../shared/registry-import';
import type { Principal } from '../../shared/roles';
import type { Db } from '../db/open';
import type { SheetSpec, SheetValue } from '../spreadsheets/spec';

export type Values<K extends string> = Record<K, SheetValue>;

/**
 * One record a row: what the import of candidates or assessors needs to know of its registry. The
 * registry's own bulk functions decide add / update / unchanged / refused; this maps rows to their
 * inputs and issues back to columns.
 */
export type RowKind<K extends string, I> = {
  kind: ImportKind;
  spec: SheetSpec<K>;
  /** The column keys of the template and the export, in order (a subset of the spec's). */
  templateKeys: readonly K[];
  /** Columns kept as Text in written files (NIK, phone), so typing into them cannot turn them into numbers. */
  textKeys: ReadonlySet<K>;
  /** The columns that each name one person (the registry takes no second record with the same value): no two rows of a file may share one. */
  fileKeys: readonly K[];
  /**
   * The record each row names, if registered (null if not), all rows at once: its columns that the file
   * does not have keep their value (a file without an e-mail column does not erase e-mail addresses).
   */
  existing: (db: Db, lspId: string, rows: readonly Values<K>[]) => (I | null)[];
  toInput: (values: Values<K>, present: ReadonlySet<K>, existing: I | null) => I;
  /** The registry's field checks alone, for a row already refused by its cells. */
  check: (db: Db, lspId: string, input: I, today: string) => FieldIssue[];
  /** The registry's checked and normalised form of an input, for naming what an update changes. */
  normalize: (db: Db, lspId: string, input: I, today: string) => I;
  /**
   * What writing the inputs would do (nothing is written), and how to write exactly that: valid only while
   * the database is as it was (and the day the same); the caller checks that, else calls upsert.
   */
  preview: (db: Db, lspId: string, inputs: readonly I[], today: string) => Planned;
  upsert: (db: Db, principal: Principal, lspId: string, inputs: readonly I[], now: Date) => RowOutcome[];
  /**
   * What is worth a look in a row to be written without refusing it (the registry records facts): an
   * assessor whose MET has already expired is saved, but cannot be assigned until it is renewed.
   */
  notes?: (input: I, today: string) => RowNoteOf<K>[];
  /**
   * The same for what only the rows together with the registry tell, all rows to be written at once (a
   * likely second record of someone under a mistyped NIK): one statement or map for the whole file, never
   * one a row.
   */
  listNotes?: (db: Db, lspId: string, rows: readonly { row: number; input: I }[]) => RowNoteOf<K>[][];
  /** The column a registry field (`birthDate`, `schemeCodes.1`) is read from. */
  keyOfField: (field: string) => K | null;
  /** The registry as template rows, a page at a time. */
  exportPages: (db: Db, lspId: string) => Iterable<Partial<Values<K>>[]>;
};

export type RowNoteOf<K extends string> = { key: K; code: RowNoteCode; params: Record<string, string> };

export type Planned = { outcomes: RowOutcome[]; write: (db: Db, principal: Principal, now: Date) => RowOutcome[] };

/** Which input fields differ: the keys of the columns an update changes. */
export function changedKeys<K extends string, I extends object>(keys: readonly K[], before: I, after: I): K[] {
  return keys.filter((k) => k in after && JSON.stringify(Reflect.get(before, k)) !== JSON.stringify(Reflect.get(after, k)));
}
