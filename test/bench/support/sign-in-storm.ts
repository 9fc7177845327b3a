// A sign-in storm in a room already at work: `seated` lab PCs are signed in and saving (an answer every
// ~5 s, an essay every ~2 s) when `storm` more candidates all sign in at the same moment, their passwords
// hashed at `cost`. Measures each storm sign-in from the common start, and the seated PCs' saves that
// started while the storm lasted. The storm is sent from a worker thread (sign-in-burst.mjs), so creating
// 400 requests at once does not hold up the loop that times the saves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CbtState } from '../../../electron/shared/cbt';
import { SERVING_AT, spawnCli } from '../../support/cli';
import { seedBigRoom } from './big-room';
import { summary } from '../stats';
import { lightPost, pcAgent } from './light-post';
import { must, TRACE_MODULE, watchClient, type ClientStall } from './room-load';
import { countOverlapping } from './slow-acks';
import { eventsOf, readTrace } from './trace-events';

const BURST_WORKER = new URL('./sign-in-burst.mjs', import.meta.url);
type BurstReply = { start: number; end: number; results: { ms: number; code: string | null }[] };

export type StormRun = {
  signIns: number[];
  failed: number;
  failures: Record<string, number>;
  seatedSaves: number[];
  seatedErrors: number;
  stormMs: number;
  /** The seated saves at or above their p99, set against the server's and the load generator's own doings then. */
  slowSaves: SlowSaves;
};

type SlowSaves = {
  slow: number;
  slowFrom: number;
  /** When each slow save started, in ms after the storm's start (they cluster where the storm's requests land). */
  slowAtMs: number[];
  /** How many slow saves, and how many of all the storm's saves, had to open a new connection (the server closed their idle one). */
  slowOnNewSocket: number;
  onNewSocket: number;
  /** How the server saw the storm's saves (from reading the request to the end of the reply). */
  serverSideP99: number;
  serverSideMax: number;
  /** Its event loop's worst delay in any second of the storm, and its commits then (a batch shares one fsync). */
  serverLoopMax: number;
  serverCommits: number;
  serverCommitMax: number;
  serverGcMax: number;
  /** Slow saves during which this process (the simulated PCs) was itself paused by GC or a late loop. */
  overlapClientStall: number;
};

