// Part of `npm run bench -- room`: a sign-in storm. 400 candidates sign in at once, at the password cost
// candidates' hashes really have, while 400 seated candidates keep saving. The baseline, in the same
// run, is the same storm at the staff cost (N=2^15), which candidates had before: 400 sign-ins then
// took 21 s on this 2-core machine. Goals: 400 sign-ins within 5 s at p99, seated saves p99 <= 50 ms.
// The candidates' storm runs BENCH_STORM_REPEAT times (3), each on a fresh room: each run's figures are
// reported, then the worst of them; the staff-cost baseline runs once.
import os from 'node:os';
import { CANDIDATE_PASSWORD_COST, PASSWORD_COST } from '../../electron/core/auth/password';
import { report, summary } from './stats';
import { runSignInStorm } from './support/sign-in-storm';

const SEATED = Number(process.env.BENCH_STORM_SEATED ?? 400);
const STORM = Number(process.env.BENCH_STORM_SIGN_INS ?? 400);
const REPEAT = Number(process.env.BENCH_STORM_REPEAT ?? 3);
const load = () => os.loadavg()[0];

async function storm(name: 'candidateCost' | 'staffCost', cost: number) {
  const before = load();
  const run = await runSignInStorm({ seated: SEATED, storm: STORM, cost });
  return { name, cost, run, loadavg1: [before, load()], signIn: summary(run.signIns), saves: summary(run.seatedSaves) };
}

/** One storm's lines; `goals` only for the candidates' storms, which the goals are about. */
function reportStorm(r: Awaited<ReturnType<typeof storm>>, run: number, goals: boolean) {
  const tag = { run, cost: r.cost, seated: SEATED, signIns: STORM, failed: r.run.failed, failures: r.run.failures, loadavg1: r.loadavg1 };
  report(`room.storm.${r.name}.signIn.p50`, r.signIn.p50, 'ms', tag);
  report(`room.storm.${r.name}.signIn.p99`, r.signIn.p99, 'ms', { ...tag, last: r.signIn.max, goal: goals ? '<= 5000' : undefined });
  report(`room.storm.${r.name}.seatedSave.p99`, r.saves.p99, 'ms', { ...tag, saves: r.saves.runs, p50: r.saves.p50, max: r.saves.max, errors: r.run.seatedErrors, ...r.run.slowSaves, goal: goals ? '<= 50' : undefined });
}

const candidates = [];
for (let i = 0; i < REPEAT; i++) candidates.push(await storm('candidateCost', CANDIDATE_PASSWORD_COST));
const staff = await storm('staffCost', PASSWORD_COST);
candidates.forEach((r, i) => reportStorm(r, i + 1, true));
reportStorm(staff, 1, false);
const worstSignIn = Math.max(...candidates.map((r) => r.signIn.p99));
report(`room.storm.candidateCost.signIn.p99.worstOf${REPEAT}`, worstSignIn, 'ms', { runs: candidates.map((r) => r.signIn.p99), goal: '<= 5000' });
report(`room.storm.candidateCost.seatedSave.p99.worstOf${REPEAT}`, Math.max(...candidates.map((r) => r.saves.p99)), 'ms', { runs: candidates.map((r) => r.saves.p99), goal: '<= 50' });
report('room.storm.signIn.p99.vsStaffCost', worstSignIn, 'ms', { baseline: staff.signIn.p99, ratio: worstSignIn / staff.signIn.p99 });
if ([...candidates, staff].some((r) => r.run.failed > 0)) process.exitCode = 1;
