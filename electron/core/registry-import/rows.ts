import type { RowOutcome } from '../../shared/registry';
import type { ImportCounts, ImportHeader, ImportProblem, PreviewRow } from '../../shared/registry-import';
import type { Principal } from '../../shared/roles';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import { dbStamp, sameStamp } from '../db/queries/db-stamp';
import { readRows } from '../spreadsheets/read';
import type { SheetHeader, SheetLimits, SheetRow } from '../spreadsheets/spec';
import { sharedKeyProblems } from './file-keys';
import { changedKeys, type RowKind, type Values } from './kind';
import type { Applied, RefusedRow } from './pending';
import { fieldProblem, OUTCOME_OF, sheetProblem, type ColumnNames } from './problems';
import { refusedRow } from './refused-cells';

/**
 * One data row as read: its cells as text, and unless its cells refuse it, its parsed values (kept, so
 * apply merges them into the record as it is then), its input and the record it named at the preview.
 */
type ReadRow<K extends string, I> = {
  row: number;
  raw: Record<string, string>;
  /** The cells as parsed, refused row or not (null where a cell is empty or could not be read). */
  values: Values<K>;
  accepted: { values: Values<K>; input: I; existing: I | null } | null;
  problems: ImportProblem[];
};

export type Plan = {
  /** The worksheet read (null for a .csv). */
  sheet: string | null;
  header: ImportHeader;
  counts: ImportCounts;
  /** Every row in sheet order with its outcome (the caller picks which to show). */
  rows: PreviewRow[];
  refused: RefusedRow[];
  /** Rows below the data read as a total or note line and skipped (spreadsheets/read.ts, isSummaryRow). */
  summaryRows: number[];
  apply: (db: Db, principal: Principal, now: Date) => Applied;
};

export type ReadContext = { db: Db; lspId: string; today: string; limits?: Partial<SheetLimits> };

/**
 * Reads a file of one record a row and previews it: each row's cells parsed by the kind's spec, merged
 * into the record it names, then handed to the registry's preview (which matches and checks). Rows that
 * share a key are all refused here (file-keys.ts). A row refused by its cells or its key is not offered
 * to the registry, but its other fields are checked too, so the refused-rows file names every problem
 * of the row at once.
 */
export async function planRows<K extends string, I extends object>(kind: RowKind<K, I>, file: string, ctx: ReadContext): Promise<Plan> {
  let header: SheetHeader<K> = { row: 0, columns: [], absent: [], ignored: [] };
  let present: ReadonlySet<K> = new Set();
  let names: ColumnNames = (key) => key;
  const read: ReadRow<K, I>[] = [];
  const onHeader = (h: SheetHeader<K>) => {
    header = h;
    present = new Set(h.columns.map((c) => c.key));
    names = columnNames(kind, h);
  };
  const sheetRows: SheetRow<K>[] = [];
  let summaryRows: number[] = [];
  for await (const r of readRows(file, kind.spec, ctx.limits, onHeader, (rows) => (summaryRows = [...rows]))) sheetRows.push(r);
  // Taken before the registry is read: a write by anyone after it moves the stamp, and the apply plans again.
  const stamp = dbStamp(ctx.db);
  // The records the rows name, matched all at once (one statement, not one a row).
  const existingOf = kind.existing(ctx.db, ctx.lspId, sheetRows.map((r) => r.values));
  const shared = sharedKeyProblems(kind.fileKeys, sheetRows, names);
  for (const [i, r] of sheetRows.entries()) {
    const existing = existingOf[i];
    const input = kind.toInput(r.values, present, existing);
    const problems = [...r.problems.map(sheetProblem), ...shared[i]];
    if (problems.length > 0) {
      // A cell that could not be read has its problem already; a shared key is checked as any other.
      const refusedKeys = new Set<string | null>(r.problems.map((p) => p.key));
      for (const issue of kind.check(ctx.db, ctx.lspId, input, ctx.today)) {
        const key = kind.keyOfField(issue.field);
        if (!refusedKeys.has(key)) problems.push(fieldProblem(issue, key, names));
      }
    }
    read.push({ row: r.row, raw: r.raw, values: r.values, accepted: problems.length ? null : { values: r.values, input, existing }, problems });
  }
  const accepted = read.flatMap((r) => (r.accepted ? [r.accepted] : []));
  const inputs = accepted.map((a) => a.input);
  const planned = kind.preview(ctx.db, ctx.lspId, inputs, ctx.today);
  const outcomes = planned.outcomes;
  const rows = merge(read, outcomes, kind, names, (o, i) => {
    const before = accepted[i].existing;
    if (o.outcome !== 'updated' || !before) return undefined;
    return changedKeys(kind.templateKeys, kind.normalize(ctx.db, ctx.lspId, before, ctx.today), kind.normalize(ctx.db, ctx.lspId, inputs[i], ctx.today));
  }, true);
  // The rows are the read rows in order, the accepted ones among them in the order of `inputs`.
  const toWrite: { row: PreviewRow; input: I }[] = [];
  let at = 0;
  rows.forEach((row, i) => {
    if (!read[i].accepted) return;
    if (row.outcome !== 'refused') toWrite.push({ row, input: inputs[at] });
    at++;
  });
  const listNotes = kind.listNotes?.(ctx.db, ctx.lspId, toWrite.map((w) => ({ row: w.row.row, input: w.input })));
  toWrite.forEach(({ row, input }, i) => {
    const notes = [...(kind.notes?.(input, ctx.today) ?? []), ...(listNotes?.[i] ?? [])];
    if (notes.length > 0) row.notes = notes.map((n) => ({ column: names(n.key), ...n }));
  });
  return {
    sheet: header.sheet ?? null,
    header: importHeader(header),
    counts: countOf(rows),
    rows,
    refused: refusedOf(kind, rows, read),
    summaryRows,
    apply: (db, principal, now) => {
      // Only counted and the refused rows kept: the days read are for the preview's screen.
      const after = merge(read, written(db, principal, now), kind, names, () => undefined, false);
      const counts = countOf(after);
      return { result: { added: counts.add, updated: counts.update, unchanged: counts.unchanged, refused: counts.refused }, refused: refusedOf(kind, after, read) };
    },
  };

  /**
   * Nothing written since the preview (by this connection or another) and still its day: the preview's
   * plan is what planning again would give, and is written as it is (checking and matching 10,000 rows
   * again was a quarter of the apply). Else the rows are merged again into the records as they are now
   * (one entered since the preview keeps the fields the file lacks) and planned again.
   */
  function written(db: Db, principal: Principal, now: Date): RowOutcome[] {
    if (db === ctx.db && sameStamp(dbStamp(db), stamp) && localDate(now) === ctx.today) return planned.write(db, principal, now);
    const records = kind.existing(db, ctx.lspId, accepted.map((a) => a.values));
    const current = accepted.map((a, i) => kind.toInput(a.values, present, records[i]));
    return kind.upsert(db, principal, ctx.lspId, current, now);
  }
}

