import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { headFilePath } from '../../../electron/core/audit/head-file';
import { answerLedger, compareAll } from '../../../electron/core/audit/answer-ledger';
import { verifyAudit } from '../../../electron/core/audit/log';
import { iterateRows } from '../../../electron/core/db/queries/audit';
import { DB_FILE_NAME, openDatabase } from '../../../electron/core/db/open';
import type { AuditIntegrity, AuditVerifyResult } from '../../../electron/shared/types';
import { call, signInCandidate, tempCore, tempDir } from '../../support/core';
import { answeredAtTuk, importResults } from '../../support/bundles';

type Saved = { attemptId: string; items: string[]; saveRows: Map<string, number[]> };

/** The audit rows of each question's saves, in order. */
function saveRows(db: Database.Database, attemptId: string): Map<string, number[]> {
  const rows = db
    .prepare("SELECT seq, json_extract(details, '$.itemId') AS itemId FROM audit_log WHERE action = 'cbt.answer' AND entity_id = ? ORDER BY seq")
    .all(attemptId) as { seq: number; itemId: string }[];
  const out = new Map<string, number[]>();
  for (const r of rows) out.set(r.itemId, [...(out.get(r.itemId) ?? []), r.seq]);
  return out;
}

/** A candidate's test with saves through the app: the first question twice, the second once; the app then stopped. */
async function answeredAndStopped(): Promise<{ dir: string } & Saved> {
  const dir = tempDir();
  const core = await tempCore({ dataDir: dir });
  const candidate = await signInCandidate(core);
  const state = await call(core, 'cbt/agree', { accept: true }, candidate);
  const [first, second] = state.items.filter((i) => i.kind === 'multiple_choice');
  await call(core, 'cbt/save', { itemId: first.itemId, seq: 1, choice: 1, text: null, doubtful: false }, candidate);
  await call(core, 'cbt/save', { itemId: first.itemId, seq: 2, choice: 3, text: null, doubtful: true }, candidate);
  await call(core, 'cbt/save', { itemId: second.itemId, seq: 3, choice: 0, text: null, doubtful: false }, candidate);
  const attemptId = core.db.prepare('SELECT attempt_id FROM answer LIMIT 1').pluck().get() as string;
  const saved = { attemptId, items: state.items.map((i) => i.itemId), saveRows: saveRows(core.db, attemptId) };
  core.close();
  return { dir, ...saved };
}

/** What someone holding the database file does with the app stopped; the answer table has no trigger to drop. */
function edit(dir: string, sql: string, ...params: unknown[]): void {
  const db = new Database(path.join(dir, DB_FILE_NAME));
  db.prepare(sql).run(...params);
  db.close();
}

function verified(dir: string): AuditVerifyResult {
  const db = openDatabase(path.join(dir, DB_FILE_NAME), { readonly: true });
  try {
    return verifyAudit(db, { headFile: headFilePath(dir) });
  } finally {
    db.close();
  }
}

/** What the check at start found once its background walk (chain, then answers) ended. */
async function startFindings(dir: string): Promise<AuditIntegrity> {
  let resolve!: (state: AuditIntegrity) => void;
  const finished = new Promise<AuditIntegrity>((r) => (resolve = r));
  const core = await tempCore({ dataDir: dir, onAuditIntegrity: (state) => state.full === 'done' && resolve(state) });
  const done = await finished;
  core.close();
  return done;
}

const kinds = (findings: readonly { kind: string; fromSeq: number | null; toSeq: number | null }[]) => findings.map((f) => [f.kind, f.fromSeq, f.toSeq]);

describe("each answer save's audit row records the answer it stored", () => {
  it('the row carries a digest of the stored answer, and an untouched installation passes', async () => {
    const s = await answeredAndStopped();
    const db = new Database(path.join(s.dir, DB_FILE_NAME), { readonly: true });
    const details = db.prepare("SELECT details FROM audit_log WHERE action = 'cbt.answer' ORDER BY seq").pluck().all() as string[];
    db.close();
    expect(details.map((d) => JSON.parse(d) as object)).toEqual([
      { itemId: s.items[0], seq: 1, digest: expect.stringMatching(/^[0-9a-f]{32}$/) },
      { itemId: s.items[0], seq: 2, digest: expect.stringMatching(/^[0-9a-f]{32}$/) },
      { itemId: expect.any(String), seq: 3, digest: expect.stringMatching(/^[0-9a-f]{32}$/) },
    ]);
    expect(verified(s.dir)).toMatchObject({ ok: true, findings: [] });
    expect((await startFindings(s.dir)).findings).toEqual([]);
  });

  it('an answer changed in the file while the app was stopped: named by its last save, by verify and at the next start', async () => {
    const s = await answeredAndStopped();
    const last = s.saveRows.get(s.items[0])!.at(-1)!;
    edit(s.dir, 'UPDATE answer SET choice = (choice + 1) % 5 WHERE attempt_id = ? AND item_id = ?', s.attemptId, s.items[0]);
    const result = verified(s.dir);
    expect(result.ok).toBe(false);
    expect(kinds(result.findings)).toEqual([['answer_changed', last, last]]);
    expect(kinds((await startFindings(s.dir)).findings)).toEqual([['answer_changed', last, last]]);
  });

  it('an answer put back to an older save, bumped to a save never made, or removed: each named by its last save', async () => {
    for (const attack of [
      "UPDATE answer SET choice = 1, doubtful = 0, seq = 1 WHERE attempt_id = ? AND item_id = ?",
      'UPDATE answer SET choice = 4, seq = 9 WHERE attempt_id = ? AND item_id = ?',
      'DELETE FROM answer WHERE attempt_id = ? AND item_id = ?',
    ]) {
      const s = await answeredAndStopped();
      const last = s.saveRows.get(s.items[0])!.at(-1)!;
      edit(s.dir, attack, s.attemptId, s.items[0]);
      expect(kinds(verified(s.dir).findings), attack).toEqual([['answer_changed', last, last]]);
    }
  });

  it('an answer added to a question never saved: named by the rows of that test\'s saves', async () => {
    const s = await answeredAndStopped();
    const unsaved = s.items.find((id) => !s.saveRows.has(id))!;
    edit(s.dir, "INSERT INTO answer (attempt_id, item_id, choice, text, doubtful, seq, saved_at) VALUES (?, ?, NULL, 'jawaban titipan', 0, 4, '2026-01-01T09:00:00.000Z')", s.attemptId, unsaved);
    const rows = [...s.saveRows.values()].flat();
    const expected = [['answer_unrecorded', Math.min(...rows), Math.max(...rows)]];
    expect(kinds(verified(s.dir).findings)).toEqual(expected);
    expect(kinds((await startFindings(s.dir)).findings)).toEqual(expected);
  });
});

