import path from 'node:path';
import { HOST_BUNDLE_ENV } from './host-bundle-env';
import { bundleForNode } from './node-bundle';
import { ROOT } from './source-files';

/**
 * Vitest global setup: bundles the core process's entry (electron/host/entry.ts) once per run for the tests
 * that fork it (test/support/core-process.ts, test/main/fake-electron.ts; all in node-isolated). Each fork through tsx spent
 * about 1.8 s of CPU transforming the core before it answered; a test of main's lifecycle forks one or more.
 * The core finds nothing relative to its own module (the room's static folder comes in the start message).
 */
export default async function setup() {
  const file = path.join(ROOT, 'node_modules', '.cache', 'ruang-uji-test-host', 'host.mjs');
  await bundleForNode(path.join(ROOT, 'electron', 'host', 'entry.ts'), file);
  // Workers are started after global setup and inherit the environment.
  process.env[HOST_BUNDLE_ENV] = file;
}
