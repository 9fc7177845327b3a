// `npm run fuzz [-- COUNT [SEED]]`: at least 10,000 damaged bundles against a real TUK database.
import { fixture, runCases } from './bundle-mutations';

const count = Math.max(10_000, Number(process.argv[2] ?? 10_000));
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const f = await fixture();
const started = performance.now();
try {
  const { outcomes, dbChanged } = await runCases(f, seed, count);
  const byCode = new Map<string, number>();
  for (const o of outcomes) byCode.set(`${o.kind} → ${o.code}`, (byCode.get(`${o.kind} → ${o.code}`) ?? 0) + 1);
  const wrong = outcomes.filter((o) => !o.ok);
  process.stdout.write(`${count} cases, seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  for (const [k, n] of [...byCode].sort()) process.stdout.write(`  ${k}: ${n}\n`);
  process.stdout.write(`database unchanged: ${!dbChanged}; unexpected outcomes: ${wrong.length}\n`);
  for (const w of wrong.slice(0, 20)) process.stdout.write(`  ${JSON.stringify(w)}\n`);
  process.exitCode = wrong.length || dbChanged ? 1 : 0;
} finally {
  f.close();
}
