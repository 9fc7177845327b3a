import fs from 'node:fs';
import path from 'node:path';
import { CLI_BUNDLE_ENV } from './cli-bundle-env';
import { bundleForNode } from './node-bundle';
import { ROOT } from './source-files';

/**
 * Vitest global setup: bundles the CLI once per run, so each of the suite's few hundred CLI spawns starts
 * plain JavaScript instead of loading tsx and transforming ~400 modules (about 0.5 s of CPU against 1.8 s
 * each; node-bundle.ts). The shipped entry (electron/cli/bin.mjs through tsx) keeps its own test in
 * test/cli/commands.test.ts.
 *
 * It sits three folders below the repository, as electron/cli/commands/*.ts do, because `serve` and `start`
 * find out/renderer and the repository root by paths relative to their own module; and inside the
 * repository so the one package it still imports, the native better-sqlite3, resolves from node_modules.
 */
export default async function setup() {
  const dir = path.join(ROOT, 'node_modules', '.cache', 'ruang-uji-test-cli');
  fs.mkdirSync(dir, { recursive: true });
  await bundleForNode(path.join(ROOT, 'electron', 'cli', 'main.ts'), path.join(dir, 'main.mjs'));
  const bin = path.join(dir, 'bin.mjs');
  fs.writeFileSync(bin, "const { main } = await import('./main.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n");
  // Workers are started after global setup and inherit the environment.
  process.env[CLI_BUNDLE_ENV] = bin;
}
