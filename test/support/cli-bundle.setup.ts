import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CLI_BUNDLE_ENV } from './cli-bundle-env';
import { ROOT } from './source-files';

/**
 * Vitest global setup: bundles the CLI once per run, so each of the suite's few hundred CLI spawns starts
 * plain JavaScript instead of loading tsx and transforming ~400 modules (about 0.5 s of CPU against 1.8 s
 * each). The bundle is the same source compiled by the same esbuild tsx uses; the shipped entry
 * (electron/cli/bin.mjs through tsx) keeps its own test in test/cli/commands.test.ts.
 *
 * It sits three folders below the repository, as electron/cli/commands/*.ts do, because `serve` and `start`
 * find out/renderer and the repository root by paths relative to their own module; and inside the
 * repository so its packages (better-sqlite3, zod, …) resolve from node_modules.
 */
export default async function setup() {
  const dir = path.join(ROOT, 'node_modules', '.cache', 'ruang-uji-test-cli');
  fs.mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'electron', 'cli', 'main.ts')],
    outfile: path.join(dir, 'main.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const bin = path.join(dir, 'bin.mjs');
  fs.writeFileSync(bin, "const { main } = await import('./main.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n");
  // Workers are started after global setup and inherit the environment.
  process.env[CLI_BUNDLE_ENV] = bin;
}
