// `npm run bench -- desktop-lab`: the room at 400 lab PCs (support/room-load.ts) with the room
// server opened the desktop way: main's core link forks the core process (child_process.fork of
// electron/host/entry.ts standing in for Electron's utilityProcess), the proctor opens the room from
// the relayed console (room/open), and follows the status board through the relay, not over SSE.
// Each run is set beside the baseline in the same bench run: the same load against `ruang-uji serve`
// (the core and the room server in one process, nothing relayed), runs alternating so both meet the
// same machine. Lab PCs talk HTTP to the core process directly in both: the relay is not on their path.
// Named without "room" so that `npm run bench -- room` runs only the room bench, not this one too.
import os from 'node:os';
import { createCoreLink, type CoreLink } from '../../electron/main/core-link';
import type { Reply } from '../../electron/shared/errors';
import { forkedCore } from '../support/core-process';
import { report, summary } from './stats';
import { runRoom, type RoomLaunch, type RoomRun } from './support/room-load';
import { explainSlowAcks } from './support/slow-acks';
import { freePort } from '../support/ports';

const CLIENTS = Number(process.env.BENCH_ROOM_CLIENTS ?? 400);
const SECONDS = Number(process.env.BENCH_ROOM_SECONDS ?? 30);
const REPEAT = Number(process.env.BENCH_ROOM_REPEAT ?? 2);
const GOAL_MS = 50;
// The seeded staff of the demo, as support/room-load.ts signs in.
const PROCTOR = { username: 'proktor', password: 'proktor123!' };

const load = () => os.loadavg()[0];

async function must<T>(reply: Promise<Reply<unknown>>, what: string): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.error)}`);
  return r.result as T;
}

/** The room as the desktop opens it: the core process forked by main's link, the room opened by the proctor through it. */
const desktopRoom: RoomLaunch = async (dataDir, env) => {
  // The trace module rides in NODE_OPTIONS, so the forked core process is traced as `serve` is.
  const link: CoreLink = createCoreLink({
    spawn: forkedCore({ env }),
    start: { dataDir, demoIfEmpty: false, staticDir: null, loopbackRoom: true },
    os: null,
    log: (message, error) => console.error(`[bench] ${message}`, error ?? ''),
  });
  await link.ready;
  const { token } = await must<{ token: string }>(link.dispatch('auth/signIn', PROCTOR, null), 'auth/signIn');
  const port = await freePort();
  await must(link.dispatch('room/open', { host: '127.0.0.1', port }, token), 'room/open');
  const unsubscribes: (() => void)[] = [];
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      unsubscribes.forEach((u) => u());
      await link.close(10_000);
    },
    // The desktop console's board arrives over the relay's subscription, as the window receives it.
    followBoard: async (proctorToken) => {
      let pushes = 0;
      const reply = await link.subscribe(proctorToken, (message) => {
        if (message.event === 'exam/boardChanged') pushes++;
      });
      if (!reply.ok) throw new Error(`subscribe: ${JSON.stringify(reply.error)}`);
      unsubscribes.push(reply.result);
      return () => pushes;
    },
  };
};

type Measured = { run: RoomRun; loadavg1: [number, number] };

async function measure(launch: RoomLaunch | undefined): Promise<Measured> {
  const before = load();
  const run = await runRoom({ clients: CLIENTS, seconds: SECONDS, launch });
  return { run, loadavg1: [before, load()] };
}

const p99s: number[] = [];
for (let i = 1; i <= REPEAT; i++) {
  const base = await measure(undefined);
  const desk = await measure(desktopRoom);
  const b = summary(base.run.acks.map((a) => a.ms));
  const d = summary(desk.run.acks.map((a) => a.ms));
  const tag = { clients: CLIENTS, run: i, seconds: SECONDS, transport: 'core process forked by main (utilityProcess stand-in), room opened through the relay' };
  const baseTag = { baselineIs: 'ruang-uji serve, same load, same bench run', baselineLoadavg1: base.loadavg1, loadavg1: desk.loadavg1 };
  report(`room.coreProcess.${CLIENTS}.ack.p50`, d.p50, 'ms', { ...tag, saves: d.runs, baseline: b.p50, ratio: d.p50 / b.p50, ...baseTag });
  report(`room.coreProcess.${CLIENTS}.ack.p99`, d.p99, 'ms', { ...tag, max: d.max, goal: `<= ${GOAL_MS}`, baseline: b.p99, baselineMax: b.max, ratio: d.p99 / b.p99, ...baseTag });
  // What the slowest acks overlapped in the core process (its trace), as room.bench explains serve's.
  const { slowAcks, ...why } = explainSlowAcks(desk.run);
  report(`room.coreProcess.${CLIENTS}.slowAcks`, slowAcks, 'acks', { clients: CLIENTS, run: i, ...why });
  report(`room.coreProcess.${CLIENTS}.lost`, desk.run.lost, 'answers', { clients: CLIENTS, run: i, checked: desk.run.checked, goal: 0, baseline: base.run.lost });
  report(`room.coreProcess.${CLIENTS}.errors`, desk.run.errors, 'requests', { clients: CLIENTS, run: i, baseline: base.run.errors });
  report(`room.coreProcess.${CLIENTS}.boardPushes`, desk.run.boardPushes, 'pushes', { clients: CLIENTS, run: i, over: 'relay subscription', baseline: base.run.boardPushes, baselineOver: 'SSE' });
  if (desk.run.lost > 0 || base.run.lost > 0) process.exitCode = 1;
  p99s.push(d.p99);
}
if (p99s.length > 1) report(`room.coreProcess.${CLIENTS}.ack.p99.worstOf${p99s.length}`, Math.max(...p99s), 'ms', { clients: CLIENTS, runs: p99s, goal: `<= ${GOAL_MS}` });
