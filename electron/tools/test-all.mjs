// `npm test`: every check in one command, stopping at the first that fails.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/**
 * The shifted run: the same suites again with the clock moved past a year end (Dec 31, 23:30 UTC, at least a
 * year ahead) and the zone at WIT (UTC+9), where it is already 08:30 on Jan 1 while the UTC date is still the
 * old year. A test or product code that reads today's date, the zone or the hour fails here. libfaketime's
 * relative offset ("+N" seconds) keeps the clock running and is the same in every worker process.
 */
function shiftedClock() {
  const now = new Date();
  const target = Date.UTC(now.getUTCFullYear() + 1, 11, 31, 23, 30);
  const offset = Math.round((target - now.getTime()) / 1000);
  return { label: `${new Date(target).toISOString()}, TZ=Asia/Jayapura`, offset };
}
const shifted = shiftedClock();

/**
 * The checks before the tests run side by side, each one busy process, so the second core is not left idle:
 * on a fresh clone of the 2-core CI machine typecheck 137–143 s, lint 64–67 s and build 11–12 s together.
 */
const checks = [
  ['typecheck', bin('tsc'), ['-b', '--pretty']],
  ['lint (typescript-eslint, react-hooks; no Node built-ins in renderer or shared)', bin('eslint'), ['.']],
  ['build (main, preload, renderer)', bin('electron-vite'), ['build']],
];
/**
 * A checkout installed with --ignore-scripts, as .ci/run installs, has no better-sqlite3 binary yet. Its build
 * (SQLite compiled from source, ~2 min on one core where no prebuilt binary can be downloaded) runs here beside
 * the checks, which do not load it, instead of alone before them; the tests after them do. On the CI machine
 * the install and the checks took 257–317 s one after the other, 220 s so.
 */
const sqliteBinary = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
if (!fs.existsSync(sqliteBinary)) {
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  checks.push(['native build (better-sqlite3, its install script)', npm[0], [...npm[1], 'rebuild', 'better-sqlite3']]);
}

const steps = [
  ['unit and integration tests (node, jsdom)', bin('vitest'), ['run', '--project', 'node', '--project', 'node-isolated', '--project', 'jsdom', '--project', 'jsdom-isolated']],
  [
    `unit and integration tests again under a shifted clock and zone (${shifted.label}), process plumbing left out`,
    'faketime',
    ['-f', `+${shifted.offset}`, bin('vitest'), 'run', '--project', 'node', '--project', 'node-isolated', '--project', 'jsdom', '--project', 'jsdom-isolated'],
    // RUANG_UJI_SHIFTED: vitest.config.mts leaves the process-plumbing tests out of this run (see PLUMBING there).
    { TZ: 'Asia/Jayapura', RUANG_UJI_SHIFTED: '1' },
  ],
  // Separate run: the CLI tests rebuild out/, which the browser tests serve.
  ['end-to-end tests (Chromium through the room server)', bin('vitest'), ['run', '--project', 'e2e']],
];

if (spawnSync('faketime', ['-f', '+0', 'true']).status !== 0) {
  process.stderr.write('faketime is needed for the shifted-clock run: apt-get install -y faketime\n');
  process.exit(1);
}
if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  process.stderr.write('Chromium is needed for the end-to-end tests: apt-get install -y chromium (or set CHROMIUM_PATH)\n');
  process.exit(1);
}

/** Runs a check with its output held back, so the three side by side print one after another. */
function check([label, cmd, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (status) => resolve({ label, status, output: Buffer.concat(output), seconds: (Date.now() - started) / 1000 }));
  });
}

const checked = await Promise.all(checks.map(check));
for (const { label, status, output, seconds } of checked) {
  process.stdout.write(`\n== ${label}\n`);
  process.stdout.write(output);
  process.stdout.write(status === 0 ? `✓ ${label} (${seconds.toFixed(1)} s, beside the other checks)\n` : `\n✗ ${label} failed\n`);
}
if (checked.some((c) => c.status !== 0)) process.exit(1);

for (const [label, cmd, args, env = {}] of steps) {
  process.stdout.write(`\n== ${label}\n`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
