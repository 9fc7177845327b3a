// Scheduling at LSP scale: 5,000 sessions (2 assessors and 20 candidates each), 1,000 assessors, 200,000
// candidates (20,000 of them with APL.01 and APL.02, and every seat one of those), 200 TUKs, in a temp database seeded in one transaction.
// p99 of checking every rule for a new assignment: one more candidate added to an existing session's plan,
// through the function sessions/check calls (goal ≤ 10 ms); also a whole 40-candidate session checked, and
// the sessions list's first page and status filter (goal ≤ 20 ms, the registry lists'), and the LSP home's rule task
// and the list's rule filter over all 5,000 upcoming sessions (p99, the same goal); and a written test
// drawn per candidate for a session of 400 from a bank of 2,000 approved questions (goal ≤ 500 ms). Baseline: a bare indexed SELECT (an assessor's
// session_candidate rows) on the same database in the same run. One JSON line per metric.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { addDays, localDate } from '../../electron/core/clock';
import { ruleBreaks } from '../../electron/core/scheduling/rule-problems';
import { listSessions } from '../../electron/core/scheduling/session-list';
import { checkSession, planOf } from '../../electron/core/scheduling/sessions';
import { setWrittenTest, writtenTestPreview } from '../../electron/core/scheduling/written-test';
import { drawnFor, storedWrittenTest } from '../../electron/core/scheduling/written-test-draw';
import * as q from '../../electron/core/db/queries/scheduling-sessions';
import { report, summary, timedSync } from './stats';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 200_000);
const ASSESSORS = 1_000;
const TUKS = 200;
const SESSIONS = 5_000;
const PER_SESSION = 20;
/** Candidates with APL.01 accepted and APL.02 recommended (25 answers each): every seat is one of them. */
const WITH_APL = 20_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 500);
/** Each rule call reads all 5,000 upcoming sessions: fewer runs than the page calls. */
const RULE_RUNS = Number(process.env.BENCH_RULE_RUNS ?? 100);
/** Issue 16: checking every rule for a new assignment. The lists take the registry's list goal (issue 14). */
const CHECK_GOAL_MS = 10;
const LIST_GOAL_MS = 20;
const ASSEMBLY_GOAL_MS = 500;
const BANK = 2_000;
const ROOM = 400;
const root = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-scheduling-'));
const pick = <T>(list: readonly T[]) => list[crypto.randomInt(list.length)];

