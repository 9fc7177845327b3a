// Kill -9 durability: the room server is SIGKILLed at random moments while answers stream in; after each
// restart every acknowledged save must be there. Lost must be 0.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { durabilityRun } from '../support/durability';
import { report } from './stats';

const ROUNDS = Number(process.env.BENCH_KILL_ROUNDS ?? 25);
const dir = fs.mkdtempSync(path.join(process.env.BENCH_DIR ?? os.tmpdir(), 'ru-bench-kill-'));

try {
  const run = durabilityRun(dir);
  const results = [];
  for (let i = 0; i < ROUNDS; i++) results.push(await run.round(100 + Math.floor(Math.random() * 900)));
  results.push(await run.finish());
  const checks = results.reduce((n, r) => n + r.checked, 0);
  const saves = results.reduce((n, r) => n + r.saves, 0);
  const lost = results.reduce((n, r) => n + r.lost, 0);
  report('cbt.kill9.rounds', ROUNDS, 'rounds', { savesAcknowledged: saves, questionsChecked: checks, lost });
  report('cbt.kill9.lost', lost, 'answers', { goal: 0, rounds: ROUNDS });
  if (lost > 0) process.exitCode = 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
