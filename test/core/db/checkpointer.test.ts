import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_EVERY_MS } from '../../../electron/core/db/checkpointer';
import { tempCore } from '../../support/core';

describe('background checkpoints', () => {
  it('move committed pages into the database file from a worker, with none done inside commits', async () => {
    const core = await tempCore({ backgroundCheckpoint: true });
    expect(core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // Let the worker fold in what seeding the demo wrote, then measure from there.
    await new Promise((r) => setTimeout(r, CHECKPOINT_EVERY_MS * 2.5));
    const before = fs.statSync(core.dbFile).size;
    core.db.exec('CREATE TABLE filler (x TEXT)');
    const insert = core.db.prepare('INSERT INTO filler (x) VALUES (?)');
    for (let i = 0; i < 300; i++) core.db.transaction(() => insert.run('x'.repeat(2000)))();
    expect(fs.statSync(core.dbFile).size).toBe(before);
    await expect.poll(() => fs.statSync(core.dbFile).size, { timeout: CHECKPOINT_EVERY_MS * 5, interval: 100 }).toBeGreaterThan(before + 300 * 2000 * 0.9);
  });

  it('is off unless asked: short-lived tools keep SQLite\'s automatic checkpoints', async () => {
    const core = await tempCore();
    expect(core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
