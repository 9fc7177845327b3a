import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, GENESIS_HASH, verifyAudit } from '../../../electron/core/audit/log';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { tempDir } from '../../support/core';

function dbWithRows(n: number): Db {
  const db = openDatabase(path.join(tempDir(), 'audit.sqlite'));
  for (let i = 0; i < n; i++) {
    appendAudit(db, null, { action: `test.${i}`, entity: 'thing', entityId: String(i), details: { i } }, new Date(Date.UTC(2026, 0, 1, 8, i)));
  }
  return db;
}

/** Tampering needs the append-only triggers out of the way, as an attacker with the file would do. */
function tamper(db: Db, statement: string) {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(statement);
}

describe('audit log hash chain', () => {
  it('links every row to the previous one and verifies', () => {
    const db = dbWithRows(5);
    const rows = db.prepare('SELECT seq, prev_hash AS prev, hash FROM audit_log ORDER BY seq').all() as {
      seq: number;
      prev: string;
      hash: string;
    }[];
    expect(rows[0].prev).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev).toBe(rows[i - 1].hash);
    // The chain holds, but nobody signed its head: a bare database proves nothing about its end.
    expect(verifyAudit(db)).toMatchObject({ ok: false, rows: 5, firstBroken: null, head: null });
    expect(verifyAudit(db).findings).toEqual([{ kind: 'no_head', severity: 'unanchored', fromSeq: 1, toSeq: 5, at: null }]);
    db.close();
  });

  it('reports the first row whose content was edited', () => {
    const db = dbWithRows(5);
    tamper(db, `UPDATE audit_log SET details = '{"i":99}' WHERE seq = 3`);
    expect(verifyAudit(db)).toMatchObject({ ok: false, rows: 5, firstBroken: { seq: 3, reason: 'hash_mismatch' } });
    expect(verifyAudit(db).findings[0]).toEqual({ kind: 'hash_mismatch', severity: 'broken', fromSeq: 3, toSeq: 3, at: null });
    db.close();
  });

  it('reports a removed row as a gap', () => {
    const db = dbWithRows(5);
    tamper(db, 'DELETE FROM audit_log WHERE seq = 2');
    expect(verifyAudit(db).firstBroken).toEqual({ seq: 3, reason: 'seq_gap' });
    db.close();
  });

  it('reports a row whose stored hash was replaced', () => {
    const db = dbWithRows(4);
    tamper(db, `UPDATE audit_log SET hash = '${'f'.repeat(64)}' WHERE seq = 2`);
    // Row 2's own hash no longer matches its content.
    expect(verifyAudit(db).firstBroken).toEqual({ seq: 2, reason: 'hash_mismatch' });
    db.close();
  });
});
