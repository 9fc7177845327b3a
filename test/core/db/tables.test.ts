import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { TABLE_NAMES } from '../../../electron/shared/tables';
import { tempDir } from '../../support/core';

describe('TABLE_NAMES', () => {
  it('lists exactly the tables the migrations create, so every table a bundle counts has words on screen', () => {
    const db = openDatabase(path.join(tempDir(), 'tables.sqlite'));
    const created = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    db.close();
    expect([...TABLE_NAMES].sort()).toEqual(created.sort());
  });
});
