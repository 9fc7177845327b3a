import fs from 'node:fs';
import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import type { ConflictReason } from '../../shared/types';
import type { Db } from '../db/open';
import { insertAccount } from '../db/queries/accounts';
import { sql } from '../db/statements';
import { cardAccountToMake } from './card-accounts';
import { readLinesSync } from './lines';
import { BundleFailure } from './failure';
import { decodeValue, type Row } from './rows';
import { entryPath, type TableRule } from './rules';

export type TableChanges = { table: string; added: number; updated: number; unchanged: number; conflicts: number };
export type Conflict = { table: string; key: string; reason: ConflictReason; incoming: Row };
/** `madeAccounts`: the candidates whose account was made here for a row naming it (card-accounts.ts). */
export type MergeOutcome = { tables: TableChanges[]; conflicts: Conflict[]; madeAccounts: string[] };

/** Compared on the columns the incoming row has: one an earlier writer did not send is not a difference. */
function same(local: Row, incoming: Row, columns: readonly string[]): boolean {
  return columns.every((c) => !(c in incoming) || local[c] === incoming[c]);
}

function parseRow(line: string, rule: TableRule): Row {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', `row in ${rule.name} is not JSON`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', `row in ${rule.name}`);
  const row: Row = {};
  const optional = rule.optional ?? [];
  for (const c of [...rule.columns, ...Object.keys(rule.derived ?? {})]) {
    if (!(c in raw) && optional.includes(c)) continue;
    if (!(c in raw)) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', `row in ${rule.name} lacks ${c}`);
    const v = decodeValue((raw as Record<string, unknown>)[c]);
    if (Buffer.isBuffer(v)) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', `binary value in ${rule.name}`);
    row[c] = v;
  }
  return row;
}

/** Numbers numerically, anything else (ISO times) as text; null is older than any value. */
function compare(a: Row[string], b: Row[string]): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

function isConstraintError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && String(err.code).startsWith('SQLITE_CONSTRAINT');
}

/**
 * Merges the staged rows of each rule into the database, synchronously, inside the caller's
 * transaction. Preview runs the same code and rolls back, so what preview shows is what apply does.
 * With `owner`, every incoming row (changed or not) must belong to it before and after the merge, or
 * the whole bundle is refused: the caller's transaction then rolls back. `at` dates an account made here.
 */
export function mergeTables(db: Db, stagingDir: string, rules: readonly TableRule[], owner: string | null, at: string): MergeOutcome {
  const tables: TableChanges[] = [];
  const conflicts: Conflict[] = [];
  const madeAccounts: string[] = [];
  for (const rule of rules) {
    const cols = rule.columns;
    const where = rule.key.map((k) => `${k} IS @${k}`).join(' AND ');
    const checkOwner = owner !== null && rule.owner !== undefined;
    const derived =
      Object.entries(rule.derived ?? {}).map(([name, expr]) => `, ${expr} AS ${name}`).join('') +
      (rule.signedWhen ? `, (${rule.signedWhen}) AS signed_now` : '') +
      (checkOwner ? `, (${rule.owner}) AS owner_now` : '');
    const find = sql<[Row], Row>(db, `SELECT ${cols.join(', ')}${derived} FROM ${rule.table} WHERE ${where}`);
    const ownerOf = checkOwner ? sql<[Row], { owner: Row[string] }>(db, `SELECT (${rule.owner}) AS owner FROM ${rule.table} WHERE ${where}`) : null;
    const keyOf = (row: Row) => rule.key.map((k) => String(row[k])).join('/');
    const mustOwn = (found: Row[string] | undefined, row: Row) => {
      if (found !== owner) throw new BundleFailure('BUNDLE_NOT_OWNER', `${rule.name} ${keyOf(row)} belongs to ${String(found)}`, { table: rule.name, id: keyOf(row) });
    };
    const only = (row: Row): Row => Object.fromEntries(cols.filter((c) => c in row).map((c) => [c, row[c]]));
    const writesOf = (present: readonly string[]) => {
      const settable = present.filter((c) => !rule.key.includes(c));
      return {
        insert: sql<[Row]>(db, `INSERT INTO ${rule.table} (${present.join(', ')}) VALUES (${present.map((c) => '@' + c).join(', ')})`),
        update: settable.length ? sql<[Row]>(db, `UPDATE ${rule.table} SET ${settable.map((c) => `${c} = @${c}`).join(', ')} WHERE ${where}`) : null,
      };
    };
    const full = writesOf(cols);
    // Only the columns a row has are written: one an earlier writer did not send (rule.optional) keeps the local value.
    const writes = (row: Row) => (rule.optional && !cols.every((c) => c in row) ? writesOf(cols.filter((c) => c in row)) : full);
    const changes: TableChanges = { table: rule.table, added: 0, updated: 0, unchanged: 0, conflicts: 0 };
    const conflict = (row: Row, reason: Conflict['reason']) => {
      changes.conflicts++;
      conflicts.push({ table: rule.table, key: keyOf(row), reason, incoming: row });
    };
    // A row naming a candidate's account this installation lacks (rule.candidateAccount) makes it first; a
    // refused row takes the account back with it (the nested transaction is a savepoint).
    const run = (statement: Statement<[Row]>, row: Row) => {
      const account = rule.candidateAccount ? cardAccountToMake(db, row, rule.candidateAccount, owner, at) : null;
      if (!account) return void statement.run(only(row));
      db.transaction(() => {
        insertAccount(db, account);
        statement.run(only(row));
      })();
      madeAccounts.push(account.candidateId);
    };
    const mergeRow = (row: Row, local: Row | undefined) => {
      const { insert, update } = writes(row);
      if (!local) {
        try {
          run(insert, row);
          changes.added++;
        } catch (err) {
          if (!isConstraintError(err)) throw err;
          conflict(row, 'constraint');
        }
        return;
      }
      if (same(local, row, cols)) {
        changes.unchanged++;
        return;
      }
      const m = rule.merge;
      let write = false;
      if (m.kind === 'replace') write = true;
      else if (m.kind === 'newer') {
        const order = compare(row[m.column], local[m.column]);
        if (order > 0) write = true;
        else conflict(row, order === 0 ? 'same_seq_differs' : 'older_than_local');
      } else conflict(row, 'differs_kept_local');
      if (write && update) {
        try {
          run(update, row);
          changes.updated++;
          if (local.signed_now) conflict(row, 'signed_replaced');
        } catch (err) {
          if (!isConstraintError(err)) throw err;
          conflict(row, 'constraint');
        }
      }
    };
    const staged = path.join(stagingDir, entryPath(rule));
    if (rule.addedLater && !fs.existsSync(staged)) {
      tables.push(changes);
      continue;
    }
    for (const line of readLinesSync(staged)) {
      if (line === '') continue;
      const row = parseRow(line, rule);
      const local = find.get(only(row));
      // Someone else's row is refused even when the incoming copy is identical: naming it is a claim on it.
      if (local && checkOwner) mustOwn(local.owner_now, row);
      mergeRow(row, local);
      // After the write too: a row may not be moved to, or created under, another owner.
      const after = ownerOf?.get(only(row));
      if (after) mustOwn(after.owner, row);
    }
    tables.push(changes);
  }
  if (madeAccounts.length) tables.push({ table: 'account', added: madeAccounts.length, updated: 0, unchanged: 0, conflicts: 0 });
  return { tables, conflicts, madeAccounts };
}
