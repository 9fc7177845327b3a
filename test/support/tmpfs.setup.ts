import fs from 'node:fs';
import path from 'node:path';

const SHM = '/dev/shm';

/**
 * Vitest global setup, the root config's, run once for all projects: the run's temp folders (every test's data
 * folder, the servers' and Chromium's) go to a folder of its own in RAM when the machine has /dev/shm. Every
 * committed transaction of the core fsyncs its WAL, and a demo core alone commits ~40 times, so on disk the
 * fsyncs were a fifth of the core tests' time (test/core and test/server on the 2-core machine: 269 s on disk,
 * 212–224 s in RAM). What the durability tests check, that a commit outlives a process killed with SIGKILL,
 * holds in RAM as on disk: the page cache keeps it either way. RUANG_UJI_TEST_TMP=disk keeps the system's
 * temp folder. The backup tests keep theirs on the disk anyway (test/support/on-disk.ts): the core refuses a
 * backup folder under /dev.
 */
export default function setup(): (() => void) | undefined {
  if (process.env.RUANG_UJI_TEST_TMP === 'disk' || !usable(SHM)) return undefined;
  const dir = fs.mkdtempSync(path.join(SHM, 'ruang-uji-tests-'));
  // What TMPDIR was (empty: unset), for the files that need a disk (test/support/on-disk.ts).
  process.env.RUANG_UJI_DISK_TMP = process.env.TMPDIR ?? '';
  // Workers and the processes tests spawn are started after global setup and inherit the environment.
  process.env.TMPDIR = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

function usable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