describe('saves recorded before the rows carried a digest (an installation upgraded mid-exam)', () => {
  it('are not compared, and their answers are not called unrecorded; the same rows with their digests are', async () => {
    const s = await answeredAndStopped();
    const last = s.saveRows.get(s.items[0])!.at(-1)!;
    edit(s.dir, 'UPDATE answer SET choice = (choice + 1) % 5 WHERE attempt_id = ? AND item_id = ?', s.attemptId, s.items[0]);
    const db = openDatabase(path.join(s.dir, DB_FILE_NAME), { readonly: true });
    try {
      const rows = [...iterateRows(db)];
      const before = answerLedger();
      for (const row of rows) {
        const { digest: _digest, ...details } = JSON.parse(row.details) as Record<string, unknown>;
        before.push({ ...row, details: JSON.stringify(details) });
      }
      expect(compareAll(db, before, { complete: true })).toEqual([]);
      const now = answerLedger();
      for (const row of rows) now.push(row);
      expect(kinds(compareAll(db, now, { complete: true }))).toEqual([['answer_changed', last, last]]);
    } finally {
      db.close();
    }
  });
});

describe('answers received from a TUK, against the saves its log recorded', () => {
  it('an answer changed at the LSP after the import: named under that TUK, by the save row it no longer matches', async () => {
    const { lsp, tuk, exportFile } = await answeredAtTuk();
    await importResults(lsp, await exportFile());
    const tukId = tuk.db.prepare('SELECT installation_id FROM installation_key').pluck().get() as string;
    const target = lsp.db.prepare('SELECT attempt_id AS attemptId, item_id AS itemId FROM answer WHERE choice IS NOT NULL LIMIT 1').get() as { attemptId: string; itemId: string };
    const row = lsp.db
      .prepare("SELECT max(seq) FROM remote_audit_log WHERE action = 'cbt.answer' AND entity_id = ? AND json_extract(details, '$.itemId') = ?")
      .pluck()
      .get(target.attemptId, target.itemId) as number;
    expect(verifyAudit(lsp.db).remote).toEqual([expect.objectContaining({ installationId: tukId, ok: true, findings: [] })]);
    lsp.close();
    edit(lsp.dataDir, 'UPDATE answer SET choice = (choice + 1) % 5 WHERE attempt_id = ? AND item_id = ?', target.attemptId, target.itemId);
    const result = verified(lsp.dataDir);
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([]);
    expect(result.remote).toEqual([expect.objectContaining({ installationId: tukId, ok: false, findings: [expect.objectContaining({ kind: 'answer_changed', fromSeq: row, toSeq: row })] })]);
    tuk.close();
  });

  it('an answer changed at the TUK with the app stopped, before the export: the LSP sees it in what it received', async () => {
    const { lsp, tuk, exportFile } = await answeredAtTuk();
    const target = tuk.db.prepare('SELECT attempt_id AS attemptId, item_id AS itemId FROM answer WHERE choice IS NOT NULL LIMIT 1').get() as { attemptId: string; itemId: string };
    tuk.close();
    edit(tuk.dataDir, 'UPDATE answer SET choice = (choice + 1) % 5 WHERE attempt_id = ? AND item_id = ?', target.attemptId, target.itemId);
    const reopened = await tempCore({ dataDir: tuk.dataDir, demoIfEmpty: false });
    await importResults(lsp, await exportFile(reopened));
    const remote = verifyAudit(lsp.db).remote;
    expect(remote.flatMap((r) => r.findings.map((f) => f.kind))).toEqual(['answer_changed']);
    reopened.close();
    lsp.close();
  });
});
