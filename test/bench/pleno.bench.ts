// The LSP's results review of one 400-candidate session (issue 17, goal ≤ 300 ms p99 in the core): every
// candidate with a submitted test (the demo scheme's multiple-choice and essay questions on their paper,
// answered), every instrument scored, every unit decided, a recommendation and a signed FR.AK.02 (most
// acknowledged), 20 absent, a few incidents and TUK appeals, seeded in one transaction. Measured through
// the function `results/review` calls; also the results sessions list with that session in it. Baseline:
// a bare indexed SELECT of the session's seats on the same database in the same run. For reference (not a
// goal): the same review built from one assessor workspace per candidate, the path the review avoids.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { loadWorkspace } from '../../electron/core/assessment/workspace';
import * as content from '../../electron/core/db/queries/assessment-content';
import { resultsReview, resultsSessions } from '../../electron/core/pleno/review';
import { report, summary, timedSync } from './stats';

const CANDIDATES = 400;
const ABSENT = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const GOAL_MS = 300;
const root = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-pleno-'));

try {
  const core = await createCore({ dataDir: path.join(root, 'db'), demoIfEmpty: true, passwordCost: 1024, log: () => {} });
  const { db } = core;
  const at = new Date().toISOString();
  const lsp = db.prepare('SELECT id FROM lsp').pluck().get() as string;
  const demo = db.prepare('SELECT scheme_id AS schemeId, tuk_id AS tukId FROM session LIMIT 1').get() as { schemeId: string; tukId: string };
  const admin = db.prepare("SELECT id FROM account WHERE role = 'lsp_admin'").pluck().get() as string;
  const assessors = db.prepare('SELECT id FROM assessor ORDER BY id').pluck().all() as string[];
  const items = db.prepare("SELECT id, kind FROM item WHERE scheme_id = ? AND status = 'approved'").all(demo.schemeId) as { id: string; kind: string }[];
  const correct = new Map(db.prepare('SELECT item_id, ordinal FROM item_option WHERE is_correct = 1').all().map((r) => { const o = r as { item_id: string; ordinal: number }; return [o.item_id, o.ordinal]; }));
  const observations = db.prepare("SELECT id FROM observation_item WHERE scheme_id = ? AND status = 'approved'").pluck().all(demo.schemeId) as string[];
  const units = db.prepare('SELECT id FROM unit WHERE scheme_id = ?').pluck().all(demo.schemeId) as string[];
  const paper = items.filter((i) => i.kind === 'multiple_choice' || i.kind === 'essay');
  const asked = items.filter((i) => i.kind === 'oral' || i.kind === 'supporting');
  const sessionId = crypto.randomUUID();

  const seedStart = process.hrtime.bigint();
  db.transaction(() => {
    db.prepare(`INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
      VALUES (?, ?, ?, ?, 'S-PLENO-400', 'Uji 400', '2026-03-02', '08:00', 120)`).run(sessionId, lsp, demo.schemeId, demo.tukId);
    db.prepare("INSERT INTO session_run (session_id, started_at, ended_at) VALUES (?, ?, ?)").run(sessionId, at, at);
    const cand = db.prepare('INSERT INTO candidate (id, lsp_id, participant_no, name, nik) VALUES (?, ?, ?, ?, ?)');
    const seat = db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)');
    const attempt = db.prepare(`INSERT INTO attempt (id, session_id, candidate_id, seed, item_order, agreed_at, started_at, duration_seconds, submitted_at, submit_reason)
      VALUES (?, ?, ?, ?, ?, ?, ?, 7200, ?, 'candidate')`);
    const answer = db.prepare('INSERT INTO answer (attempt_id, item_id, choice, text, seq, saved_at) VALUES (?, ?, ?, ?, ?, ?)');
    const score = db.prepare(`INSERT INTO assessment_score (session_id, candidate_id, instrument, target_id, verdict, score, seq, saved_at, saved_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const decide = db.prepare(`INSERT INTO unit_decision (session_id, candidate_id, unit_id, decision, suggestion, seq, saved_at, saved_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const record = db.prepare(`INSERT INTO assessment_record (session_id, candidate_id, knowledge_conclusion, recommendation, seq, saved_at, saved_by)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const sign = db.prepare(`INSERT INTO assessment_signature (form, session_id, assessor_id, candidate_id, signed_at, signed_by) VALUES ('AK.02', ?, ?, ?, ?, ?)`);
    const ack = db.prepare('INSERT INTO assessment_acknowledgement (session_id, candidate_id, assessor_id, signed_at, acknowledged_at) VALUES (?, ?, ?, ?, ?)');
    const absent = db.prepare("INSERT INTO attendance (session_id, candidate_id, status, at) VALUES (?, ?, 'absent', ?)");
    const appeal = db.prepare(`INSERT INTO assessment_appeal (session_id, candidate_id, process_explained, discussed_with_assessor, involve_other, reasons, seq, saved_at, saved_by)
      VALUES (?, ?, 1, 1, 0, 'Keberatan atas observasi', 999, ?, ?)`);
    const incident = db.prepare('INSERT INTO incident (session_id, at, text) VALUES (?, ?, ?)');
    for (let n = 0; n < CANDIDATES; n++) {
      const candidateId = crypto.randomUUID();
      const participantNo = `P-400-${String(n).padStart(3, '0')}`;
      const assessorId = assessors[n % assessors.length];
      cand.run(candidateId, lsp, participantNo, `Asesi ${n}`, `32${String(n).padStart(14, '0')}`);
      seat.run(sessionId, candidateId, assessorId);
      if (n < ABSENT) {
        absent.run(sessionId, candidateId, at);
        continue;
      }
      const attemptId = crypto.randomUUID();
      attempt.run(attemptId, sessionId, candidateId, crypto.randomBytes(32).toString('hex'), JSON.stringify(paper.map((i) => i.id)), at, at, at);
      let seq = 0;
      for (const i of paper) {
        // One candidate in seven misses a question; essays are answered in text.
        if (i.kind === 'multiple_choice') answer.run(attemptId, i.id, n % 7 === 0 ? ((correct.get(i.id) ?? 0) + 1) % 4 : (correct.get(i.id) ?? 0), null, ++seq, at);
        else {
          answer.run(attemptId, i.id, null, `Jawaban ${n}`, ++seq, at);
          score.run(sessionId, candidateId, 'essay', i.id, null, 3, ++seq, at, admin);
        }
      }
      for (const i of asked) score.run(sessionId, candidateId, i.kind, i.id, 'yes', null, ++seq, at, admin);
      for (const o of observations) score.run(sessionId, candidateId, 'observation', o, n % 11 === 0 ? 'bk' : 'k', null, ++seq, at, admin);
      const verdict = n % 11 === 0 ? 'BK' : 'K';
      for (const u of units) decide.run(sessionId, candidateId, u, verdict, verdict, ++seq, at, admin);
      record.run(sessionId, candidateId, 'achieved', verdict, seq + 1, at, admin);
      // A few records still unsigned (they block), most acknowledged.
      if (n % 50 !== 1) {
        sign.run(sessionId, assessorId, candidateId, at, admin);
        if (n % 5 !== 0) ack.run(sessionId, candidateId, assessorId, at, at);
      }
      if (n % 40 === 3) appeal.run(sessionId, candidateId, at, admin);
      if (n % 25 === 4) incident.run(sessionId, at, `${participantNo} pindah PC karena layar mati`);
    }
  })();
  db.exec('ANALYZE');
  report('pleno.seed.time', Number(process.hrtime.bigint() - seedStart) / 1e6, 'ms', { candidates: CANDIDATES, absent: ABSENT });

  const first = resultsReview(db, lsp, sessionId);
  if (first.candidates.length !== CANDIDATES) throw new Error('the review is not 400 candidates');
  if (first.session.blocking === 0 || first.session.absent !== ABSENT) throw new Error('the seed lost its unsigned or absent candidates');

  const seats = db.prepare('SELECT x.candidate_id, c.participant_no FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id WHERE x.session_id = ?');
  for (let i = 0; i < 20; i++) seats.all(sessionId);
  const base = summary(Array.from({ length: RUNS }, () => timedSync(() => seats.all(sessionId))));
  report('pleno.baseline.sessionSeats.p99', base.p99, 'ms', { p50: base.p50, runs: base.runs });

  const measure = (name: string, runs: number, fn: () => unknown, goal: number | null) => {
    for (let i = 0; i < 3; i++) fn();
    const s = summary(Array.from({ length: runs }, () => timedSync(fn)));
    report(`pleno.${name}.p99`, s.p99, 'ms', { p50: s.p50, max: s.max, runs: s.runs, ...(goal === null ? {} : { goal }), baseline: base.p99, ratio: s.p99 / base.p99, candidates: CANDIDATES });
  };
  measure('review400', RUNS, () => resultsReview(db, lsp, sessionId), GOAL_MS);
  measure('resultsSessions', RUNS, () => resultsSessions(db, lsp), GOAL_MS);
  const workspaceSeats = content.sessionSeats(db, sessionId);
  measure('review400.byWorkspaces.reference', 3, () => workspaceSeats.map((s) => loadWorkspace(db, s, sessionId)), null);
  core.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
