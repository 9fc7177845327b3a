import type { Database } from 'better-sqlite3';

/**
 * SQL without its comments, each line trimmed and its runs of spaces collapsed, blank lines dropped:
 * what the schema is, not how a migration happened to be laid out. Quoted text is kept as written.
 */
export function normaliseSql(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length; ) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      let end = sql.indexOf(close, i + 1);
      // A doubled quote ('it''s') is an escaped quote inside the same literal.
      while (end !== -1 && close !== ']' && sql[end + 1] === close) end = sql.indexOf(close, end + 2);
      end = end === -1 ? sql.length : end + 1;
      out += sql.slice(i, end);
      i = end;
    } else if (sql.startsWith('--', i)) {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? sql.length : eol;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The schema of a database as one text: every table, index, trigger and view in sqlite_master (SQLite's
 * own automatic indexes have no SQL and are left out), sorted by kind and name, each statement normalised
 * and ended with a semicolon.
 */
export function dumpSchema(db: Database): string {
  const rows = db
    .prepare<[], { type: string; name: string; sql: string }>(
      `SELECT type, name, sql FROM sqlite_master
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
       ORDER BY type, name`,
    )
    .all();
  return rows.map((row) => `${normaliseSql(row.sql)};\n`).join('\n');
}
