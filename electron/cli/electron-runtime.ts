import fs from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronRuntime = { available: true; binary: string } | { available: false; reason: string };

/**
 * The `electron` package resolves to its binary's path, but only after its install step downloaded the
 * runtime; on a machine without it, or without a display, the app runs in browser mode instead.
 */
export function findElectronRuntime(env: NodeJS.ProcessEnv = process.env, platform = process.platform): ElectronRuntime {
  let binary: unknown;
  try {
    binary = createRequire(import.meta.url)('electron');
  } catch {
    return { available: false, reason: 'the Electron runtime is not installed (its download was skipped or failed)' };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary)) {
    return { available: false, reason: 'the Electron runtime is not installed (its download was skipped or failed)' };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { available: false, reason: 'there is no graphical display (DISPLAY / WAYLAND_DISPLAY unset)' };
  }
  return { available: true, binary };
}
