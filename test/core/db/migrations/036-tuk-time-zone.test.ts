import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../electron/core/db/migrations';
import { migrate } from '../../../../electron/core/db/open';
import { insertOneSeat } from './seat-fixture';
import { restoreZoneAfterEach } from '../../../support/time-zone';

// Sets the process's zone, and puts it back after each test.
restoreZoneAfterEach();

function tukZoneAfterMigrating(tz: string): unknown {
  process.env.TZ = tz;
  const db = new Database(':memory:');
  try {
    migrate(db, migrations.slice(0, 35));
    insertOneSeat(db);
    migrate(db, migrations.slice(0, 36));
    return db.prepare("SELECT time_zone FROM tuk WHERE id = 't'").pluck().get();
  } finally {
    db.close();
  }
}

describe('migration 036 (a TUK keeps its time zone)', () => {
  it("gives the TUKs already here this computer's zone when it is one of the three", () => {
    expect(tukZoneAfterMigrating('Asia/Makassar')).toBe('WITA');
    expect(tukZoneAfterMigrating('Asia/Jayapura')).toBe('WIT');
    expect(tukZoneAfterMigrating('Asia/Pontianak')).toBe('WIB');
  });

  it("reads a clock set to a neighbour's zone by its hours (Windows offers Indonesia's that way), and any other as WIB", () => {
    expect(tukZoneAfterMigrating('Asia/Singapore')).toBe('WITA');
    expect(tukZoneAfterMigrating('Europe/Amsterdam')).toBe('WIB');
  });

  it('refuses a zone not of the three, and leaves a TUK without one possible (an old bundle names none)', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 36));
    insertOneSeat(db);
    expect(() => db.exec("UPDATE tuk SET time_zone = 'UTC'")).toThrow(/CHECK/);
    expect(db.prepare("SELECT time_zone FROM tuk WHERE id = 't'").pluck().get()).toBeNull();
    db.close();
  });
});
