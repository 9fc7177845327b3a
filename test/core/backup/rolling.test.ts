import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/log';
import { backupName } from '../../../electron/core/backup/names';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { setSetting } from '../../../electron/core/db/queries/settings';
import { movableClock } from '../../support/clock';
import { call, failure, signInAs, tempCore, tempDir } from '../../support/core';
import { restoreZoneAfterEach } from '../../support/time-zone';
import { examDay } from '../cbt/support';
import { foldersOnDisk } from '../../support/on-disk';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
restoreZoneAfterEach();

type SchemaObject = { type: string; name: string; tbl_name: string; sql: string | null };

type AddedColumn = { table: string; column: string };

/**
 * What the latest migration changed, from two empty databases a version apart: the tables and indexes it adds,
 * and those it removes (031's index that 032 replaces), with the SQL that made them; and the columns it adds to
 * tables the version before had (034's options_in_order).
 */
function latestMigrationChanges(): { added: SchemaObject[]; removed: SchemaObject[]; columns: AddedColumn[] } {
  const dir = tempDir('ru-latest-');
  const objects = (list: typeof migrations) => {
    const db = openDatabase(path.join(dir, `v${list.length}.sqlite`), { migrations: list });
    try {
      const schema = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all() as SchemaObject[];
      const columns = new Map(
        schema.filter((o) => o.type === 'table').map((o) => [o.name, (db.pragma(`table_info(${o.name})`) as { name: string }[]).map((c) => c.name)]),
      );
      return { schema, columns };
    } finally {
      db.close();
    }
  };
  const [before, after] = [objects(migrations.slice(0, -1)), objects(migrations)];
  const names = (list: SchemaObject[]) => new Set(list.map((o) => `${o.type}:${o.name}`));
  const [had, has] = [names(before.schema), names(after.schema)];
  const columns = [...after.columns].flatMap(([table, list]) => {
    const old = before.columns.get(table);
    return old ? list.filter((c) => !old.includes(c)).map((column) => ({ table, column })) : [];
  });
  return { added: after.schema.filter((o) => !had.has(`${o.type}:${o.name}`)), removed: before.schema.filter((o) => !has.has(`${o.type}:${o.name}`)), columns };
}

/** The copies in `folder`, and one interval of the backup timer passing (its clock and its fake timer), then a turn for the copy. */
function timerOf(clock: ReturnType<typeof movableClock>, folder: string, everyMinutes: number) {
  return {
    copies: () => fs.readdirSync(folder).filter((n) => n.endsWith('.sqlite')).length,
    tick: async () => {
      clock.advance(everyMinutes * 60_000);
      vi.advanceTimersByTime(everyMinutes * 60_000);
      await new Promise((r) => setTimeout(r, 50));
    },
  };
}

async function withBackups(keep = 3) {
  const day = await examDay(0);
  const folder = tempDir('ru-usb-');
  const status = await call(day.core, 'backups/configure', { folder, everyMinutes: 5, keep }, day.proctor);
  const state = await call(day.core, 'cbt/agree', { accept: true }, day.candidate);
  return { ...day, folder, status, items: state.items.filter((i) => i.kind === 'multiple_choice') };
}

// Backup folders and the data folders they are checked against: the core refuses one under /dev.
foldersOnDisk();

