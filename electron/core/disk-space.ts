import fs from 'node:fs';
import type { DiskLow } from '../shared/types';

/**
 * Free space under which the proctor is warned. A 400-PC session writes some tens of MB (answers, their
 * audit entries, the WAL kept at 8 MB); an old lab computer whose system updates filled its disk fails
 * every save at once when SQLite cannot grow its file, in the middle of the test.
 */
export const DISK_LOW_BYTES = 500 * 1024 * 1024;

type StatFs = (path: string) => { bavail: number | bigint; bsize: number | bigint };

/** The data folder's disk when it has less than DISK_LOW_BYTES free for this user; null otherwise, or when it cannot be read. */
export function diskLow(dataDir: string, statfs: StatFs = fs.statfsSync): DiskLow | null {
  let free: number;
  try {
    const s = statfs(dataDir);
    free = Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
  return free < DISK_LOW_BYTES ? { freeBytes: free } : null;
}
