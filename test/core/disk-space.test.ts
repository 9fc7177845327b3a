import { describe, expect, it } from 'vitest';
import { DISK_LOW_BYTES, diskLow } from '../../electron/core/disk-space';
import { call, signInAs, tempCore } from '../support/core';

describe("the data folder's free disk space", () => {
  it('is reported only under the threshold, from the space this user may use', () => {
    const statfs = (bavail: number) => () => ({ bavail, bsize: 4096 });
    expect(diskLow('/data', statfs(DISK_LOW_BYTES / 4096))).toBeNull();
    expect(diskLow('/data', statfs(DISK_LOW_BYTES / 4096 - 1))).toEqual({ freeBytes: DISK_LOW_BYTES - 4096 });
    expect(diskLow('/data', () => ({ bavail: 10n, bsize: 4096n }))).toEqual({ freeBytes: 40_960 });
    // A disk that cannot be asked says nothing rather than a false alarm.
    expect(
      diskLow('/data', () => {
        throw new Error('ENOSYS');
      }),
    ).toBeNull();
  });

  it("is read for the homes from the data folder's own disk", async () => {
    const core = await tempCore();
    const proctor = await signInAs(core, 'proctor');
    // This machine's test disk has far more than the threshold free: the real statfs answers, and nothing is said.
    expect(diskLow(core.dataDir)).toBeNull();
    expect((await call(core, 'app/computer', {}, proctor)).diskLow).toBeNull();
  });
});
