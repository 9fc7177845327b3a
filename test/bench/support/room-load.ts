// The simulated lab behind `npm run bench -- room` and `room-soak`: the room server in its own process
// (`ruang-uji serve`), traced (server-trace.mjs), under `clients` lab PCs on loopback. Each signs in,
// answers a multiple-choice question every ~5 s and saves an essay every ~2 s, with a heartbeat every
// 10 s, while one proctor follows the status board over SSE.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { CbtState } from '../../../electron/shared/cbt';
import { SERVING_AT, spawnCli } from '../../support/cli';
import { seedBigRoom, type BenchCandidate } from './big-room';
import { readTrace, type TraceEvent } from './trace-events';

type Reply<T> = { ok: boolean; result?: T; error?: { code: string } };

/** One acknowledged (or failed) save as the PC saw it: wall-clock start and round trip, ms. */
export type Ack = { at: number; ms: number };
/** A pause of the load generator itself: its own GC or a late timer inflates the acks it measures. */
export type ClientStall = { at: number; ms: number; what: 'gc' | 'loop' };

export type RoomRun = {
  clients: number;
  seconds: number;
  acks: Ack[];
  errors: number;
  lost: number;
  checked: number;
  boardPushes: number;
  trace: TraceEvent[];
  clientStalls: ClientStall[];
};

export const TRACE_MODULE = path.join(import.meta.dirname, 'server-trace.mjs');

/** One call to the room server's JSON API, as a lab PC makes it. */
export async function api<T>(url: string, method: string, args: unknown, token?: string): Promise<Reply<T>> {
  const res = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(args),
  });
  return (await res.json()) as Reply<T>;
}

export async function must<T>(url: string, method: string, args: unknown, token?: string): Promise<T> {
  // Setup only (sign-ins, agreement, read-back): 400 of them at once on a loaded machine can meet a
  // reset keep-alive socket, which a browser would retry too.
  let reply: Reply<T> | undefined;
  for (let attempt = 1; !reply; attempt++) {
    try {
      reply = await api<T>(url, method, args, token);
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.result as T;
}

/** Counts board pushes the proctor receives while the load runs. */
async function followBoard(url: string, token: string, stop: AbortSignal): Promise<() => number> {
  let pushes = 0;
  const res = await fetch(`${url}api/events`, { headers: { authorization: `Bearer ${token}` }, signal: stop });
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        pushes += (decoder.decode(chunk).match(/event: exam\/boardChanged/g) ?? []).length;
      }
    } catch {
      // aborted at the end of the run
    }
  })();
  return () => pushes;
}

/** GC pauses and event-loop stalls of this process (the load generator) while `fn` runs. */
export async function watchClient<T>(fn: () => Promise<T>): Promise<{ value: T; stalls: ClientStall[] }> {
  const stalls: ClientStall[] = [];
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.duration >= 5) stalls.push({ at: performance.timeOrigin + e.startTime, ms: e.duration, what: 'gc' });
  });
  gc.observe({ entryTypes: ['gc'] });
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const sampler = setInterval(() => {
    if (loop.max / 1e6 >= 20) stalls.push({ at: Date.now() - 250, ms: loop.max / 1e6, what: 'loop' });
    loop.reset();
  }, 250);
  try {
    return { value: await fn(), stalls };
  } finally {
    clearInterval(sampler);
    loop.disable();
    gc.disconnect();
  }
}

/** A room server started for a run: the URL lab PCs use, how to stop it, and (optionally) how the proctor follows the board. */
export type LaunchedRoom = { url: string; stop: () => Promise<void>; followBoard?: (token: string) => Promise<() => number> };
/** Starts the room server on a seeded data folder; `env` carries the server trace (NODE_OPTIONS, RU_BENCH_TRACE). */
export type RoomLaunch = (dataDir: string, env: NodeJS.ProcessEnv) => Promise<LaunchedRoom>;

/** The default: `ruang-uji serve`, the core and the room server in one Node process, listening from the start. */
const serveRoom: RoomLaunch = async (dataDir, env) => {
  const { child, match } = await spawnCli(['serve', '--data', dataDir, '--port', '0'], SERVING_AT, env);
  return { url: match[1], stop: async () => void child.kill('SIGKILL') };
};

export type RoomOptions = {
  clients: number;
  seconds: number;
  /** How the room server is started; `ruang-uji serve` unless told otherwise. */
  launch?: RoomLaunch;
  /** Called about once a minute with the run so far (the soak reports minute by minute). */
  onMinute?: (minute: number, acks: readonly Ack[], tracePath: string) => void;
};

