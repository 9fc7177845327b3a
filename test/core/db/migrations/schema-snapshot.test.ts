import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { dumpSchema, normaliseSql } from '../../../support/schema-dump';

/**
 * One committed file per migration: the schema a fresh database has after migrations 1..N. A shipped
 * migration edited by accident changes its file's schema and fails here. `WRITE_SCHEMA_SNAPSHOT=1`
 * writes only the files that do not exist yet, so it records a new migration but can never bless an edit.
 */
const DIR = path.join(import.meta.dirname, 'schema');
const WRITE_MISSING = process.env.WRITE_SCHEMA_SNAPSHOT === '1';
const fileOf = (version: number) => path.join(DIR, `${String(version).padStart(3, '0')}.sql`);

function schemaAfter(version: number): string {
  const db = new Database(':memory:');
  try {
    migrate(db, migrations.slice(0, version));
    return dumpSchema(db);
  } finally {
    db.close();
  }
}

describe('schema snapshots', () => {
  for (const m of migrations) {
    it(`match the schema after migration ${m.version} (${m.name})`, () => {
      const file = fileOf(m.version);
      const actual = schemaAfter(m.version);
      if (!fs.existsSync(file) && WRITE_MISSING) fs.writeFileSync(file, actual);
      expect(
        fs.existsSync(file),
        `no snapshot for migration ${m.version}: run WRITE_SCHEMA_SNAPSHOT=1 npx vitest run ${path.relative(process.cwd(), import.meta.filename)}`,
      ).toBe(true);
      expect(actual, `the schema after migration ${m.version} differs from ${path.basename(file)}; add a new migration instead of editing a shipped one`).toBe(
        fs.readFileSync(file, 'utf8'),
      );
    });
  }

  it('exist only for migrations in the list', () => {
    const expected = migrations.map((m) => path.basename(fileOf(m.version)));
    expect(fs.readdirSync(DIR).sort()).toEqual(expected);
  });

  it('ignore comments and layout but not the schema', () => {
    const laidOut = `CREATE TABLE t (  -- the id
      id   TEXT PRIMARY KEY, /* a note */
      note TEXT DEFAULT '-- kept', "a--b" INTEGER
    )`;
    expect(normaliseSql(laidOut)).toBe(`CREATE TABLE t (\nid TEXT PRIMARY KEY,\nnote TEXT DEFAULT '-- kept', "a--b" INTEGER\n)`);
    expect(normaliseSql('CREATE TABLE t (id TEXT)')).not.toBe(normaliseSql('CREATE TABLE t (id INTEGER)'));
  });
});
