// `npm run bench -- room`: the room server in its own process under simulated lab PCs (support/room-load.ts).
// Reports the acknowledgement latency, errors, and lost answers (acknowledged but missing afterwards:
// must be 0) at each level; the 400-PC level runs BENCH_ROOM_REPEAT times (3) and reports each run's
// p99 and the worst, since one run in three is what showed the stall. Each run also reports what its
// slowest acks (>= p99) overlapped on the server (WAL checkpoints, long commits, GC, event-loop stalls)
// and in the load generator itself.
import os from 'node:os';
import { report, summary } from './stats';
import { runRoom } from './support/room-load';
import { explainSlowAcks } from './support/slow-acks';

const LEVELS = (process.env.BENCH_ROOM_CLIENTS ?? '50,200,400').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_ROOM_SECONDS ?? 30);
const REPEAT = Number(process.env.BENCH_ROOM_REPEAT ?? 3);
const GOAL_MS = 50;

const load = () => os.loadavg()[0];

const worst = new Map<number, number[]>();
for (const clients of LEVELS) {
  const runs = clients === 400 ? REPEAT : 1;
  for (let i = 1; i <= runs; i++) {
    const loadBefore = load();
    const run = await runRoom({ clients, seconds: SECONDS });
    const s = summary(run.acks.map((a) => a.ms));
    const tag = { clients, run: i, seconds: SECONDS, saves: s.runs, errors: run.errors, boardPushes: run.boardPushes, loadavg1: [loadBefore, load()] };
    report(`room.${clients}.ack.p50`, s.p50, 'ms', tag);
    report(`room.${clients}.ack.p99`, s.p99, 'ms', { ...tag, max: s.max, goal: clients === 400 ? `<= ${GOAL_MS}` : undefined });
    const { slowAcks, ...why } = explainSlowAcks(run);
    report(`room.${clients}.slowAcks`, slowAcks, 'acks', { clients, run: i, ...why });
    report(`room.${clients}.lost`, run.lost, 'answers', { clients, run: i, checked: run.checked, goal: 0 });
    report(`room.${clients}.errors`, run.errors, 'requests', { clients, run: i });
    if (run.lost > 0) process.exitCode = 1;
    worst.set(clients, [...(worst.get(clients) ?? []), s.p99]);
  }
}
for (const [clients, p99s] of worst) {
  if (p99s.length < 2) continue;
  report(`room.${clients}.ack.p99.worstOf${p99s.length}`, Math.max(...p99s), 'ms', { clients, runs: p99s, goal: clients === 400 ? `<= ${GOAL_MS}` : undefined });
}
