// The relay's cost: one candidate's answer saves acknowledged after the SQLite commit, in process
// (core.dispatch) beside the same saves sent from main's side through the core process (a
// child_process.fork of electron/host/entry.ts, standing in for Electron's utilityProcess) and back.
// Saves alternate between them so all see the same disk in the same moments. The fork is measured over
// 'advanced' serialization (structured clone, as Electron's port) and over Node's JSON default.
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

const load = () => os.loadavg()[0];

/** The channel Node offers a fork: 'advanced' (structured clone, as Electron's utilityProcess port) or its JSON default. */
const linkOver = (serialization: 'advanced' | 'json', dir: string) =>
  createCoreLink({ spawn: forkedCore({ serialization }), start: { dataDir: path.join(root, dir), demoIfEmpty: true, staticDir: null }, os: null });

let core: Core | null = null;
const link = linkOver('advanced', 'relayed');
const jsonLink = linkOver('json', 'relayed-json');
try {
  core = await createCore({ dataDir: path.join(root, 'local'), demoIfEmpty: true });
  await Promise.all([link.ready, jsonLink.ready]);
  const local = core.dispatch;
  const relayed: Dispatch = link.dispatch;
  const relayedJson: Dispatch = jsonLink.dispatch;
  const here = await candidateInTest(local);
  const there = await candidateInTest(relayed);
  const thereJson = await candidateInTest(relayedJson);

  let loadBefore = load();
  const inProcess: number[] = [];
  const throughRelay: number[] = [];
  const throughJson: number[] = [];
  for (let seq = 1; seq <= SAVES; seq++) {
    inProcess.push(await timed(local, saveArgs(here.state, seq), here.token));
    throughRelay.push(await timed(relayed, saveArgs(there.state, seq), there.token));
    throughJson.push(await timed(relayedJson, saveArgs(thereJson.state, seq), thereJson.token));
  }
  let loadavg1 = [loadBefore, load()];
  const l = summary(inProcess);
  const r = summary(throughRelay);
  const j = summary(throughJson);
  report('cbt.answerCommit.inProcess.sameRun.p50', l.p50, 'ms', { runs: l.runs, loadavg1 });
  report('cbt.answerCommit.inProcess.sameRun.p99', l.p99, 'ms', { runs: l.runs, max: l.max, loadavg1 });
  report('cbt.answerCommit.relay.p50', r.p50, 'ms', { runs: r.runs, baseline: l.p50, ratio: r.p50 / l.p50, transport: 'main side → child_process.fork core process (advanced serialization) → commit → reply', loadavg1 });
  report('cbt.answerCommit.relay.p99', r.p99, 'ms', { runs: r.runs, max: r.max, baseline: l.p99, ratio: r.p99 / l.p99, loadavg1 });
  report('cbt.answerCommit.relay.addedAtP99', r.p99 - l.p99, 'ms', { goal: '<= 0.5', baseline: l.p99, loadavg1 });
  report('cbt.answerCommit.relay.addedAtP50', r.p50 - l.p50, 'ms', { baseline: l.p50, loadavg1 });
  report('cbt.answerCommit.relayJson.p99', j.p99, 'ms', { runs: j.runs, p50: j.p50, baseline: l.p99, ratio: j.p99 / l.p99, advanced: r.p99, transport: "the same fork over Node's default JSON channel", loadavg1 });

  // The relay alone, without a commit whose fsync jitter swamps it: read-only calls both ways, a
  // small reply (app/info) and a candidate's whole test (cbt/state, some 18 KB).
  for (const method of ['app/info', 'cbt/state']) {
    const name = method === 'app/info' ? 'appInfo' : 'cbtState';
    const ways = [
      { dispatch: local, token: here.token, samples: [] as number[] },
      { dispatch: relayed, token: there.token, samples: [] as number[] },
      { dispatch: relayedJson, token: thereJson.token, samples: [] as number[] },
    ];
    loadBefore = load();
    for (let i = 0; i < SAVES; i++) {
      for (const way of ways) {
        const start = process.hrtime.bigint();
        const reply = await way.dispatch(method, {}, way.token);
        way.samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      }
    }
    loadavg1 = [loadBefore, load()];
    const [rl, rr, rj] = ways.map((w) => summary(w.samples));
    report(`relay.roundTrip.${name}.inProcess.p99`, rl.p99, 'ms', { runs: rl.runs, p50: rl.p50, loadavg1 });
    report(`relay.roundTrip.${name}.relay.p99`, rr.p99, 'ms', { runs: rr.runs, p50: rr.p50, baseline: rl.p99, ratio: rr.p99 / rl.p99, loadavg1 });
    report(`relay.roundTrip.${name}.relayJson.p99`, rj.p99, 'ms', { runs: rj.runs, p50: rj.p50, baseline: rl.p99, ratio: rj.p99 / rl.p99, loadavg1 });
    report(`relay.roundTrip.${name}.addedAtP99`, rr.p99 - rl.p99, 'ms', { goal: '<= 0.5', addedAtP50: rr.p50 - rl.p50, jsonAddedAtP99: rj.p99 - rl.p99, jsonAddedAtP50: rj.p50 - rl.p50, loadavg1 });
  }
} finally {
  await Promise.all([link.close(), jsonLink.close()]);
  core?.close();
  fs.rmSync(root, { recursive: true, force: true });
}
