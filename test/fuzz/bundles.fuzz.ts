// `npm run fuzz [-- COUNT [SEED]]`: at least 10,000 damaged bundles against a real TUK database, then
// COUNT/10 (at least 1,000) manifest-level forgeries (keys, ids, owners) against a TUK pinned to its LSP.
import { fixture, runCases, type Outcome } from './bundle-mutations';
import { forgeryFixture, runForgeries } from './manifest-forgeries';

const count = Math.max(10_000, Number(process.argv[2] ?? 10_000));
const forgeries = Math.max(1_000, Math.floor(count / 10));
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);

function report(title: string, outcomes: Outcome[], seconds: number, problems: string[]): boolean {
  const byCode = new Map<string, number>();
  for (const o of outcomes) byCode.set(`${o.kind} → ${o.code}`, (byCode.get(`${o.kind} → ${o.code}`) ?? 0) + 1);
  const wrong = outcomes.filter((o) => !o.ok);
  process.stdout.write(`${title}: ${outcomes.length} cases, seed ${seed}, ${seconds.toFixed(1)} s\n`);
  for (const [k, n] of [...byCode].sort()) process.stdout.write(`  ${k}: ${n}\n`);
  process.stdout.write(`  unexpected outcomes: ${wrong.length}${problems.length ? '; ' + problems.join('; ') : ''}\n`);
  for (const w of wrong.slice(0, 20)) process.stdout.write(`  ${JSON.stringify(w)}\n`);
  return wrong.length === 0 && problems.length === 0;
}

let ok = true;
const f = await fixture();
try {
  const started = performance.now();
  const { outcomes, dbChanged } = await runCases(f, seed, count);
  ok = report('byte-level damage', outcomes, (performance.now() - started) / 1000, dbChanged ? ['database changed'] : []) && ok;
} finally {
  f.close();
}
const g = await forgeryFixture();
try {
  const started = performance.now();
  const { outcomes, dbChanged, stagingLeft } = await runForgeries(g, seed, forgeries);
  const problems = [...(dbChanged ? ['database changed'] : []), ...(stagingLeft ? [`${stagingLeft} staging folders left`] : [])];
  ok = report('manifest-level forgeries', outcomes, (performance.now() - started) / 1000, problems) && ok;
} finally {
  g.close();
}
process.exitCode = ok ? 0 : 1;
