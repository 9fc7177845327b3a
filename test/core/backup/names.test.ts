import { describe, expect, it } from 'vitest';
import { backupName, isBackupName, newestFirst } from '../../../electron/core/backup/names';
import { restoreZoneAfterEach } from '../../support/time-zone';

restoreZoneAfterEach();

// 01:30 on the 21st in WITA and 02:30 in WIT, while UTC is still on the 20th.
const EARLY = new Date('2026-11-20T17:30:00.045Z');

describe('backup names', () => {
  it("carry this computer's local time with its offset, to the millisecond", () => {
    process.env.TZ = 'Asia/Makassar';
    expect(backupName(EARLY)).toBe('ruang-uji-backup-20261121T013000045+0800.sqlite');
    process.env.TZ = 'Asia/Jayapura';
    expect(backupName(EARLY)).toBe('ruang-uji-backup-20261121T023000045+0900.sqlite');
    process.env.TZ = 'America/Sao_Paulo';
    expect(backupName(EARLY)).toBe('ruang-uji-backup-20261120T143000045-0300.sqlite');
    process.env.TZ = 'UTC';
    expect(backupName(EARLY)).toBe('ruang-uji-backup-20261120T173000045+0000.sqlite');
    expect(backupName(new Date(EARLY.getTime() + 1))).not.toBe(backupName(EARLY));
    expect(isBackupName(backupName(EARLY))).toBe(true);
  });

  it('sort newest first by the moment they name, whatever zone or older version wrote them', () => {
    process.env.TZ = 'Asia/Jakarta';
    const moments = ['2026-11-20T17:00:00.000Z', '2026-11-20T17:30:00.045Z', '2026-11-20T17:30:00.046Z', '2026-11-21T02:00:00.000Z'];
    const local = moments.map((m) => backupName(new Date(m)));
    // Written by an older version (UTC) between the first two, and on a machine set to WIT after them.
    const olderVersion = 'ruang-uji-backup-20261120T171500000Z.sqlite';
    const inWit = 'ruang-uji-backup-20261121T024500000+0900.sqlite';
    const other = 'ruang-uji-backup-salinan.sqlite';
    const sorted = [other, local[0], inWit, local[3], olderVersion, local[2], local[1]].sort(newestFirst);
    expect(sorted).toEqual([local[3], inWit, local[2], local[1], olderVersion, local[0], other]);
  });
});
