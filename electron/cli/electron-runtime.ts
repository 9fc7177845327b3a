import fs from 'node:fs';
import { createRequire } from 'node:module';

/** Why there is no desktop window, as a key of the command line's texts (cli.start.reason.*). */
export type NoRuntimeReason = 'notInstalled' | 'noDisplay' | 'nativeFailed';

export type ElectronRuntime = { available: true; binary: string } | { available: false; reason: NoRuntimeReason };

/**
 * The `electron` package resolves to its binary's path, but only after its install step downloaded the
 * runtime; on a machine without it, or without a display, the app runs in browser mode instead.
 */
export function findElectronRuntime(env: NodeJS.ProcessEnv = process.env, platform = process.platform): ElectronRuntime {
  let binary: unknown;
  try {
    binary = createRequire(import.meta.url)('electron');
  } catch {
    return { available: false, reason: 'notInstalled' };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) {
    return { available: false, reason: 'notInstalled' };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { available: false, reason: 'noDisplay' };
  }
  return { available: true, binary };
}