try {
  const core = await createCore({ dataDir: path.join(root, 'db'), demoIfEmpty: true, log: () => {} });
  const { db } = core;
  const now = new Date();
  const today = localDate(now);
  const lsp = db.prepare('SELECT id FROM lsp').pluck().get() as string;
  const scheme = db.prepare('SELECT id, code FROM scheme').get() as { id: string; code: string };
  const admin = db.prepare("SELECT id FROM account WHERE role = 'lsp_admin'").pluck().get() as string;
  const elements = db.prepare('SELECT e.id FROM element e JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = ?').pluck().all(scheme.id) as string[];
  const candidateIds: string[] = [];
  const assessorIds: string[] = [];
  const sessionIds: string[] = [];
  const aplCandidate = () => candidateIds[crypto.randomInt(WITH_APL)];
  const seedStart = process.hrtime.bigint();
  db.transaction(() => {
    const cand = db.prepare('INSERT INTO candidate (id, lsp_id, participant_no, name, nik) VALUES (?, ?, ?, ?, ?)');
    for (let n = 0; n < CANDIDATES; n++) {
      const id = crypto.randomUUID();
      candidateIds.push(id);
      cand.run(id, lsp, `B-${n}`, `Asesi ${n}`, `32${String(n).padStart(14, '0')}`);
    }
    const assessor = db.prepare('INSERT INTO assessor (id, lsp_id, name, met_number, met_expires_on, tech_cert_expires_on) VALUES (?, ?, ?, ?, ?, ?)');
    const competence = db.prepare('INSERT INTO assessor_scheme (assessor_id, scheme_code) VALUES (?, ?)');
    for (let n = 0; n < ASSESSORS; n++) {
      const id = crypto.randomUUID();
      assessorIds.push(id);
      assessor.run(id, lsp, `Asesor ${n}`, `MET.BENCH.${n}`, addDays(today, 200 + crypto.randomInt(1000)), addDays(today, 200 + crypto.randomInt(1000)));
      competence.run(id, scheme.code);
    }
    const tuk = db.prepare("INSERT INTO tuk (id, lsp_id, code, name, type, capacity) VALUES (?, ?, ?, ?, 'mandiri', 40)");
    const verify = db.prepare("INSERT INTO tuk_verification (id, tuk_id, verified_on, verifier, result, recorded_at) VALUES (?, ?, ?, 'Tim', 'fit', ?)");
    const tukIds: string[] = [];
    for (let n = 0; n < TUKS; n++) {
      const id = crypto.randomUUID();
      tukIds.push(id);
      tuk.run(id, lsp, `TUK-B-${n}`, `TUK ${n}`);
      verify.run(crypto.randomUUID(), id, today, now.toISOString());
    }
    // A year of sessions from tomorrow: 08:00 or 13:00 for two hours.
    const session = db.prepare(`INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
      VALUES (?, ?, ?, ?, ?, 'Uji', ?, ?, 120)`);
    const planned = db.prepare('INSERT INTO session_assessor (session_id, assessor_id) VALUES (?, ?)');
    const seat = db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)');
    for (let n = 0; n < SESSIONS; n++) {
      const id = crypto.randomUUID();
      sessionIds.push(id);
      session.run(id, lsp, scheme.id, pick(tukIds), `S-B-${n}`, addDays(today, 1 + (n % 365)), n % 2 ? '13:00' : '08:00');
      const pair = [pick(assessorIds), pick(assessorIds)].filter((a, i, all) => all.indexOf(a) === i);
      for (const a of pair) planned.run(id, a);
      const seated = new Set<string>();
      while (seated.size < PER_SESSION) seated.add(aplCandidate());
      [...seated].forEach((c, i) => seat.run(id, c, pair[i % pair.length]));
    }
    const app = db.prepare("INSERT INTO apl_application (id, lsp_id, candidate_id, scheme_id, purpose, saved_at, saved_by, verified_result, verified_at, verified_by) VALUES (?, ?, ?, ?, 'sertifikasi', ?, ?, 'accepted', ?, ?)");
    const self = db.prepare("INSERT INTO apl_self_assessment (application_id, entered_by, saved_at, saved_by, recommendation, reviewed_at, reviewed_by, reviewer_assessor_id) VALUES (?, 'staff', ?, ?, 'proceed', ?, ?, ?)");
    const answer = db.prepare("INSERT INTO apl_self_answer (application_id, element_id, answer) VALUES (?, ?, 'K')");
    const at = now.toISOString();
    for (const c of candidateIds.slice(0, WITH_APL)) {
      const id = crypto.randomUUID();
      app.run(id, lsp, c, scheme.id, at, admin, at, admin);
      self.run(id, at, admin, at, admin, pick(assessorIds));
      for (const e of elements) answer.run(id, e);
    }
  })();
  db.exec('ANALYZE');
  const seedMs = Number(process.hrtime.bigint() - seedStart) / 1e6;
  report('scheduling.seed.time', seedMs, 'ms', { sessions: SESSIONS, assessors: ASSESSORS, candidates: CANDIDATES, seats: SESSIONS * PER_SESSION, withApl: WITH_APL, tuks: TUKS });

  const byAssessor = db.prepare('SELECT session_id FROM session_candidate WHERE assessor_id = ?');
  const base = summary(Array.from({ length: RUNS }, () => timedSync(() => byAssessor.all(pick(assessorIds)))));
  report('scheduling.baseline.assessorSeats.p99', base.p99, 'ms', { p50: base.p50, runs: base.runs });

  const measure = (name: string, fn: (i: number) => unknown, goal = CHECK_GOAL_MS) => {
    for (let i = 0; i < 20; i++) fn(i);
    const s = summary(Array.from({ length: RUNS }, (_, i) => timedSync(() => fn(i))));
    report(`scheduling.${name}.p99`, s.p99, 'ms', { p50: s.p50, max: s.max, runs: s.runs, goal, baseline: base.p99, ratio: s.p99 / base.p99 });
  };

  // Each run: an existing session's plan as stored, plus one new candidate (one with APL) for one of its assessors.
  const cases = Array.from({ length: RUNS + 20 }, () => {
    const sessionId = pick(sessionIds);
    const plan = planOf(db, q.sessionRow(db, lsp, sessionId)!);
    const seated = new Set(plan.candidates.map((c) => c.candidateId));
    let candidateId = aplCandidate();
    while (seated.has(candidateId)) candidateId = aplCandidate();
    return { sessionId, plan: { ...plan, candidates: [...plan.candidates, { candidateId, assessorId: plan.assessorIds[0] }] } };
  });
  if (cases.some((c) => c.plan.candidates.length !== PER_SESSION + 1)) throw new Error('a case is not its session plus one candidate');
  // Random seats still break a rule now and then (a candidate twice at one time, an assessor over the day limit).
  const conflicts = cases.slice(0, 50).reduce((n, c) => n + checkSession(db, lsp, c.sessionId, c.plan, now).conflicts.length, 0);
  report('scheduling.check.sampleConflicts', conflicts / 50, 'conflicts per check');
  measure('check.newAssignment', (i) => checkSession(db, lsp, cases[i].sessionId, cases[i].plan, now));

  // A new session of 40 candidates (two assessors, 20 each) on a random day.
  const fresh = Array.from({ length: RUNS + 20 }, () => {
    const pair = [assessorIds[crypto.randomInt(ASSESSORS / 2)], assessorIds[ASSESSORS / 2 + crypto.randomInt(ASSESSORS / 2)]];
    const chosen = new Set<string>();
    while (chosen.size < 40) chosen.add(aplCandidate());
    return {
      schemeId: scheme.id,
      tukId: q.sessionRow(db, lsp, pick(sessionIds))!.tuk_id,
      date: addDays(today, 1 + crypto.randomInt(365)),
      startTime: '10:00',
      durationMinutes: 120,
      mode: 'room_server' as const,
      assessorIds: pair,
      candidates: [...chosen].map((candidateId, i) => ({ candidateId, assessorId: pair[i % 2] })),
    };
  });
  measure('check.newSession40', (i) => checkSession(db, lsp, null, fresh[i], now));
  // First pages, counted: every session's status is derived for the status filter's count.
  measure('list.firstPage', () => listSessions(db, lsp, {}, now), LIST_GOAL_MS);
  measure('list.upcomingAsc', () => listSessions(db, lsp, { status: 'upcoming', order: 'asc' }, now), LIST_GOAL_MS);
  // The LSP home's task and the list's filter of upcoming sessions whose plan now breaks a rule: every upcoming session
  // checked, each call from scratch (nothing is kept between calls), p99 of RULE_RUNS against the list goal.
  const flagged = ruleBreaks(db, lsp, now, null).size;
  const allUpcoming = (name: string, fn: () => unknown) => {
    const s = summary(Array.from({ length: RULE_RUNS }, () => timedSync(fn)));
    report(`scheduling.${name}.p99`, s.p99, 'ms', { p50: s.p50, max: s.max, runs: s.runs, upcoming: SESSIONS, flagged, goal: LIST_GOAL_MS, baseline: base.p99, ratio: s.p99 / base.p99 });
  };
  allUpcoming('home.sessionsBreakingRules', () => ruleBreaks(db, lsp, now, null));
  allUpcoming('list.ruleProblems', () => listSessions(db, lsp, { ruleProblems: true }, now));

  // The written test: 2,000 approved multiple-choice questions over the scheme's KUK, a session of 400.
  const kuks = db.prepare('SELECT k.id FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = ?').pluck().all(scheme.id) as string[];
  const roomId = crypto.randomUUID();
  db.transaction(() => {
    const item = db.prepare(`INSERT INTO item (id, scheme_id, kind, ref, ordinal, kuk_id, prompt_id, status) VALUES (?, ?, 'multiple_choice', ?, ?, ?, 'Soal', 'approved')`);
    const itemKuk = db.prepare('INSERT INTO item_kuk (item_id, kuk_id, ordinal) VALUES (?, ?, 0)');
    for (let n = 0; n < BANK; n++) {
      const id = crypto.randomUUID();
      const kuk = kuks[n % kuks.length];
      item.run(id, scheme.id, `B${n}`, 1000 + n, kuk);
      itemKuk.run(id, kuk);
    }
    db.prepare(`INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
      VALUES (?, ?, ?, ?, 'S-ROOM', 'Uji', ?, '08:00', 120)`).run(roomId, lsp, scheme.id, q.sessionRow(db, lsp, sessionIds[0])!.tuk_id, addDays(today, 400));
    const seat = db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)');
    for (let n = 0; n < ROOM; n++) seat.run(roomId, candidateIds[CANDIDATES - 1 - n], assessorIds[n % 40]);
  })();
  const principal = { accountId: admin, role: 'lsp_admin' as const, username: 'admin', displayName: 'Admin', lspId: lsp, assessorId: null, candidateId: null };
  const assembled = db.transaction(() => setWrittenTest(db, principal, lsp, roomId, { mode: 'draw', per: 'unit', count: 5, perCandidate: true }, now))();
  if (assembled.candidates.length !== ROOM) throw new Error('the room is not 400 candidates');
  const stored = storedWrittenTest(db.prepare('SELECT settings FROM session WHERE id = ?').pluck().get(roomId) as string);
  if (stored?.mode !== 'draw') throw new Error('no draw stored');
  const seated = candidateIds.slice(CANDIDATES - ROOM);
  const timedRuns = (name: string, runs: number, fn: () => unknown) => {
    fn();
    const s = summary(Array.from({ length: runs }, () => timedSync(fn)));
    report(`scheduling.${name}.p99`, s.p99, 'ms', { p50: s.p50, max: s.max, runs: s.runs, goal: ASSEMBLY_GOAL_MS, baseline: base.p99, ratio: s.p99 / base.p99, bank: BANK, candidates: ROOM });
  };
  // The draws alone (what each lab PC's attempt does once), then the assembly screen's whole preview.
  timedRuns('assembly.draw400', 30, () => seated.map((c) => drawnFor(stored, c)));
  timedRuns('assembly.preview400', 30, () => writtenTestPreview(db, lsp, roomId));
  core.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
