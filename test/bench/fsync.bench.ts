// This disk's raw fsync latency: the floor under every durable write (answer commits compare against it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fsyncSamples } from './fsync-probe';
import { report, summary } from './stats';

const RUNS = Number(process.env.BENCH_FSYNC_RUNS ?? 500);
const dir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-fsync-'));

try {
  const s = summary(fsyncSamples(dir, RUNS));
  report('disk.fsync.p50', s.p50, 'ms', { runs: s.runs, dir: path.dirname(dir), write: '4 KiB then fsync' });
  report('disk.fsync.p99', s.p99, 'ms', { runs: s.runs, max: s.max, dir: path.dirname(dir) });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