export async function runRoom(o: RoomOptions): Promise<RoomRun> {
  const dataDir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), `ru-bench-room-${o.clients}-`));
  const tracePath = path.join(dataDir, 'server-trace.jsonl');
  const candidates: BenchCandidate[] = await seedBigRoom(dataDir, o.clients);
  const env = { ...process.env, RU_BENCH_TRACE: tracePath, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${TRACE_MODULE}`.trim() };
  const server = await (o.launch ?? serveRoom)(dataDir, env);
  const url = server.url;
  const stop = new AbortController();
  try {
    const staff = await must<{ token: string }>(url, 'auth/signIn', { username: 'proktor', password: 'proktor123!' });
    const sessionId = (await must<{ sessions: { session: { id: string } }[] }>(url, 'proctor/today', {}, staff.token)).sessions[0].session.id;
    const examToken = (await must<{ token: string }>(url, 'exam/startSession', { sessionId }, staff.token)).token;
    const boardPushes = server.followBoard ? await server.followBoard(staff.token) : await followBoard(url, staff.token, stop.signal);

    const pcs = await Promise.all(
      candidates.map(async (c, i) => {
        const { token } = await must<{ token: string }>(url, 'auth/candidateSignIn', { ...c, token: examToken, deviceId: `bench-pc-${i}` });
        const state = await must<CbtState>(url, 'cbt/agree', { accept: true }, token);
        return { token, state, seq: 0, acked: new Map<string, { seq: number; choice: number | null; text: string | null }>() };
      }),
    );

    const acks: Ack[] = [];
    let errors = 0;
    const save = async (pc: (typeof pcs)[number], itemIndex: number, choice: number | null, text: string | null) => {
      const item = pc.state.items[itemIndex];
      const seq = ++pc.seq;
      const started = performance.now();
      try {
        const reply = await api<{ stored: boolean }>(url, 'cbt/save', { itemId: item.itemId, seq, choice, text, doubtful: false }, pc.token);
        acks.push({ at: performance.timeOrigin + started, ms: performance.now() - started });
        if (!reply.ok) errors++;
        else if (reply.result?.stored) {
          const before = pc.acked.get(item.itemId);
          if (!before || before.seq < seq) pc.acked.set(item.itemId, { seq, choice, text });
        }
      } catch {
        errors++;
      }
    };

    const { stalls } = await watchClient(async () => {
      const deadline = Date.now() + o.seconds * 1000;
      // Pending timers only (each removes itself when it fires), so a long soak's memory stays flat.
      const timers = new Set<NodeJS.Timeout>();
      const every = (ms: number, fn: () => void) => {
        // Start each PC at a random phase so the load is spread as in a real room.
        const arm = (delay: number) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (Date.now() >= deadline) return;
            fn();
            arm(ms * (0.8 + Math.random() * 0.4));
          }, delay);
          timers.add(timer);
        };
        arm(Math.random() * ms);
      };
      for (const pc of pcs) {
        const mcs = pc.state.items.map((it, i) => (it.kind === 'multiple_choice' ? i : -1)).filter((i) => i >= 0);
        const essays = pc.state.items.map((it, i) => (it.kind === 'essay' ? i : -1)).filter((i) => i >= 0);
        let essayText = '';
        every(5000, () => void save(pc, mcs[Math.floor(Math.random() * mcs.length)], Math.floor(Math.random() * 5), null));
        every(2000, () => {
          essayText += 'kalimat jawaban esai yang terus bertambah. ';
          void save(pc, essays[0], null, essayText.slice(-4000));
        });
        every(10_000, () => void api(url, 'cbt/heartbeat', { focusLost: 0 }, pc.token).catch(() => errors++));
      }
      let minute = 0;
      const minutes = setInterval(() => {
        minute++;
        o.onMinute?.(minute, acks, tracePath);
      }, 60_000);
      await new Promise((r) => setTimeout(r, o.seconds * 1000 + 3000));
      clearInterval(minutes);
      timers.forEach(clearTimeout);
    });

    let lost = 0;
    let checked = 0;
    for (const pc of pcs) {
      const state = await must<CbtState>(url, 'cbt/state', {}, pc.token);
      const stored = new Map(state.answers.map((a) => [a.itemId, a]));
      for (const [itemId, ack] of pc.acked) {
        checked++;
        const s = stored.get(itemId);
        if (!s || s.seq < ack.seq || (s.seq === ack.seq && (s.choice !== ack.choice || s.text !== ack.text))) lost++;
      }
    }
    // The trace is flushed once a second: wait for the last full second to land.
    await new Promise((r) => setTimeout(r, 1100));
    const keep = process.env.BENCH_KEEP_TRACE;
    if (keep) {
      // For a closer look by hand: the server trace, and the acks and load-generator stalls beside it.
      const base = path.join(keep, `room-${o.clients}-${Date.now()}`);
      fs.copyFileSync(tracePath, `${base}.trace.jsonl`);
      fs.writeFileSync(`${base}.acks.json`, JSON.stringify({ acks, stalls }));
    }
    return { clients: o.clients, seconds: o.seconds, acks, errors, lost, checked, boardPushes: boardPushes(), trace: readTrace(tracePath), clientStalls: stalls };
  } finally {
    stop.abort();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
