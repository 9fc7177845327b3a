// Part of `npm run bench -- room`: a sign-in storm. 400 candidates sign in at once, at the password cost
// candidates' hashes really have, while 400 seated candidates keep saving. The baseline, in the same
// run, is the same storm at the staff cost (N=2^15), which candidates had before: 400 sign-ins then
// took 21 s on this 2-core machine. Goals: 400 sign-ins within 5 s at p99, seated saves p99 <= 50 ms.
import os from 'node:os';
import { CANDIDATE_PASSWORD_COST, PASSWORD_COST } from '../../electron/core/auth/password';
import { report, summary } from './stats';
import { runSignInStorm } from './support/sign-in-storm';

const SEATED = Number(process.env.BENCH_STORM_SEATED ?? 400);
const STORM = Number(process.env.BENCH_STORM_SIGN_INS ?? 400);
const load = () => os.loadavg()[0];

const runs = [] as { name: string; cost: number; run: Awaited<ReturnType<typeof runSignInStorm>>; loadavg1: number[] }[];
for (const [name, cost] of [['candidateCost', CANDIDATE_PASSWORD_COST], ['staffCost', PASSWORD_COST]] as const) {
  const before = load();
  runs.push({ name, cost, run: await runSignInStorm({ seated: SEATED, storm: STORM, cost }), loadavg1: [before, load()] });
}
const [candidate, staff] = runs.map(({ name, cost, run, loadavg1 }) => {
  const signIn = summary(run.signIns);
  const saves = summary(run.seatedSaves);
  return { name, cost, run, loadavg1, signIn, saves };
});
for (const r of [candidate, staff]) {
  const tag = { cost: r.cost, seated: SEATED, signIns: STORM, failed: r.run.failed, failures: r.run.failures, loadavg1: r.loadavg1 };
  report(`room.storm.${r.name}.signIn.p50`, r.signIn.p50, 'ms', tag);
  report(`room.storm.${r.name}.signIn.p99`, r.signIn.p99, 'ms', { ...tag, last: r.signIn.max, goal: r === candidate ? '<= 5000' : undefined });
  report(`room.storm.${r.name}.seatedSave.p99`, r.saves.p99, 'ms', { ...tag, saves: r.saves.runs, p50: r.saves.p50, max: r.saves.max, errors: r.run.seatedErrors, ...r.run.slowSaves, goal: r === candidate ? '<= 50' : undefined });
}
report('room.storm.signIn.p99.vsStaffCost', candidate.signIn.p99, 'ms', { baseline: staff.signIn.p99, ratio: candidate.signIn.p99 / staff.signIn.p99 });
if (candidate.run.failed > 0 || staff.run.failed > 0) process.exitCode = 1;