/** The header as the preview shows it: the columns read and those left unread, by their letters. */
export function importHeader(header: SheetHeader): ImportHeader {
  return {
    row: header.row,
    columns: header.columns.map((c) => ({ key: c.key, header: c.header, column: c.letter })),
    ignored: header.ignored.map((c) => ({ header: c.header, column: c.letter })),
  };
}

function columnNames<K extends string, I>(kind: RowKind<K, I>, header: SheetHeader<K>): ColumnNames {
  const byKey = new Map<string, string>(header.columns.map((c) => [c.key, c.header]));
  return (key) => byKey.get(key) ?? kind.spec.columns.find((c) => c.key === key)?.headers[0] ?? key;
}

/** The registry's outcomes (for the accepted rows, in order) beside the rows refused by their cells. */
function merge<K extends string, I>(
  read: readonly ReadRow<K, I>[],
  outcomes: readonly RowOutcome[],
  kind: RowKind<K, I>,
  names: ColumnNames,
  changes: (o: RowOutcome, i: number) => string[] | undefined,
  withDates: boolean,
): PreviewRow[] {
  // Found once a call, not looked for in every column of every row (an array made and dropped for each).
  const dateKeys = withDates ? kind.spec.columns.filter((c) => c.kind === 'date').map((c) => c.key) : [];
  let next = 0;
  return read.map((r) => {
    if (!r.accepted) {
      // A refused row's dates that were read show as an accepted row's do; one that could not be read has none, and shows as written.
      const refused: PreviewRow = { row: r.row, outcome: 'refused', values: r.raw, problems: r.problems };
      const dates = datesOf(dateKeys, r.values);
      if (dates) refused.dates = dates;
      return refused;
    }
    const i = next++;
    const o = outcomes[i];
    const row: PreviewRow = {
      row: r.row,
      outcome: OUTCOME_OF[o.outcome],
      values: r.raw,
      problems: o.issues.map((issue) => fieldProblem(issue, kind.keyOfField(issue.field), names)),
    };
    const changed = changes(o, i);
    if (changed) row.changes = changed;
    const dates = datesOf(dateKeys, r.values);
    if (dates) row.dates = dates;
    return row;
  });
}

/** The days a row's date cells were read as, by key (none: undefined). */
function datesOf<K extends string>(keys: readonly K[], values: Values<K>): Record<string, string> | undefined {
  let dates: Record<string, string> | undefined;
  for (const key of keys) {
    const value = values[key];
    if (typeof value === 'string') (dates ??= {})[key] = value;
  }
  return dates;
}

export function countOf(rows: readonly { outcome: PreviewRow['outcome'] }[]): ImportCounts {
  const counts: ImportCounts = { add: 0, update: 0, unchanged: 0, refused: 0 };
  for (const r of rows) counts[r.outcome]++;
  return counts;
}

function refusedOf<K extends string, I>(kind: RowKind<K, I>, rows: readonly PreviewRow[], read: readonly ReadRow<K, I>[]): RefusedRow[] {
  return rows.flatMap((r, i) => (r.outcome === 'refused' ? [refusedRow(kind.spec, r.row, read[i].raw, r.problems)] : []));
}
