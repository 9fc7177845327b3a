import { describe, expect, it } from 'vitest';
import { call, signInAs, tempCore } from '../../support/core';
import { movableClock } from '../../support/clock';
import { TEST_SCRYPT_LOG_N } from '../../support/bundles';
import { inTimeZone } from '../../support/time-zone';

describe('the key recovery sheet', () => {
  inTimeZone('Asia/Jayapura');

  it("dates the backup and its file with this computer's time (day first, with its offset on the sheet), as the app writes days and times", async () => {
    // 01:05 WIT on the 5th, while UTC is still on the 4th.
    const core = await tempCore({ bundleScryptLogN: TEST_SCRYPT_LOG_N, clock: movableClock(new Date('2026-12-04T16:05:00.000Z')) });
    const backup = await call(core, 'keys/backup', {}, await signInAs(core, 'admin'));
    expect(backup.recoverySheet.split('\n')).toContain('Dibuat / Created         : 05/12/2026 01.05 (UTC+09:00)');
    // The file the sheet names is stamped with the same local time, not the UTC day before.
    expect(backup.fileName).toMatch(/^kunci-[0-9a-f]{8}-20261205-010500\.age$/);
    expect(backup.recoverySheet).toContain(backup.fileName);
  });

  it('says what to do with it: restore the office on a new computer, or a forgotten admin password', async () => {
    const core = await tempCore({ bundleScryptLogN: TEST_SCRYPT_LOG_N });
    const { recoverySheet, fileName } = await call(core, 'keys/backup', {}, await signInAs(core, 'admin'));
    expect(recoverySheet).toContain('ruang-uji bundle import BACKUP.uji --kind backup --data DIR');
    expect(recoverySheet).toContain(`ruang-uji keys restore ${fileName} --passphrase-file FILE --as ADMIN --data DIR`);
    expect(recoverySheet).toContain(`ruang-uji keys recover-admin ADMIN --key-backup ${fileName} --passphrase-file FILE --data DIR`);
  });
});
