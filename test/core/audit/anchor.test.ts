import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core';
import { ROUTINE_WITHIN_MS } from '../../../electron/core/audit/anchor';
import { headFilePath, readHeadFile } from '../../../electron/core/audit/head-file';
import { verifyAudit } from '../../../electron/core/audit/log';
import { recoverAdmin } from '../../../electron/core/keys/recover-admin';
import { call, signInAs, staff, tempDir } from '../../support/core';
import { lspCore } from '../../support/bundles';
import { examDay } from '../cbt/support';
import { foldersOnDisk } from '../../support/on-disk';

const lastSeq = (core: Core) => core.db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
const dbHead = (core: Core) => core.db.prepare('SELECT n, seq, reason FROM audit_head').get() as { n: number; seq: number; reason: string };

// Backup folders and the data folders they are checked against: the core refuses one under /dev.
foldersOnDisk();

describe('the audit anchor signs the head of the chain', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('before an ordinary call is answered: every row it audited is covered', async () => {
    const { core, proctor, seat } = await examDay(0);
    await call(core, 'exam/addIncident', { sessionId: seat.sessionId, text: 'Listrik padam 5 menit.' }, proctor);
    expect(dbHead(core)).toMatchObject({ seq: lastSeq(core), reason: 'commit' });
    expect(verifyAudit(core.db)).toMatchObject({ ok: true, findings: [] });
  });

  it(`answer saves get a head within ${ROUTINE_WITHIN_MS} ms, not one each: a batch past the deadline signs inside its commit, a timer signs what no batch came for`, async () => {
    const { core, candidate, proctor, seat } = await examDay(0);
    // The monotonic clock stands still until the test moves it, so a slow machine cannot pass a deadline by itself.
    const clock = vi.spyOn(performance, 'now').mockReturnValue(performance.now());
    const { items } = await call(core, 'cbt/agree', { accept: true }, candidate);
    const save = (i: number) => call(core, 'cbt/save', { itemId: items[i].itemId, seq: i + 1, choice: 1, text: null, doubtful: false }, candidate);
    const agreed = dbHead(core);
    expect(agreed.seq).toBe(lastSeq(core));

    // Five saves in one batch and one after it: answered, their rows left for a later head.
    await Promise.all([0, 1, 2, 3, 4].map(save));
    expect(core.context.commits.largestBatch).toBeGreaterThan(1);
    await save(5);
    expect(lastSeq(core)).toBeGreaterThan(agreed.seq);
    expect(dbHead(core).n).toBe(agreed.n);

    // The deadline passes: the next batch signs, inside its own commit.
    clock.mockReturnValue(performance.now() + ROUTINE_WITHIN_MS);
    await save(6);
    expect(dbHead(core)).toMatchObject({ n: agreed.n + 1, seq: lastSeq(core), reason: 'commit' });

    // Any other call signs what was left with its own head.
    await save(7);
    expect(dbHead(core).seq).toBeLessThan(lastSeq(core));
    await call(core, 'exam/addIncident', { sessionId: seat.sessionId, text: 'PC 7 diganti.' }, proctor);
    expect(dbHead(core)).toMatchObject({ n: agreed.n + 2, seq: lastSeq(core) });

    // Nothing comes after a save: the timer signs it alone.
    await save(8);
    expect(dbHead(core).seq).toBeLessThan(lastSeq(core));
    clock.mockRestore();
    await expect.poll(() => dbHead(core).seq, { timeout: 5_000 }).toBe(lastSeq(core));
    expect(dbHead(core).n).toBe(agreed.n + 3);
    expect(verifyAudit(core.db)).toMatchObject({ ok: true, findings: [] });
  });

  it('routine heads reach the head file in the background, within about a second, the latest one last', async () => {
    const { core, proctor, seat } = await examDay(0);
    for (const text of ['Listrik padam.', 'Listrik menyala lagi.', 'PC 7 diganti.']) {
      await call(core, 'exam/addIncident', { sessionId: seat.sessionId, text }, proctor);
    }
    const head = dbHead(core);
    expect(head.reason).toBe('commit');
    await expect.poll(() => readHeadFile(headFilePath(core.dataDir))?.n, { timeout: 5_000 }).toBe(head.n);
    expect(readHeadFile(headFilePath(core.dataDir))).toMatchObject({ seq: lastSeq(core), reason: 'commit' });
    expect(fs.readdirSync(path.dirname(headFilePath(core.dataDir)))).toEqual(['head.json']);
  });

  it('at session close and on the printed berita acara, and the head file follows at once', async () => {
    const { core, proctor, seat } = await examDay(0);
    await call(core, 'exam/endSession', { sessionId: seat.sessionId, reason: 'Waktu habis' }, proctor);
    expect(dbHead(core)).toMatchObject({ seq: lastSeq(core), reason: 'session_close' });
    expect(readHeadFile(headFilePath(core.dataDir))).toMatchObject({ seq: lastSeq(core), reason: 'session_close' });

    const minutes = await call(core, 'exam/minutes', { sessionId: seat.sessionId }, proctor);
    expect(minutes.auditHead).toMatchObject({ seq: lastSeq(core), reason: 'print', n: dbHead(core).n });
    expect(minutes.auditHead?.hash).toBe(core.db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(lastSeq(core)));
    expect(minutes.auditHead?.fingerprint).toBe((await call(core, 'keys/status', {}, proctor)).fingerprint);
  });

  it('a restore from the console rolls the chain back on purpose: verify names it, and it is not a contradiction', async () => {
    const { core, proctor, candidate } = await examDay(0);
    await call(core, 'backups/configure', { folder: tempDir('ru-usb-'), everyMinutes: 5, keep: 3 }, proctor);
    const { items } = await call(core, 'cbt/agree', { accept: true }, candidate);
    const { files } = await call(core, 'backups/takeNow', {}, proctor);
    for (let i = 0; i < 3; i++) await call(core, 'cbt/save', { itemId: items[i].itemId, seq: i + 1, choice: 2, text: null, doubtful: false }, candidate);
    const before = lastSeq(core);
    await call(core, 'backups/restore', { name: files[0].name, reason: 'PC proktor mati listrik' }, proctor);
    const after = lastSeq(core);
    expect(after).toBeLessThan(before);
    const result = await call(core, 'audit/verify', {}, await signInAs(core, 'admin'));
    expect(result).toMatchObject({ ok: true });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'restored', severity: 'notice', fromSeq: before, toSeq: after })]);
  });

  it('a restore after a password recovery (the keys sealed anew since the backup) is signed as a restore too, not left as rows removed', async () => {
    const core = await lspCore();
    const admin = await signInAs(core, 'admin');
    const keyBackup = await call(core, 'keys/backup', {}, admin);
    const folder = tempDir('ru-usb-');
    const copy = await call(core, 'backups/takeInto', { folder }, admin);
    // The admin forgot her password: the key backup sets a new one and seals the keys under a new data key.
    await recoverAdmin(core.context, { username: staff.admin.username, file: keyBackup.filePath, passphrase: keyBackup.passphrase, password: 'Kantor#Baru-2026' });
    const recovered = (await call(core, 'auth/signIn', { username: staff.admin.username, password: 'Kantor#Baru-2026' })).token;
    const before = lastSeq(core);
    await call(core, 'backups/restore', { name: copy.name, folder, reason: 'database rusak setelah listrik padam' }, recovered);
    // The restored database holds the keys sealed as they were on its day: the same keys, which signed the restore's head.
    expect(dbHead(core)).toMatchObject({ seq: lastSeq(core), reason: 'restore' });
    const result = await call(core, 'audit/verify', {}, await signInAs(core, 'admin'));
    expect(result).toMatchObject({ ok: true });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'restored', severity: 'notice', fromSeq: before })]);
  });
});
