import { describe, expect, it } from 'vitest';
import { call, signInAs, tempCore } from '../../support/core';
import { movableClock } from '../../support/clock';
import { TEST_SCRYPT_LOG_N, tukStation } from '../../support/bundles';
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

  it("on an office, restores from its data backup bundle: the lines say so, in Indonesian and English", async () => {
    const core = await tempCore({ bundleScryptLogN: TEST_SCRYPT_LOG_N });
    const { recoverySheet } = await call(core, 'keys/backup', {}, await signInAs(core, 'admin'));
    expect(recoverySheet).toContain('Komputer baru, ke folder data kosong, tanpa penyiapan / New computer, into an empty data folder, not set up:');
    expect(recoverySheet).toContain('(cadangan data / the data backup)');
    expect(recoverySheet).not.toContain('--kind tuk');
  });

  it('on a TUK station, which makes no data backup, says to set the station up again, restore its keys and ask the LSP for its sessions', async () => {
    const stations = [await tukStation(), await tempCore({ demoIfEmpty: false, bundleScryptLogN: TEST_SCRYPT_LOG_N })];
    const setUp = await call(stations[1], 'setup/create', { kind: 'tuk', tuk: { name: 'TUK SMK 1', type: 'sewaktu' }, admin: { displayName: 'Siti Rahma', username: 'siti', password: 'Kuat-sandi-2026' }, language: 'id' });
    // The demo station's proctor, and a station set up as one (its admin).
    const sheets = [await call(stations[0], 'keys/backup', {}, await signInAs(stations[0], 'proctor')), await call(stations[1], 'keys/backup', {}, setUp.token)];
    for (const { recoverySheet, fileName } of sheets) {
      expect(recoverySheet).not.toContain('bundle import');
      expect(recoverySheet).not.toContain('cadangan data / the data backup');
      expect(recoverySheet).toContain('Komputer baru: siapkan stasiun TUK lagi, lalu pulihkan kuncinya / New computer: set the TUK station up again, then restore its keys:');
      expect(recoverySheet).toContain('    1. ruang-uji setup --kind tuk --tuk-name NAME --tuk-type TYPE --admin-name NAME --admin-username ADMIN --data DIR');
      expect(recoverySheet).toContain(`    2. ruang-uji keys restore ${fileName} --passphrase-file FILE --as ADMIN --data DIR`);
      expect(recoverySheet).toContain('    3. Minta LSP mengekspor ulang paket sesi, lalu impor / Ask the LSP to export the session bundles again, then import them');
      // A forgotten password is recovered on a station as on an office.
      expect(recoverySheet).toContain(`ruang-uji keys recover-admin ADMIN --key-backup ${fileName} --passphrase-file FILE --data DIR`);
    }
  });
});
