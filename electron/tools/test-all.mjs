// `npm test`: every check in one command, stopping at the first that fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const steps = [
  ['typecheck', bin('tsc'), ['-b', '--pretty']],
  ['build (main, preload, renderer)', bin('electron-vite'), ['build']],
  ['unit and integration tests (node, jsdom)', bin('vitest'), ['run', '--project', 'node', '--project', 'jsdom']],
  // Separate run: the CLI tests rebuild out/, which the browser tests serve.
  ['end-to-end tests (Chromium through the room server)', bin('vitest'), ['run', '--project', 'e2e']],
];

if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  process.stderr.write('Chromium is needed for the end-to-end tests: apt-get install -y chromium (or set CHROMIUM_PATH)\n');
  process.exit(1);
}

for (const [label, cmd, args] of steps) {
  process.stdout.write(`\n== ${label}\n`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
