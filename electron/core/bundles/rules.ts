/**
 * A bundle kind is a declarative list of tables: how to select the rows to send, how to recognise a row
 * that is already here, and which merge rule applies when it differs. Adding a table to a kind (the
 * assessor's decisions, forms, minutes) is one more entry in that kind's list.
 */
export type MergeRule =
  /** The sender is authoritative (the LSP's catalogue): a differing row is updated. */
  | { kind: 'replace' }
  /** The row with the larger value in `column` (a column or a derived value) wins (answers: the attempt's sequence number); ties that differ are conflicts. */
  | { kind: 'newer'; column: string }
  /** Never overwritten: a differing incoming row is listed as a conflict (signed decisions, audit rows). */
  | { kind: 'keep' };

export type TableRule = {
  /** Entry name, `data/<name>.ndjson`. */
  name: string;
  /** Table the rows go into on import. */
  table: string;
  /** Columns that identify a row (the primary key or a natural key). */
  key: readonly string[];
  /** Columns sent and compared; the key is among them. Anything else in the table stays local. */
  columns: readonly string[];
  /**
   * Columns among `columns` that a kind gained within its format version, which bundles written by an
   * earlier app lack. Such a row leaves the column as it is here (a new row takes the table's default):
   * the earlier writer said nothing about it. Any other missing column makes the bundle unreadable.
   */
  optional?: readonly string[];
  /**
   * A table the kind gained within its format version: a bundle written by an earlier app has no entry for it,
   * and reads as holding none of its rows (every merge adds or updates rows, none removes one, so that is what an
   * empty entry would do). Any other table missing makes the bundle unreadable.
   */
  addedLater?: true;
  merge: MergeRule;
  /**
   * Values sent beside the row and compared, but never stored: name → SQL expression over the table
   * (aliased as the table name), e.g. an attempt's highest answer sequence number.
   */
  derived?: Readonly<Record<string, string>>;
  /**
   * SQL over the local row (table aliased by its name) that is true while it is signed. A signed row is
   * never replaced silently: when a newer one replaces it, the replacement is listed with the conflicts.
   */
  signedWhen?: string;
  /**
   * A column naming the candidate's own account as the row's author, which the receiver may lack: one a
   * TUK made for a card (exam/issueCard). Merge makes it from the receiver's own records before writing
   * the row, and only that account (card-accounts.ts), and only when the row's `enteredBy` column says the
   * candidate entered it. The table has session_id and candidate_id.
   */
  candidateAccount?: { column: string; enteredBy: string };
  /**
   * SQL over the row (table aliased by its name) naming who owns it: the LSP's id for session data, the
   * session's id for results. An import may only touch rows whose owner, before and after, is the one
   * the bundle's signer speaks for (see ownership.ts); null when the kind has no owner (a backup).
   */
  owner?: string;
  /** SELECT producing exactly `columns` then the `derived` names, with named parameters from the scope. */
  select: string;
};

export type Scope = Record<string, string | number | null>;

export function entryPath(rule: TableRule): string {
  return `data/${rule.name}.ndjson`;
}
