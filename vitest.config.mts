import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

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
const shiftedRun = process.env.RUANG_UJI_SHIFTED === '1';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/renderer/**', 'test/bench/**', ...(shiftedRun ? PLUMBING : [])],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
