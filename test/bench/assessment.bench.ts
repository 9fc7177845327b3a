// Assessor workspace: time to open one candidate's workspace and to save a score (acknowledged after the
// commit), for a session of 30 candidates × 5 essays, all of one assessor; and the overview of all 30.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { loadDemoContent } from '../../electron/core/demo/content';
import type { ArgsOf, MethodName, ResultOf } from '../../electron/shared/contract';
import { report, summary } from './stats';

const CANDIDATES = 30;
const ESSAYS = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 600);
const root = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-assess-'));
const demo = loadDemoContent();

async function call<M extends MethodName>(core: Core, method: M, args: ArgsOf<M>, token: string | null = null): Promise<ResultOf<M>> {
  const reply = await core.dispatch(method, args, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.result as ResultOf<M>;
}

/** Grows the demo to 30 candidates and 5 essays, every candidate of assessor 1 with a submitted test. */
function grow(core: Core): { sessionId: string; candidateIds: string[] } {
  const db = core.db;
  const one = <T>(q: string, ...p: unknown[]) => db.prepare(q).get(...p) as T;
  const session = one<{ id: string; lsp_id: string; scheme_id: string }>('SELECT id, lsp_id, scheme_id FROM session');
  const assessor = one<{ id: string }>('SELECT id FROM assessor ORDER BY met_number LIMIT 1');
  const essay = one<Record<string, unknown>>("SELECT * FROM item WHERE kind = 'essay' ORDER BY ordinal LIMIT 1");
  db.transaction(() => {
    const existing = (db.prepare("SELECT count(*) FROM item WHERE kind = 'essay'").pluck().get() as number);
    for (let n = existing + 1; n <= ESSAYS; n++) {
      const itemId = crypto.randomUUID();
      // Approved, as the bank's entries a session's paper holds are (a draft, the column's default, is on no paper).
      db.prepare(`INSERT INTO item (id, scheme_id, kind, ref, ordinal, kuk_id, dimensions, prompt_id, prompt_en, expected_id, expected_en, scoring, status)
        VALUES (?, ?, 'essay', ?, ?, ?, '[]', ?, ?, ?, ?, 'yes_no', 'approved')`).run(
        itemId, session.scheme_id, `ES-0${n}`, n, essay.kuk_id, essay.prompt_id, essay.prompt_en, essay.expected_id, essay.expected_en,
      );
      // A question's KUK are its item_kuk rows (the workspace reads them): the first is the item's own.
      db.prepare('INSERT INTO item_kuk (item_id, kuk_id, ordinal) VALUES (?, ?, 0)').run(itemId, essay.kuk_id);
    }
    for (let n = demo.people.candidates.length + 1; n <= CANDIDATES; n++) {
      const id = crypto.randomUUID();
      db.prepare('INSERT INTO candidate (id, lsp_id, participant_no, name, nik, institution) VALUES (?, ?, ?, ?, ?, NULL)').run(
        id, session.lsp_id, `JWP-2026-${String(n).padStart(3, '0')}`, `Peserta Bench ${n}`, String(3300000000000000 + n),
      );
      db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)').run(session.id, id, assessor.id);
    }
    db.prepare('UPDATE session_candidate SET assessor_id = ? WHERE session_id = ?').run(assessor.id, session.id);
    const items = db.prepare("SELECT id, kind FROM item WHERE scheme_id = ? AND kind IN ('multiple_choice', 'essay')").all(session.scheme_id) as { id: string; kind: string }[];
    const now = new Date().toISOString();
    for (const { candidate_id } of db.prepare('SELECT candidate_id FROM session_candidate WHERE session_id = ?').all(session.id) as { candidate_id: string }[]) {
      const attemptId = crypto.randomUUID();
      db.prepare(`INSERT INTO attempt (id, session_id, candidate_id, seed, item_order, agreed_at, started_at, duration_seconds, submitted_at, submit_reason, receipt)
        VALUES (?, ?, ?, ?, ?, ?, ?, 7200, ?, 'candidate', 'BENCH')`).run(attemptId, session.id, candidate_id, 'ab'.repeat(32), JSON.stringify(items.map((i) => i.id)), now, now, now);
      items.forEach((item, i) => {
        db.prepare('INSERT INTO answer (attempt_id, item_id, choice, text, doubtful, seq, saved_at) VALUES (?, ?, ?, ?, 0, ?, ?)').run(
          attemptId, item.id, item.kind === 'essay' ? null : i % 5, item.kind === 'essay' ? 'Jawaban esai yang cukup panjang. '.repeat(30) : null, i + 1, now,
        );
      });
    }
  })();
  const candidateIds = (db.prepare('SELECT candidate_id FROM session_candidate WHERE session_id = ? ORDER BY candidate_id').pluck().all(session.id) as string[]);
  return { sessionId: session.id, candidateIds };
}

const timed = async (fn: () => Promise<unknown>): Promise<number> => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

try {
  const core = await createCore({ dataDir: path.join(root, 'db'), demoIfEmpty: true });
  const { sessionId, candidateIds } = grow(core);
  const assessor = demo.people.assessors[0];
  const token = (await call(core, 'auth/signIn', { username: assessor.username, password: assessor.password })).token;
  const first = await call(core, 'assessment/workspace', { sessionId, candidateId: candidateIds[0] }, token);
  if (first.essays.length !== ESSAYS) throw new Error(`expected ${ESSAYS} essays, found ${first.essays.length}`);

  const open: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const candidateId = candidateIds[i % candidateIds.length];
    open.push(await timed(() => call(core, 'assessment/workspace', { sessionId, candidateId }, token)));
  }
  const o = summary(open);
  report('assessment.openWorkspace.p50', o.p50, 'ms', { runs: o.runs, candidates: CANDIDATES, essays: ESSAYS });
  report('assessment.openWorkspace.p99', o.p99, 'ms', { runs: o.runs, max: o.max });

  const save: number[] = [];
  const seqs = new Map<string, number>();
  for (let i = 0; i < RUNS; i++) {
    const candidateId = candidateIds[i % candidateIds.length];
    const essay = first.essays[i % ESSAYS];
    const seq = (seqs.get(candidateId) ?? 0) + 1;
    seqs.set(candidateId, seq);
    save.push(
      await timed(() =>
        call(core, 'assessment/score', { sessionId, candidateId, seq, instrument: 'essay', targetId: essay.itemId, ...(essay.scoring === 'score_0_3' ? { verdict: null, score: seq % 4 } : { verdict: seq % 3 ? 'yes' : 'no', score: null }), response: null, note: null }, token),
      ),
    );
  }
  const s = summary(save);
  report('assessment.saveScore.p50', s.p50, 'ms', { runs: s.runs });
  report('assessment.saveScore.p99', s.p99, 'ms', { runs: s.runs, max: s.max });

  const overview: number[] = [];
  for (let i = 0; i < 40; i++) overview.push(await timed(() => call(core, 'assessment/overview', { sessionId }, token)));
  const v = summary(overview);
  report('assessment.overview30.p50', v.p50, 'ms', { runs: v.runs });
  report('assessment.overview30.p99', v.p99, 'ms', { runs: v.runs, max: v.max });

  const across: number[] = [];
  for (let i = 0; i < 40; i++) across.push(await timed(() => call(core, 'assessment/essayAcross', { sessionId, itemId: first.essays[i % ESSAYS].itemId }, token)));
  const a = summary(across);
  report('assessment.essayByQuestion30.p50', a.p50, 'ms', { runs: a.runs });
  report('assessment.essayByQuestion30.p99', a.p99, 'ms', { runs: a.runs, max: a.max });
  core.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
