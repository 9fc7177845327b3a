// The relay's cost: one candidate's answer saves acknowledged after the SQLite commit, in process
// (core.dispatch) beside the same saves sent from main's side through the core process (a
// child_process.fork of electron/host/entry.ts, standing in for Electron's utilityProcess) and back.
// Saves alternate between the two so both see the same disk in the same moments.
// Not measured here: the renderer → main hop over Electron IPC, which needs the Electron binary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { loadDemoContent } from '../../electron/core/demo/content';
import { createCoreLink } from '../../electron/main/core-link';
import type { CbtState } from '../../electron/shared/cbt';
import type { Reply } from '../../electron/shared/errors';
import { forkedCore } from '../support/core-process';
import { report, summary } from './stats';

const SAVES = Number(process.env.BENCH_SAVES ?? 2000);
const root = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-relay-'));
const demo = loadDemoContent();

type Dispatch = (method: string, args: unknown, token: string | null) => Promise<Reply<unknown>>;

async function call<T>(dispatch: Dispatch, method: string, args: unknown, token: string | null = null): Promise<T> {
  const reply = await dispatch(method, args, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.result as T;
}

async function candidateInTest(dispatch: Dispatch): Promise<{ token: string; state: CbtState }> {
  const proctor = demo.people.staff.find((s) => s.role === 'proctor')!;
  const staff = (await call<{ token: string }>(dispatch, 'auth/signIn', { username: proctor.username, password: proctor.password })).token;
  const today = await call<{ sessions: { session: { id: string } }[] }>(dispatch, 'proctor/today', {}, staff);
  const { token: examToken } = await call<{ token: string }>(dispatch, 'exam/startSession', { sessionId: today.sessions[0].session.id }, staff);
  const c = demo.people.candidates[0];
  const { token } = await call<{ token: string }>(dispatch, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token: examToken, deviceId: 'bench-relay-pc' });
  return { token, state: await call<CbtState>(dispatch, 'cbt/agree', { accept: true }, token) };
}

function saveArgs(state: CbtState, seq: number) {
  const item = state.items[seq % state.items.length];
  return item.kind === 'essay'
    ? { itemId: item.itemId, seq, choice: null, text: `jawaban esai nomor ${seq} `.repeat(20), doubtful: false }
    : { itemId: item.itemId, seq, choice: seq % 5, text: null, doubtful: seq % 9 === 0 };
}

async function timed(dispatch: Dispatch, args: unknown, token: string): Promise<number> {
  const start = process.hrtime.bigint();
  const reply = await dispatch('cbt/save', args, token);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return ms;
}

let core: Core | null = null;
const link = createCoreLink({ spawn: forkedCore(), start: { dataDir: path.join(root, 'relayed'), demoIfEmpty: true, staticDir: null }, os: null });
try {
  core = await createCore({ dataDir: path.join(root, 'local'), demoIfEmpty: true });
  await link.ready;
  const local = core.dispatch;
  const relayed: Dispatch = link.dispatch;
  const here = await candidateInTest(local);
  const there = await candidateInTest(relayed);

  const inProcess: number[] = [];
  const throughRelay: number[] = [];
  for (let seq = 1; seq <= SAVES; seq++) {
    inProcess.push(await timed(local, saveArgs(here.state, seq), here.token));
    throughRelay.push(await timed(relayed, saveArgs(there.state, seq), there.token));
  }
  const l = summary(inProcess);
  const r = summary(throughRelay);
  report('cbt.answerCommit.inProcess.sameRun.p50', l.p50, 'ms', { runs: l.runs });
  report('cbt.answerCommit.inProcess.sameRun.p99', l.p99, 'ms', { runs: l.runs, max: l.max });
  report('cbt.answerCommit.relay.p50', r.p50, 'ms', { runs: r.runs, baseline: l.p50, ratio: r.p50 / l.p50, transport: 'main side → child_process.fork core process → commit → reply' });
  report('cbt.answerCommit.relay.p99', r.p99, 'ms', { runs: r.runs, max: r.max, baseline: l.p99, ratio: r.p99 / l.p99 });
  report('cbt.answerCommit.relay.addedAtP99', r.p99 - l.p99, 'ms', { goal: '<= 0.5', baseline: l.p99 });
  report('cbt.answerCommit.relay.addedAtP50', r.p50 - l.p50, 'ms', { baseline: l.p50 });

  // The relay alone, without a commit whose fsync jitter swamps it: a read-only call both ways.
  const readLocal: number[] = [];
  const readRelayed: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    for (const [dispatch, into] of [[local, readLocal], [relayed, readRelayed]] as const) {
      const start = process.hrtime.bigint();
      const reply = await dispatch('cbt/state', {}, dispatch === local ? here.token : there.token);
      into.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    }
  }
  const rl = summary(readLocal);
  const rr = summary(readRelayed);
  report('relay.roundTrip.cbtState.inProcess.p99', rl.p99, 'ms', { runs: rl.runs, p50: rl.p50 });
  report('relay.roundTrip.cbtState.relay.p99', rr.p99, 'ms', { runs: rr.runs, p50: rr.p50, baseline: rl.p99, ratio: rr.p99 / rl.p99 });
  report('relay.roundTrip.addedAtP99', rr.p99 - rl.p99, 'ms', { goal: '<= 0.5', addedAtP50: rr.p50 - rl.p50 });
} finally {
  await link.close();
  core?.close();
  fs.rmSync(root, { recursive: true, force: true });
}