describe('rolling backups', () => {
  it('needs a folder, refuses the data folder itself, and keeps the newest K', async () => {
    const day = await examDay(0);
    expect((await failure(day.core, 'backups/takeNow', {}, day.proctor)).code).toBe('BACKUP_NOT_CONFIGURED');
    expect(
      (await failure(day.core, 'backups/configure', { folder: day.core.dataDir, everyMinutes: 5, keep: 3 }, day.proctor)).code,
    ).toBe('BACKUP_FOLDER_INVALID');
    const { clock, core, proctor, folder } = await withBackups(2);
    for (let i = 0; i < 3; i++) {
      await call(core, 'backups/takeNow', {}, proctor);
      clock.advance(60_000);
    }
    const status = await call(core, 'backups/status', {}, proctor);
    expect(status.files).toHaveLength(2);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect(status.lastBackupAt).not.toBeNull();
    expect((await failure(day.core, 'backups/status', {}, day.candidate)).code).toBe('FORBIDDEN');
  });

  it("names each backup by the venue's clock (the process's local time, with its offset) and keeps the newest", async () => {
    process.env.TZ = 'Asia/Jakarta';
    // 00:30 WIB on the 21st, while UTC is still on the 20th.
    const clock = movableClock(new Date('2026-11-20T17:30:00.000Z'));
    const core = await tempCore({ clock });
    const proctor = await signInAs(core, 'proctor');
    await call(core, 'backups/configure', { folder: tempDir('ru-usb-'), everyMinutes: 5, keep: 2 }, proctor);
    for (let i = 0; i < 3; i++) {
      await call(core, 'backups/takeNow', {}, proctor);
      clock.advance(5 * 60_000);
    }
    const { files } = await call(core, 'backups/status', {}, proctor);
    expect(files.map((f) => f.name)).toEqual(['ruang-uji-backup-20261121T004000000+0700.sqlite', 'ruang-uji-backup-20261121T003500000+0700.sqlite']);
  });

  it('configure accepts only an absolute, creatable, writable folder outside the data folder and the system', async () => {
    const { core, proctor } = await examDay(0);
    const usb = tempDir('ru-usb-');
    const cases: [string, string][] = [
      ['cadangan', 'BACKUP_FOLDER_NOT_ABSOLUTE'],
      [`${usb}/a\u0000b`, 'BACKUP_FOLDER_BAD_NAME'],
      ['/proc/1/cadangan', 'BACKUP_FOLDER_SYSTEM'],
      ['/sys/cadangan', 'BACKUP_FOLDER_SYSTEM'],
      ['/dev/cadangan', 'BACKUP_FOLDER_SYSTEM'],
      [path.join(core.dataDir, 'cadangan'), 'BACKUP_FOLDER_INVALID'],
      [path.join(core.dbFile, 'cadangan'), 'BACKUP_FOLDER_INVALID'],
    ];
    fs.writeFileSync(path.join(usb, 'file'), 'x');
    cases.push([path.join(usb, 'file', 'cadangan'), 'BACKUP_FOLDER_UNWRITABLE']);
    for (const [folder, code] of cases) {
      expect([folder, (await failure(core, 'backups/configure', { folder, everyMinutes: 5, keep: 3 }, proctor)).code]).toEqual([folder, code]);
    }
    expect((await call(core, 'backups/status', {}, proctor)).configured).toBe(false);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'backup.configured'").pluck().get()).toBe(0);
    expect(fs.existsSync(path.resolve('cadangan'))).toBe(false);

    const status = await call(core, 'backups/configure', { folder: path.join(usb, 'hari-1', 'cadangan'), everyMinutes: 5, keep: 3 }, proctor);
    expect(status.folder).toBe(path.join(usb, 'hari-1', 'cadangan'));
    expect(fs.readdirSync(status.folder!)).toEqual([]);
  });

  it('takeNow refuses a bad folder stored before these checks, at once and without spinning', async () => {
    const { core, proctor } = await examDay(0);
    for (const folder of ['/proc/1/x/y', 'relatif/cadangan', core.dataDir]) {
      // As an older version could have stored it: straight into the settings row.
      setSetting(core.db, 'backup.rolling', JSON.stringify({ folder, everyMinutes: 5, keep: 3 }));
      const started = Date.now();
      const refused = await failure(core, 'backups/takeNow', {}, proctor);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(refused.code).toMatch(/^BACKUP_FOLDER_/);
      expect((await call(core, 'backups/status', {}, proctor)).lastError).toBe(refused.code);
    }
  });

  it('a backup taken while answers stream in is a consistent snapshot', async () => {
    const { core, candidate, proctor, folder, items } = await withBackups();
    let seq = 0;
    const save = () =>
      call(core, 'cbt/save', { itemId: items[seq % items.length].itemId, seq: ++seq, choice: seq % 5, text: null, doubtful: false }, candidate);
    for (let i = 0; i < 30; i++) await save();
    const acknowledgedBefore = seq;
    const backup = call(core, 'backups/takeNow', {}, proctor);
    const during: Promise<unknown>[] = [];
    for (let i = 0; i < 100; i++) during.push(save());
    await Promise.all([backup, ...during]);

    const [latest] = (await call(core, 'backups/status', {}, proctor)).files;
    const copy = new Database(path.join(folder, latest.name), { readonly: true });
    try {
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(verifyAudit(copy).ok).toBe(true);
      const answers = copy.prepare('SELECT item_id AS itemId, seq FROM answer').all() as { itemId: string; seq: number }[];
      // Every answer row came with its audit row in the same transaction, and nothing acknowledged before the start is missing.
      const audited = copy
        .prepare("SELECT json_extract(details, '$.itemId') AS itemId, max(json_extract(details, '$.seq')) AS seq FROM audit_log WHERE action = 'cbt.answer' GROUP BY 1")
        .all() as { itemId: string; seq: number }[];
      expect(new Map(answers.map((a) => [a.itemId, a.seq]))).toEqual(new Map(audited.map((a) => [a.itemId, a.seq])));
      expect(Math.max(...answers.map((a) => a.seq))).toBeGreaterThanOrEqual(acknowledgedBefore);
    } finally {
      copy.close();
    }
  });

  it("the timer's copy, taken while saves wait for their audit head, ends on a signed head", async () => {
    const { core, candidate, folder, items } = await withBackups();
    // The monotonic clock stands still, so the saves' rows are left for a later head however slow this machine is.
    vi.spyOn(performance, 'now').mockReturnValue(performance.now());
    await call(core, 'backups/status', {}, await signInAs(core, 'proctor'));
    for (let i = 0; i < 3; i++) await call(core, 'cbt/save', { itemId: items[i].itemId, seq: i + 1, choice: 1, text: null, doubtful: false }, candidate);
    const head = () => core.db.prepare('SELECT seq FROM audit_head').pluck().get() as number;
    expect(head()).toBeLessThan(core.db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number);
    // What the timer calls: no milestone head of its own.
    await core.backups.now(null);
    const [latest] = core.backups.status().files;
    const copy = new Database(path.join(folder, latest.name), { readonly: true });
    try {
      expect(verifyAudit(copy)).toMatchObject({ ok: true, findings: [] });
    } finally {
      copy.close();
    }
  });

  it('restores a backup from the console: later changes are gone, the restore is audited, work goes on', async () => {
    const { core, candidate, proctor, items } = await withBackups();
    await call(core, 'cbt/save', { itemId: items[0].itemId, seq: 1, choice: 1, text: null, doubtful: false }, candidate);
    const { files } = await call(core, 'backups/takeNow', {}, proctor);
    await call(core, 'cbt/save', { itemId: items[1].itemId, seq: 2, choice: 2, text: null, doubtful: false }, candidate);
    expect((await failure(core, 'backups/restore', { name: 'nope.sqlite', reason: 'uji pemulihan' }, proctor)).code).toBe('NOT_FOUND');

    await call(core, 'backups/restore', { name: files[0].name, reason: 'PC proktor mati listrik' }, proctor);
    const state = await call(core, 'cbt/state', {}, candidate);
    expect(state.answers.map((a) => a.itemId)).toEqual([items[0].itemId]);
    expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'backup.restored'").pluck().get()).toBe(1);
    expect(verifyAudit(core.db).ok).toBe(true);
    expect((await call(core, 'cbt/save', { itemId: items[1].itemId, seq: 3, choice: 0, text: null, doubtful: false }, candidate)).stored).toBe(true);
  });

  it('leaves each backup one self-contained file, no -wal or -shm beside it, and a restore keeps the live database in WAL', async () => {
    const { clock, core, proctor, folder } = await withBackups();
    await call(core, 'backups/takeNow', {}, proctor);
    clock.advance(60_000);
    const { files } = await call(core, 'backups/takeNow', {}, proctor);
    const onlyBackups = () => expect(fs.readdirSync(folder).sort()).toEqual(files.map((f) => f.name).sort());
    onlyBackups();
    const copy = new Database(path.join(folder, files[0].name), { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }
    onlyBackups();

    await call(core, 'backups/restore', { name: files[0].name, reason: 'uji berkas cadangan' }, proctor);
    onlyBackups();
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const reopened = new Database(core.dbFile, { readonly: true });
    try {
      expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reopened.close();
    }
  });

  it('restores a backup made in WAL mode by an older version and leaves no -wal or -shm beside it', async () => {
    const { clock, core, proctor, folder, candidate, items } = await withBackups();
    await call(core, 'cbt/save', { itemId: items[0].itemId, seq: 1, choice: 0, text: null, doubtful: false }, candidate);
    // As older versions wrote them: the online backup's copy, its header still saying WAL.
    const name = backupName(clock.now());
    await core.db.backup(path.join(folder, name));
    const header = fs.readFileSync(path.join(folder, name)).subarray(18, 20);
    expect([...header]).toEqual([2, 2]);
    await call(core, 'cbt/save', { itemId: items[1].itemId, seq: 2, choice: 0, text: null, doubtful: false }, candidate);

    await call(core, 'backups/restore', { name, reason: 'cadangan versi lama' }, proctor);
    expect(fs.readdirSync(folder)).toEqual([name]);
    expect((await call(core, 'cbt/state', {}, candidate)).answers.map((a) => a.itemId)).toEqual([items[0].itemId]);
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(verifyAudit(core.db).ok).toBe(true);
  });

  it('brings a backup made before an upgrade up to this version as it restores it, so the running app can use it', async () => {
    const { core, proctor, folder, candidate, items } = await withBackups();
    await call(core, 'cbt/save', { itemId: items[0].itemId, seq: 1, choice: 0, text: null, doubtful: false }, candidate);
    const { files } = await call(core, 'backups/takeNow', {}, proctor);
    // The same data as the version before the latest migration kept it: without the tables, indexes and triggers that
    // migration adds (those of a table it adds go with their table), with those it removes.
    const { added, removed, columns } = latestMigrationChanges();
    expect(added.length + columns.length).toBeGreaterThan(0);
    const addedTables = new Set(added.filter((o) => o.type === 'table').map((o) => o.name));
    const older = new Database(path.join(folder, files[0].name));
    try {
      for (const { type, name, tbl_name } of added) {
        if (type === 'table') older.exec(`DROP TABLE ${name}`);
        else if (type === 'index' && !addedTables.has(tbl_name)) older.exec(`DROP INDEX ${name}`);
        // A trigger on a table the migration did not add (033's seat counts on session_candidate) outlives the drops.
        else if (type === 'trigger' && !addedTables.has(tbl_name)) older.exec(`DROP TRIGGER ${name}`);
      }
      for (const { sql } of removed) if (sql) older.exec(sql);
      for (const { table, column } of columns) older.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
      older.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    } finally {
      older.close();
    }

    await call(core, 'backups/restore', { name: files[0].name, reason: 'cadangan sebelum pembaruan' }, proctor);
    expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const present = core.db.prepare('SELECT type, name FROM sqlite_schema').all();
    for (const { type, name } of added) expect(present).toContainEqual({ type, name });
    for (const { type, name } of removed) expect(present).not.toContainEqual({ type, name });
    for (const { table, column } of columns) expect((core.db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name)).toContain(column);
    expect((await call(core, 'cbt/state', {}, candidate)).answers.map((a) => a.itemId)).toEqual([items[0].itemId]);
    expect(verifyAudit(core.db).ok).toBe(true);
  });

  it('refuses an older backup its migration cannot bring up to this version, and changes nothing', async () => {
    const { core, proctor, folder, candidate, items } = await withBackups();
    const { files } = await call(core, 'backups/takeNow', {}, proctor);
    const file = path.join(folder, files[0].name);
    // Says it is one version older, yet already holds what the latest migration adds (its tables, or 034's columns): that migration fails.
    const older = new Database(file);
    try {
      older.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    } finally {
      older.close();
    }
    const backupBytes = fs.readFileSync(file);
    await call(core, 'cbt/save', { itemId: items[0].itemId, seq: 1, choice: 0, text: null, doubtful: false }, candidate);
    const before = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();

    const refused = await failure(core, 'backups/restore', { name: files[0].name, reason: 'cadangan tidak cocok' }, proctor);
    expect(refused).toMatchObject({
      code: 'BACKUP_UPGRADE_FAILED',
      params: { file: files[0].name, found: LATEST_SCHEMA_VERSION - 1, supported: LATEST_SCHEMA_VERSION },
    });
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    expect((await call(core, 'cbt/state', {}, candidate)).answers.map((a) => a.itemId)).toEqual([items[0].itemId]);
    expect(fs.readFileSync(file).equals(backupBytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(core.dbFile)).filter((f) => f.includes('.restoring'))).toEqual([]);
  });

  it('refuses a damaged backup file and changes nothing', async () => {
    const { core, proctor, folder } = await withBackups();
    const { files } = await call(core, 'backups/takeNow', {}, proctor);
    const file = path.join(folder, files[0].name);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 4096, 8192);
    fs.writeFileSync(file, bytes);
    const before = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    expect((await failure(core, 'backups/restore', { name: files[0].name, reason: 'uji berkas rusak' }, proctor)).code).toBe('BACKUP_DAMAGED');
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
  });

  it('the timer copies whenever a change was recorded since the last copy, the end of a session too, and never the same data twice', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { clock, core, proctor, folder, seat, candidate, items } = await withBackups(10);
    const { copies, tick } = timerOf(clock, folder, 5);
    await tick();
    await vi.waitFor(() => expect(copies()).toBe(1));
    // Nothing new: neither the copy's own audit entry nor its signature is a change to copy.
    await call(core, 'audit/integrity', {}, proctor);
    await tick();
    await tick();
    expect(copies()).toBe(1);

    await call(core, 'cbt/save', { itemId: items[0].itemId, seq: 1, choice: 0, text: null, doubtful: false }, candidate);
    await tick();
    await vi.waitFor(() => expect(copies()).toBe(2));
    // The session's end: before, the timer stopped with the last running session, and this was in no copy.
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'selesai' }, proctor);
    await tick();
    await vi.waitFor(() => expect(copies()).toBe(3));
    await tick();
    expect(copies()).toBe(3);
    expect(await signInAs(core, 'admin')).toBeTruthy();
  });

  it("copies an LSP office's data, where no session ever runs, after each change", async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = movableClock(new Date('2026-03-02T02:00:00Z'));
    const core = await tempCore({ clock });
    const admin = await signInAs(core, 'admin');
    const folder = tempDir('ru-office-backup-');
    await call(core, 'backups/configure', { folder, everyMinutes: 60, keep: 48 }, admin);
    const { copies, tick } = timerOf(clock, folder, 60);
    await tick();
    await vi.waitFor(() => expect(copies()).toBe(1));
    await tick();
    expect(copies()).toBe(1);
    // Two idle hours end a staff sign-in: the admin comes back.
    const back = await signInAs(core, 'admin');
    const tuk = (await call(core, 'tuks/list', {}, back)).rows[0];
    await call(core, 'tuks/setActive', { tukId: tuk.id, active: false }, back);
    await tick();
    await vi.waitFor(() => expect(copies()).toBe(2));
    expect((await call(core, 'backups/status', {}, back)).lastBackupAt).toBe(clock.now().toISOString());
  });
});
