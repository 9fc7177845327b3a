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
import { spawnCli } from '../../support/cli';
import { seedBigRoom } from './big-room';
import { api, must } from './room-load';

const BURST_WORKER = new URL('./sign-in-burst.mjs', import.meta.url);
type BurstReply = { start: number; end: number; results: { ms: number; code: string | null }[] };

export type StormRun = { signIns: number[]; failed: number; failures: Record<string, number>; seatedSaves: number[]; seatedErrors: number; stormMs: number };

export async function runSignInStorm(o: { seated: number; storm: number; cost: number }): Promise<StormRun> {
  const dataDir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-storm-'));
  const seated = await seedBigRoom(dataDir, o.seated);
  const arriving = await seedBigRoom(dataDir, o.storm, { cost: o.cost, prefix: 'STORM' });
  const { child, match } = await spawnCli(['serve', '--data', dataDir, '--port', '0'], /room server: (http:\/\/127\.0\.0\.1:\d+\/)/);
  const url = match[1];
  try {
    const staff = await must<{ token: string }>(url, 'auth/signIn', { username: 'proktor', password: 'proktor123!' });
    const sessionId = (await must<{ sessions: { session: { id: string } }[] }>(url, 'proctor/today', {}, staff.token)).sessions[0].session.id;
    const examToken = (await must<{ token: string }>(url, 'exam/startSession', { sessionId }, staff.token)).token;
    const pcs = await Promise.all(
      seated.map(async (c, i) => {
        const { token } = await must<{ token: string }>(url, 'auth/candidateSignIn', { ...c, token: examToken, deviceId: `bench-seated-pc-${i}` });
        return { token, state: await must<CbtState>(url, 'cbt/agree', { accept: true }, token), seq: 0, essay: '' };
      }),
    );

    const saves: { at: number; ms: number; ok: boolean }[] = [];
    const save = async (pc: (typeof pcs)[number], itemIndex: number, choice: number | null, text: string | null) => {
      const started = performance.now();
      try {
        const reply = await api(url, 'cbt/save', { itemId: pc.state.items[itemIndex].itemId, seq: ++pc.seq, choice, text, doubtful: false }, pc.token);
        saves.push({ at: started, ms: performance.now() - started, ok: reply.ok });
      } catch {
        saves.push({ at: started, ms: performance.now() - started, ok: false });
      }
    };
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

    const burst = await new Promise<BurstReply>((resolve, reject) => {
      const worker = new Worker(BURST_WORKER, { workerData: { url, token: examToken, candidates: arriving } });
      worker.once('message', (reply: BurstReply) => {
        void worker.terminate();
        resolve(reply);
      });
      worker.once('error', reject);
    });
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
    return { signIns, failed, failures, seatedSaves: during.map((s) => s.ms), seatedErrors: during.filter((s) => !s.ok).length, stormMs: end - start };
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
