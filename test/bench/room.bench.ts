// `npm run bench -- room`: the room server in its own process (`ruang-uji serve`) under simulated lab PCs
// on loopback: each signs in, answers a multiple-choice question every ~5 s and saves an essay every ~2 s,
// with a heartbeat every 10 s, while one proctor follows the status board over SSE. Reports the
// acknowledgement latency, errors, and lost answers (acknowledged but missing afterwards: must be 0).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CbtState } from '../../electron/shared/cbt';
import { spawnCli } from '../support/cli';
import { report, summary } from './stats';
import { seedBigRoom, type BenchCandidate } from './support/big-room';

const LEVELS = (process.env.BENCH_ROOM_CLIENTS ?? '50,200,400').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_ROOM_SECONDS ?? 30);

type Reply<T> = { ok: boolean; result?: T; error?: { code: string } };

async function api<T>(url: string, method: string, args: unknown, token?: string): Promise<Reply<T>> {
  const res = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(args),
  });
  return (await res.json()) as Reply<T>;
}

async function must<T>(url: string, method: string, args: unknown, token?: string): Promise<T> {
  const reply = await api<T>(url, method, args, token);
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

async function runLevel(clients: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), `ru-bench-room-${clients}-`));
  const candidates: BenchCandidate[] = await seedBigRoom(dataDir, clients);
  const { child, match } = await spawnCli(['serve', '--data', dataDir, '--port', '0'], /room server: (http:\/\/127\.0\.0\.1:\d+\/)/);
  const url = match[1];
  const stop = new AbortController();
  try {
    const staff = await must<{ token: string }>(url, 'auth/signIn', { username: 'proktor', password: 'proktor123!' });
    const sessionId = (await must<{ sessions: { session: { id: string } }[] }>(url, 'proctor/today', {}, staff.token)).sessions[0].session.id;
    const examToken = (await must<{ token: string }>(url, 'exam/startSession', { sessionId }, staff.token)).token;
    const boardPushes = await followBoard(url, staff.token, stop.signal);

    const pcs = await Promise.all(
      candidates.map(async (c, i) => {
        const { token } = await must<{ token: string }>(url, 'auth/candidateSignIn', { ...c, token: examToken, deviceId: `bench-pc-${i}` });
        const state = await must<CbtState>(url, 'cbt/agree', { accept: true }, token);
        return { token, state, seq: 0, acked: new Map<string, { seq: number; choice: number | null; text: string | null }>() };
      }),
    );

    const latencies: number[] = [];
    let errors = 0;
    const save = async (pc: (typeof pcs)[number], itemIndex: number, choice: number | null, text: string | null) => {
      const item = pc.state.items[itemIndex];
      const seq = ++pc.seq;
      const started = performance.now();
      try {
        const reply = await api<{ stored: boolean }>(url, 'cbt/save', { itemId: item.itemId, seq, choice, text, doubtful: false }, pc.token);
        latencies.push(performance.now() - started);
        if (!reply.ok) errors++;
        else if (reply.result?.stored) {
          const before = pc.acked.get(item.itemId);
          if (!before || before.seq < seq) pc.acked.set(item.itemId, { seq, choice, text });
        }
      } catch {
        errors++;
      }
    };

    const deadline = Date.now() + SECONDS * 1000;
    const timers: NodeJS.Timeout[] = [];
    const every = (ms: number, fn: () => void) => {
      // Start each PC at a random phase so the load is spread as in a real room.
      timers.push(setTimeout(function tick() {
        if (Date.now() >= deadline) return;
        fn();
        timers.push(setTimeout(tick, ms * (0.8 + Math.random() * 0.4)));
      }, Math.random() * ms));
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
    await new Promise((r) => setTimeout(r, SECONDS * 1000 + 3000));
    timers.forEach(clearTimeout);

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
    const s = summary(latencies);
    const tag = { clients, seconds: SECONDS, saves: s.runs, errors, boardPushes: boardPushes() };
    report(`room.${clients}.ack.p50`, s.p50, 'ms', tag);
    report(`room.${clients}.ack.p99`, s.p99, 'ms', { ...tag, max: s.max, goal: clients === 400 ? '<= 50' : undefined });
    report(`room.${clients}.lost`, lost, 'answers', { clients, checked, goal: 0 });
    report(`room.${clients}.errors`, errors, 'requests', { clients });
    if (lost > 0) process.exitCode = 1;
  } finally {
    stop.abort();
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const clients of LEVELS) await runLevel(clients);
