// `npm run bench -- room-soak`: 400 simulated PCs (BENCH_SOAK_CLIENTS) against the room server for
// BENCH_SOAK_MINUTES (10), reporting minute by minute what could grow over a 2-hour session: the ack
// p99, the WAL file, the server's RSS and heap, its CPU, and the worst event-loop delay. Not part of
// `npm run bench -- room` (different file name), and `npm test` runs no bench at all.
import os from 'node:os';
import { report, summary } from './stats';
import { runRoom, type Ack } from './support/room-load';
import { explainSlowAcks } from './support/slow-acks';
import { eventsOf, readTrace } from './support/trace-events';

const CLIENTS = Number(process.env.BENCH_SOAK_CLIENTS ?? 400);
const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10);

const MB = 1024 * 1024;
let reported = 0;
let lastAt = 0;

function minuteReport(minute: number, acks: readonly Ack[], tracePath: string): void {
  const now = Date.now();
  const from = lastAt || now - 60_000;
  lastAt = now;
  const mine = acks.slice(reported);
  reported = acks.length;
  const secs = eventsOf(readTrace(tracePath), 'sec').filter((x) => x.at > from && x.at <= now);
  const last = secs.at(-1);
  const s = summary(mine.map((a) => a.ms));
  const worst = (f: (x: (typeof secs)[number]) => number) => secs.reduce((m, x) => Math.max(m, f(x)), 0);
  report(`roomSoak.${CLIENTS}.minute.ack.p99`, s.p99, 'ms', {
    minute,
    saves: s.runs,
    p50: s.p50,
    max: s.max,
    walMB: last ? last.wal / MB : null,
    walMaxMB: worst((x) => x.wal) / MB,
    rssMB: last ? last.rss / MB : null,
    heapUsedMB: last ? last.heapUsed / MB : null,
    serverCpuPct: secs.reduce((a, x) => a + x.cpuMs / 10, 0) / Math.max(1, secs.length),
    serverLoopMaxMs: worst((x) => x.loopMax),
    loadavg1: os.loadavg()[0],
  });
}

const run = await runRoom({ clients: CLIENTS, seconds: MINUTES * 60, onMinute: minuteReport });
const s = summary(run.acks.map((a) => a.ms));
report(`roomSoak.${CLIENTS}.ack.p99`, s.p99, 'ms', { minutes: MINUTES, saves: s.runs, p50: s.p50, max: s.max, errors: run.errors, loadavg1: os.loadavg()[0] });
const { slowAcks, ...why } = explainSlowAcks(run);
report(`roomSoak.${CLIENTS}.slowAcks`, slowAcks, 'acks', why);
report(`roomSoak.${CLIENTS}.lost`, run.lost, 'answers', { checked: run.checked, goal: 0 });
if (run.lost > 0) process.exitCode = 1;