export async function runSignInStorm(o: { seated: number; storm: number; cost: number }): Promise<StormRun> {
  const dataDir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-storm-'));
  const seated = await seedBigRoom(dataDir, o.seated);
  const arriving = await seedBigRoom(dataDir, o.storm, { cost: o.cost, prefix: 'STORM' });
  const tracePath = path.join(dataDir, 'server-trace.jsonl');
  const env = { ...process.env, RU_BENCH_TRACE: tracePath, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${TRACE_MODULE}`.trim() };
  const { child, match } = await spawnCli(['serve', '--data', dataDir, '--port', '0'], SERVING_AT, env);
  const url = match[1];
  try {
    const staff = await must<{ token: string }>(url, 'auth/signIn', { username: 'proktor', password: 'proktor123!' });
    const sessionId = (await must<{ sessions: { session: { id: string } }[] }>(url, 'proctor/today', {}, staff.token)).sessions[0].session.id;
    const examToken = (await must<{ token: string }>(url, 'exam/startSession', { sessionId }, staff.token)).token;
    const pcs = await Promise.all(
      seated.map(async (c, i) => {
        const { token } = await must<{ token: string }>(url, 'auth/candidateSignIn', { ...c, token: examToken, deviceId: `bench-seated-pc-${i}` });
        return { token, state: await must<CbtState>(url, 'cbt/agree', { accept: true }, token), seq: 0, essay: '', agent: pcAgent() };
      }),
    );

    const saves: { at: number; ms: number; ok: boolean; newSocket: boolean }[] = [];
    const save = async (pc: (typeof pcs)[number], itemIndex: number, choice: number | null, text: string | null) => {
      const started = performance.now();
      const seen: { reusedSocket?: boolean } = {};
      try {
        const reply = await lightPost(url, 'cbt/save', { itemId: pc.state.items[itemIndex].itemId, seq: ++pc.seq, choice, text, doubtful: false }, pc.token, { agent: pc.agent, seen });
        saves.push({ at: started, ms: performance.now() - started, ok: reply.ok, newSocket: seen.reusedSocket === false });
      } catch {
        saves.push({ at: started, ms: performance.now() - started, ok: false, newSocket: seen.reusedSocket === false });
      }
    };
    // Each PC saves over its own kept-alive connection, as its browser does: a shared pool would make one PC's save
    // open a new connection, behind the storm's 400, only because another PC's socket was busy.
    const timers: NodeJS.Timeout[] = [];
    for (const pc of pcs) {
      const mc = pc.state.items.findIndex((it) => it.kind === 'multiple_choice');
      const essay = pc.state.items.findIndex((it) => it.kind === 'essay');
      timers.push(setInterval(() => void save(pc, mc, Math.floor(Math.random() * 5), null), 4000 + Math.random() * 2000));
      timers.push(
        setInterval(() => {
          pc.essay += 'kalimat jawaban esai. ';
          void save(pc, essay, null, pc.essay.slice(-4000));
        }, 1600 + Math.random() * 800),
      );
    }
    // The room settles into its rhythm before the latecomers arrive.
    await new Promise((r) => setTimeout(r, 5000));

    const { value: burst, stalls } = await watchClient(
      () =>
        new Promise<BurstReply>((resolve, reject) => {
          const worker = new Worker(BURST_WORKER, { workerData: { url, token: examToken, candidates: arriving } });
          worker.once('message', (reply: BurstReply) => {
            void worker.terminate();
            resolve(reply);
          });
          worker.once('error', reject);
        }),
    );
    const failures: Record<string, number> = {};
    for (const { code } of burst.results) if (code) failures[code] = (failures[code] ?? 0) + 1;
    const failed = burst.results.filter((r) => r.code).length;
    const signIns = burst.results.map((r) => r.ms);
    // The worker's wall-clock span on this thread's clock.
    const start = burst.start - performance.timeOrigin;
    const end = burst.end - performance.timeOrigin;
    await new Promise((r) => setTimeout(r, 1000));
    timers.forEach(clearInterval);
    const during = saves.filter((s) => s.at >= start && s.at <= end);
    // The server writes its trace once a second.
    await new Promise((r) => setTimeout(r, 1100));
    for (const pc of pcs) pc.agent.destroy();
    const slowSaves = explain(during, stalls, readTrace(tracePath), burst.start, burst.end);
    return { signIns, failed, failures, seatedSaves: during.map((s) => s.ms), seatedErrors: during.filter((s) => !s.ok).length, stormMs: end - start, slowSaves };
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function explain(saves: { at: number; ms: number; newSocket: boolean }[], stalls: ClientStall[], trace: ReturnType<typeof readTrace>, from: number, to: number): SlowSaves {
  const s = summary(saves.map((x) => x.ms));
  // Saves are timed on this thread's clock; the stalls and the trace on the wall clock.
  const slow = saves.filter((x) => x.ms >= s.p99).map((x) => ({ at: performance.timeOrigin + x.at, ms: x.ms, newSocket: x.newSocket }));
  const slowAtMs = slow.map((x) => Math.round(x.at - from));
  const inStorm = trace.filter((e) => e.at >= from && e.at <= to + 1000);
  const server = summary(eventsOf(inStorm, 'req').map((r) => r.ms));
  return {
    slow: slow.length,
    slowFrom: s.p99,
    slowAtMs,
    slowOnNewSocket: slow.filter((x) => x.newSocket).length,
    onNewSocket: saves.filter((x) => x.newSocket).length,
    serverSideP99: server.p99,
    serverSideMax: server.max,
    serverLoopMax: eventsOf(inStorm, 'sec').reduce((m, x) => Math.max(m, x.loopMax), 0),
    serverCommits: eventsOf(inStorm, 'commit').length,
    serverCommitMax: eventsOf(inStorm, 'commit').reduce((m, x) => Math.max(m, x.ms), 0),
    serverGcMax: eventsOf(inStorm, 'gc').reduce((m, x) => Math.max(m, x.ms), 0),
    overlapClientStall: countOverlapping(slow, stalls),
  };
}
