// Answer-commit latency: one candidate's saves acknowledged after the SQLite commit (synchronous=FULL),
// in process and through the room server over HTTP, against this disk's raw fsync in the same run.
// The in-process part runs BENCH_ANSWER_REPEAT times (3), each save alternating with one raw fsync so
// both see the same disk at the same moment (the machine may be shared); each run's p99 ratio is
// reported, and the worst, and what the run's slowest 1 % of saves overlapped (save-trace.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { loadDemoContent } from '../../electron/core/demo/content';
import { startRoomServer } from '../../electron/server';
import type { CbtState } from '../../electron/shared/cbt';
import type { ArgsOf, MethodName, ResultOf } from '../../electron/shared/contract';
import { fsyncOnce } from './fsync-probe';
import { report, summary } from './stats';
import { traceSaves, wallNow, type SaveSpan } from './support/save-trace';

const SAVES = Number(process.env.BENCH_SAVES ?? 2000);
const REPEAT = Number(process.env.BENCH_ANSWER_REPEAT ?? 3);
const root = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-answers-'));
const demo = loadDemoContent();

async function call<M extends MethodName>(core: Core, method: M, args: ArgsOf<M>, token: string | null = null): Promise<ResultOf<M>> {
  const reply = await core.dispatch(method, args, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.result as ResultOf<M>;
}

/** A demo installation with the session started and candidate `index` in the test phase. */
async function candidateInTest(core: Core, index: number): Promise<{ token: string; state: CbtState }> {
  const proctor = demo.people.staff.find((s) => s.role === 'proctor')!;
  const staffToken = (await call(core, 'auth/signIn', { username: proctor.username, password: proctor.password })).token;
  const sessionId = (await call(core, 'proctor/today', {}, staffToken)).sessions[0].session.id;
  const { token: examToken } = await call(core, 'exam/startSession', { sessionId }, staffToken);
  const c = demo.people.candidates[index];
  const { token } = await call(core, 'auth/candidateSignIn', {
    participantNo: c.participantNo,
    password: c.password,
    token: examToken!,
    deviceId: `bench-pc-${index}`,
  });
  return { token, state: await call(core, 'cbt/agree', { accept: true }, token) };
}

function saveArgs(state: CbtState, seq: number): ArgsOf<'cbt/save'> {
  const item = state.items[seq % state.items.length];
  return item.kind === 'essay'
    ? { itemId: item.itemId, seq, choice: null, text: `jawaban esai nomor ${seq} `.repeat(20), doubtful: false }
    : { itemId: item.itemId, seq, choice: seq % 5, text: null, doubtful: seq % 9 === 0 };
}

try {
  const core = await createCore({ dataDir: path.join(root, 'db'), demoIfEmpty: true });
  const probeFile = path.join(root, 'probe.bin');
  const probeFd = fs.openSync(probeFile, 'w');

  const inProcess = await candidateInTest(core, 0);
  let seq = 0;
  const ratios: number[] = [];
  let fsync = summary([]);
  const trace = traceSaves();
  for (let run = 1; run <= REPEAT; run++) {
    const local: number[] = [];
    const spans: SaveSpan[] = [];
    const raw: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      raw.push(fsyncOnce(probeFd, i));
      const args = saveArgs(inProcess.state, ++seq);
      const at = wallNow();
      const start = process.hrtime.bigint();
      const reply = await core.dispatch('cbt/save', args, inProcess.token);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      local.push(ms);
      spans.push({ at, ms });
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    }
    // The GC observer reports a turn later.
    await new Promise((resolve) => setImmediate(resolve));
    const slow = trace.explain(spans);
    const l = summary(local);
    fsync = summary(raw);
    ratios.push(l.p99 / fsync.p99);
    const load = { loadavg1: os.loadavg()[0] };
    report('cbt.answerCommit.inProcess.p50', l.p50, 'ms', { run, runs: l.runs, ...load });
    report('cbt.answerCommit.inProcess.p99', l.p99, 'ms', { run, runs: l.runs, max: l.max, ...load });
    report('disk.fsync.p99.sameRun', fsync.p99, 'ms', { run, p50: fsync.p50, runs: fsync.runs, max: fsync.max, ...load });
    report('cbt.answerCommit.inProcess.p99ToFsyncP99', l.p99 / fsync.p99, 'ratio', { run, goal: '<= 2', ...load });
    report('cbt.answerCommit.inProcess.slowSaves', slow.slowSaves, 'saves', { run, ...slow });
  }
  trace.close();
  report(`cbt.answerCommit.inProcess.p99ToFsyncP99.worstOf${REPEAT}`, Math.max(...ratios), 'ratio', { runs: ratios, goal: '<= 2' });

  // The floor under a save's own writes: the two rows every save must write (its answer, upserted, and its
  // audit entry, appended) by bare statements through the same group commit, no app code (no sign-in check,
  // no attempt or pause checks, no hashing), measured as the saves are and right after them (the same WAL).
  const attemptId = core.db.prepare('SELECT attempt_id FROM answer LIMIT 1').pluck().get() as string;
  const itemIds = core.db.prepare('SELECT item_id FROM answer WHERE attempt_id = ?').pluck().all(attemptId) as string[];
  const upsert = core.db.prepare(
    `INSERT INTO answer (attempt_id, item_id, choice, text, doubtful, seq, saved_at) VALUES (?, ?, ?, ?, 0, ?, ?)
     ON CONFLICT (attempt_id, item_id) DO UPDATE SET choice = excluded.choice, text = excluded.text, seq = excluded.seq, saved_at = excluded.saved_at`,
  );
  const lastSeq = core.db.prepare('SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1').pluck();
  const append = core.db.prepare(
    `INSERT INTO audit_log (seq, at, actor_account_id, actor_role, action, entity, entity_id, details, prev_hash, hash)
     VALUES (?, ?, NULL, 'candidate', 'bench.probe', 'attempt', ?, ?, ?, ?)`,
  );
  const shaped: number[] = [];
  const shapedRaw: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    shapedRaw.push(fsyncOnce(probeFd, i));
    const args = saveArgs(inProcess.state, ++seq);
    const at = new Date().toISOString();
    const start = process.hrtime.bigint();
    await core.context.commits.run(() => {
      upsert.run(attemptId, itemIds[i % itemIds.length], args.choice === null ? null : 0, args.text, seq, at);
      const details = JSON.stringify({ itemId: itemIds[i % itemIds.length], seq, digest: 'd'.repeat(64) });
      append.run(Number(lastSeq.get()) + 1, at, attemptId, details, 'p'.repeat(64), 'h'.repeat(64));
    });
    shaped.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const sh = summary(shaped);
  const shRaw = summary(shapedRaw);
  report('sqlite.saveRowsCommit.p50', sh.p50, 'ms', { runs: sh.runs, what: 'an answer upserted and an audit row appended, bare statements, group commit' });
  report('sqlite.saveRowsCommit.p99', sh.p99, 'ms', { runs: sh.runs, max: sh.max, fsyncP99: shRaw.p99 });
  report('sqlite.saveRowsCommit.p99ToFsyncP99', sh.p99 / shRaw.p99, 'ratio', { what: 'the floor of cbt.answerCommit.inProcess.p99ToFsyncP99 for the rows a save writes' });

  // The floor under any acknowledged write here: a one-row SQLite commit with the same pragmas, no app
  // code, measured as the saves are (each alternating with one raw fsync).
  core.db.exec('CREATE TABLE IF NOT EXISTS bench_probe (id INTEGER PRIMARY KEY, v TEXT)');
  const probe = core.db.prepare('INSERT INTO bench_probe (v) VALUES (?)');
  const bare: number[] = [];
  const bareRaw: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    bareRaw.push(fsyncOnce(probeFd, i));
    const start = process.hrtime.bigint();
    core.db.transaction(() => probe.run('x'))();
    bare.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  fs.closeSync(probeFd);
  const b = summary(bare);
  const bareFsync = summary(bareRaw);
  report('sqlite.bareCommit.p50', b.p50, 'ms', { runs: b.runs, what: 'one-row insert, WAL, synchronous=FULL' });
  report('sqlite.bareCommit.p99', b.p99, 'ms', { runs: b.runs, max: b.max, fsyncP99: bareFsync.p99 });
  report('sqlite.bareCommit.p99ToFsyncP99', b.p99 / bareFsync.p99, 'ratio', { what: 'the floor of cbt.answerCommit.inProcess.p99ToFsyncP99' });

  const server = await startRoomServer({ core, port: 0 });
  const overHttp = await candidateInTest(core, 1);
  const remote: number[] = [];
  for (let seq = 1; seq <= SAVES; seq++) {
    const body = JSON.stringify(saveArgs(overHttp.state, seq));
    const start = process.hrtime.bigint();
    const res = await fetch(`${server.url}api/cbt/save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${overHttp.token}` },
      body,
    });
    const reply = (await res.json()) as { ok: boolean };
    remote.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!reply.ok) throw new Error(JSON.stringify(reply));
  }
  const h = summary(remote);
  report('cbt.answerCommit.http.p50', h.p50, 'ms', { runs: h.runs, transport: 'fetch keep-alive on 127.0.0.1, same process' });
  report('cbt.answerCommit.http.p99', h.p99, 'ms', { runs: h.runs, max: h.max });
  await server.close();
  core.close();
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
