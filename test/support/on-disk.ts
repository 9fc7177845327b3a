import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, onTestFinished } from 'vitest';

/**
 * The system's own temp folder, on disk, where test/support/tmpfs.setup.ts moved the run's temp folders to
 * /dev/shm. The core refuses a backup folder under /dev (a backup kept in RAM is gone at power-off), so the
 * backup tests keep their folders here.
 */
export function diskTempFolder(): string {
  const disk = process.env.RUANG_UJI_DISK_TMP;
  if (disk === undefined) return os.tmpdir();
  // Empty: TMPDIR was unset, and Node's default on Linux, the only system with /dev/shm, is /tmp.
  return disk === '' ? '/tmp' : disk;
}

/** A folder on disk for this test, removed after it, as test/support/core.ts's tempDir makes one in the run's. */
export function diskDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(diskTempFolder(), prefix));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** This file's temp folders on disk. A worker runs its files one after another, so the swap lasts this file. */
export function foldersOnDisk(): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.TMPDIR;
    process.env.TMPDIR = diskTempFolder();
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  });
}
