import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../electron/core';
import { call, failure, signInAs, tempCore, tempDir } from '../../support/core';
import { MINUTE, movableClock } from '../../support/clock';
import { exported, nik, preview, rowsFile } from './support';

const HEADER = ['Nama', 'NIK', 'Telepon'];

describe('a previewed import', () => {
  it('is applied against the registry as it is then: a record added since the preview is matched, not duplicated', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const previewed = await preview(core, admin, 'candidates', await rowsFile(dir, 'a.xlsx', [HEADER, ['Siti Rahma', nik(1), '081234567890'], ['Budi', nik(2), null]]));
    expect(previewed.counts).toEqual({ add: 2, update: 0, unchanged: 0, refused: 0 });
    // Someone enters Siti by hand meanwhile, with another phone number and her institution, which the file has no column for.
    await call(core, 'candidates/create', {
      candidate: { name: 'Siti Rahma', nik: nik(1), birthPlace: null, birthDate: null, sex: null, address: null, regencyCode: null, provinceCode: null, phone: '089999999999', email: null, educationCode: null, occupationCode: null, institution: 'SMK 1', photoSha256: null },
    }, admin);
    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 1, updated: 1, unchanged: 0, refused: 0 });
    expect(core.db.prepare('SELECT count(*) FROM candidate WHERE nik = ?').pluck().get(nik(1))).toBe(1);
    expect(core.db.prepare('SELECT phone, institution FROM candidate WHERE nik = ?').get(nik(1))).toEqual({ phone: '081234567890', institution: 'SMK 1' });
    // Applied once: the preview cannot be applied again, but its refused rows can still be fetched.
    expect((await failure(core, 'registryImport/apply', { importId: previewed.importId }, admin)).code).toBe('NOT_FOUND');
    expect((await call(core, 'registryImport/refusedRows', { importId: previewed.importId }, admin)).rows).toBe(0);
  });

  it('is planned again when another process wrote to the database since the preview: a record changed meanwhile is updated back', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const file = await rowsFile(dir, 'a.xlsx', [HEADER, ['Siti Rahma', nik(1), '081234567890']]);
    await call(core, 'registryImport/apply', { importId: (await preview(core, admin, 'candidates', file)).importId }, admin);
    const previewed = await preview(core, admin, 'candidates', file);
    expect(previewed.counts).toEqual({ add: 0, update: 0, unchanged: 1, refused: 0 });
    // Another process (the CLI, a second window) changes her phone on its own connection.
    const other = new Database(path.join(core.dataDir, DB_FILE_NAME));
    other.prepare('UPDATE candidate SET phone = ? WHERE nik = ?').run('089999999999', nik(1));
    other.close();
    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 0, updated: 1, unchanged: 0, refused: 0 });
    expect(core.db.prepare('SELECT phone FROM candidate WHERE nik = ?').pluck().get(nik(1))).toBe('081234567890');
  });

  it('is planned again on the next day: a birth date refused as in the future at the preview is taken after midnight', async () => {
    // Local times: the day changes at the machine's midnight whatever its time zone.
    const clock = movableClock(new Date(2026, 2, 2, 23, 50));
    const core = await tempCore({ clock });
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const previewed = await preview(core, admin, 'candidates', await rowsFile(dir, 'a.xlsx', [['Nama', 'NIK', 'Tanggal Lahir'], ['Bayi', nik(1, 3, 3, 26), '03/03/2026']]));
    expect(previewed.counts).toEqual({ add: 0, update: 0, unchanged: 0, refused: 1 });
    clock.advance(20 * MINUTE);
    expect(await call(core, 'registryImport/apply', { importId: previewed.importId }, admin)).toEqual({ added: 1, updated: 0, unchanged: 0, refused: 0 });
  });

  it('expires after 30 minutes on the core clock', async () => {
    const clock = movableClock(new Date('2026-03-02T03:00:00Z'));
    const core = await tempCore({ clock });
    const admin = await signInAs(core, 'admin');
    const dir = tempDir();
    const previewed = await preview(core, admin, 'candidates', await rowsFile(dir, 'a.xlsx', [HEADER, ['Siti Rahma', nik(1), null]]));
    expect(previewed.expiresAt).toBe('2026-03-02T03:30:00.000Z');
    clock.advance(31 * MINUTE);
    expect((await failure(core, 'registryImport/apply', { importId: previewed.importId }, admin)).code).toBe('NOT_FOUND');
    expect(core.db.prepare('SELECT count(*) FROM candidate WHERE nik = ?').pluck().get(nik(1))).toBe(0);
  });
});

describe('written workbooks', () => {
  it('are removed an hour after they were written, when the next one is written (they hold personal data in plain text)', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const first = await call(core, 'registryExport/sheet', { kind: 'candidates' }, admin);
    const kept = await call(core, 'registryImport/template', { kind: 'assessors' }, admin);
    const old = exported(core, first.fileName);
    // Two hours before the other file, on the file system's own clock.
    const twoHoursAgo = new Date(fs.statSync(exported(core, kept.fileName)).mtimeMs - 2 * 60 * MINUTE);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    const next = await call(core, 'registryImport/template', { kind: 'schemes' }, admin);
    expect([fs.existsSync(old), fs.existsSync(exported(core, kept.fileName)), fs.existsSync(exported(core, next.fileName))]).toEqual([false, true, true]);
  });
});
