import { createCore } from '../../electron/core';
import { TEST_PASSWORD_COST } from './core';

/**
 * The embedded demo (or a demo TUK station) in `dataDir`, made in process as `ruang-uji demo` makes it, but
 * with the tests' scrypt cost: a spawned `demo` took ~0.9 s, and every later `--as` spawn then spent ~0.25 s
 * on two full-cost scrypts (the sign-in and the key unlock), which take their cost from the stored hash.
 * The command itself keeps its own tests (commands.test.ts, bundle.test.ts).
 */
export async function makeDemo(dataDir: string, options: { tukStation?: boolean } = {}): Promise<void> {
  const tukStation = options.tukStation === true;
  const core = await createCore({ dataDir, demoIfEmpty: !tukStation, tukStationIfEmpty: tukStation, passwordCost: TEST_PASSWORD_COST, log: () => {} });
  core.close();
}
