import os from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig, type TestUserConfig } from 'vitest/config';

/**
 * Left out of `npm test`'s second, shifted-clock run (RUANG_UJI_SHIFTED, set by electron/tools/test-all.mjs):
 * tests whose subject is process plumbing — the CLI spawned as a child, the core forked as a process,
 * Electron's lifecycle, the age binary, the bundle fuzzer. They are most of the unit step's time, and the
 * date, zone and hour logic they reach (backup names, session days, token slots, signatures) is the core's,
 * which the in-process core, server and renderer tests exercise under the shifted clock.
 */
const PLUMBING = [
  'test/cli/**',
  'test/main/lifecycle.test.ts',
  'test/main/core-link.test.ts',
  'test/server/durability.test.ts',
  'test/core/bundles/age-cli.test.ts',
  'test/core/bundles/fuzz.test.ts',
];
/**
 * Node tests that change what other files in the same worker would see: module mocks (the Electron shell's
 * tests mock `electron`), fake timers, the process's time zone. They keep a fresh module graph per file.
 */
const ISOLATED = [
  'test/main/**/*.test.ts',
  'test/preload/**/*.test.ts',
  'test/core/auth/stream-lifetime.test.ts',
  'test/core/backup/names.test.ts',
  'test/core/backup/rolling.test.ts',
  'test/core/clock.test.ts',
  'test/core/keys/recovery-sheet.test.ts',
  'test/core/spreadsheets/dates.test.ts',
];
/**
 * Renderer tests that mock modules (vi.mock): in the jsdom project's shared module graph a module another file
 * imported first stays unmocked, so they keep a fresh graph per file.
 */
const JSDOM_ISOLATED = [
  'test/renderer/screens/assessor/workspace/Ia06Tab.test.tsx',
  'test/renderer/screens/print/SessionPrintLinks.test.tsx',
  'test/renderer/screens/print/printed-images.test.tsx',
];
/** Bundles the CLI once per run for the tests that spawn it (see the file). */
const CLI_BUNDLE = './test/support/cli-bundle.setup.ts';
/** Bundles the core process once per run for the tests that fork it (see the file). */
const HOST_BUNDLE = './test/support/host-bundle.setup.ts';
/** Every project's temp folders in RAM where the machine has /dev/shm (see the file); once, at the root. */
const TMPFS = './test/support/tmpfs.setup.ts';
const shiftedRun = process.env.RUANG_UJI_SHIFTED === '1';
/** What both renderer projects share; they differ only in their files and isolation. */
const RENDERER = {
  environment: 'jsdom',
  setupFiles: ['test/renderer/setup.ts'],
  // A test's waits may each take up to 5 s (setup.ts), so the test as a whole gets more than vitest's
  // default 5 s: one with three waits on a loaded machine timed out while each wait was still met.
  testTimeout: 20_000,
} satisfies TestUserConfig;

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    globalSetup: [TMPFS],
    // vitest's default is one worker fewer than the CPUs: one on the 2-core CI machine, where the unit step
    // then ran its files one after another (630 s) while most of them wait on fsync, scrypt or a child process.
    maxWorkers: Math.max(2, os.availableParallelism()),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/renderer/**', 'test/bench/**', ...ISOLATED, ...(shiftedRun ? PLUMBING : [])],
          // One module graph per worker, not one per file: importing the core again for each of ~150 files
          // was most of this project's time. The files that mock modules or swap timers and the zone run
          // apart, isolated (node-isolated below).
          isolate: false,
          globalSetup: [CLI_BUNDLE],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'node-isolated',
          environment: 'node',
          include: ISOLATED,
          exclude: shiftedRun ? PLUMBING : [],
          globalSetup: [HOST_BUNDLE],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          ...RENDERER,
          name: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          exclude: JSDOM_ISOLATED,
          // One module graph and one jsdom per worker, not per file: setting up jsdom and importing React, the
          // screens and both catalogues again for each of ~150 files was two thirds of this project's time
          // (326 s a run on the 2-core machine, 82 s so). setup.ts clears what a file leaves behind.
          isolate: false,
        },
      },
      {
        plugins: [react()],
        test: { ...RENDERER, name: 'jsdom-isolated', include: JSDOM_ISOLATED },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // Two files at a time: each starts its own room on a free port in its own temp folder, and much of
          // a file's time is spent waiting (a 60 s LAN cut, timers, PDF rendering). 711 s serially, 428 s so.
          // Four at a time: 618 s against 667 s for two in the same hour, each file taking 67% longer; left at two.
          fileParallelism: true,
          maxWorkers: 2,
          globalSetup: [CLI_BUNDLE],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // What a poll waits for crosses the room server and often a scrypt check (a key unlock, a
          // sign-in): 1 s, vitest's default, was short on a loaded 2-core machine. A poll that passes ends at once.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
