// `npm run bench [-- NAME...]`: runs test/bench/*.bench.ts (or those whose name contains NAME; a *-soak bench
// only by its full name), each in its own process, and passes through their output: one JSON line per metric.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = path.join(root, 'test', 'bench');
const filters = process.argv.slice(2);
// A soak runs for minutes: only when named in full (`npm run bench -- room-soak`), never by `room` or by default.
const isSoak = (f) => f.endsWith('-soak.bench.ts');
const files = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => (filters.length === 0 ? !isSoak(f) : filters.some((name) => f === `${name}.bench.ts` || (!isSoak(f) && f.includes(name)))))
  .sort();

if (files.length === 0) {
  process.stderr.write(`no benchmark matches ${filters.join(', ')}\n`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, file)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    process.stderr.write(`benchmark ${file} failed with exit code ${result.status}\n`);
  }
}
process.exit(failed ? 1 : 0);
