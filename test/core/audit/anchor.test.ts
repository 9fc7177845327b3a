import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { headFilePath, readHeadFile } from '../../../electron/core/audit/head-file';
import { verifyAudit } from '../../../electron/core/audit/log';
import { call, signInAs, tempDir } from '../../support/core';
import { examDay } from '../cbt/support';

const lastSeq = (core: Core) => core.db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
const dbHead = (core: Core) => core.db.prepare('SELECT n, seq, reason FROM audit_head').get() as { n: number; seq: number; reason: string };

describe('the audit anchor signs the head of the chain', () => {
  it('before a call is answered: every row it audited is covered; answer saves in one batch share one head', async () => {
    const { core, candidate, proctor, seat } = await examDay(0);
    await call(core, 'exam/addIncident', { sessionId: seat.sessionId, text: 'Listrik padam 5 menit.' }, proctor);
    expect(dbHead(core)).toMatchObject({ seq: lastSeq(core), reason: 'commit' });

    const { items } = await call(core, 'cbt/agree', { accept: true }, candidate);
    const before = dbHead(core).n;
    const saves = items.slice(0, 5).map((item, i) => call(core, 'cbt/save', { itemId: item.itemId, seq: i + 1, choice: 1, text: null, doubtful: false }, candidate));
    await Promise.all(saves);
    expect(core.context.commits.largestBatch).toBeGreaterThan(1);
    expect(dbHead(core).seq).toBe(lastSeq(core));
    // One head for the batch, signed inside its commit, not one per save.
    expect(dbHead(core).n - before).toBeLessThan(5);
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
});
