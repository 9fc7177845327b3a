import { describe, expect, it } from 'vitest';
import { localDate } from '../../electron/core/clock';
import { SCHEDULING_SETTINGS_DEFAULT } from '../../electron/shared/scheduling';
import { asEnv, auditActor, runCli, setInstallationLanguage } from '../support/cli';
import { call, signInAs, staff, tempCore } from '../support/core';
import { demoSchemeId } from '../core/scheduling/support';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);

/** A demo data folder with one more session planned a month from the real today (the CLI runs on the real clock), the core closed again. */
async function plannedAhead() {
  const core = await tempCore();
  const admin = await signInAs(core, 'admin');
  // Each rule has its own tests; here only the cancellation matters.
  const off = Object.fromEntries(Object.entries(SCHEDULING_SETTINGS_DEFAULT).map(([k, v]) => [k, typeof v === 'boolean' ? false : 50]));
  await call(core, 'sessions/setSettings', { settings: { ...SCHEDULING_SETTINGS_DEFAULT, ...off } }, admin);
  const one = (sql: string) => core.db.prepare(sql).pluck().get() as string;
  const assessorId = one('SELECT id FROM assessor ORDER BY id LIMIT 1');
  const session = await call(
    core,
    'sessions/create',
    {
      session: {
        schemeId: demoSchemeId(core),
        tukId: one('SELECT id FROM tuk ORDER BY id LIMIT 1'),
        date: localDate(new Date(Date.now() + 30 * 86_400_000)),
        startTime: '08:00',
        durationMinutes: 120,
        mode: 'single_station',
        assessorIds: [assessorId],
        candidates: [{ candidateId: one('SELECT id FROM candidate ORDER BY id LIMIT 1'), assessorId }],
      },
    },
    admin,
  );
  core.close();
  return { dataDir: core.dataDir, code: session.code };
}

describe('ruang-uji sessions cancel', () => {
  it('cancels a planned session with its reason, audited under the admin, and says no TUK holds it', async () => {
    const { dataDir, code } = await plannedAhead();
    const done = runCli(['sessions', 'cancel', '--session', code, '--reason', ' TUK direnovasi ', '--data', dataDir, ...asAdmin], adminEnv);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(new RegExp(`^Jadwal ${code} dibatalkan pada .+ oleh .+\\. Alasan: TUK direnovasi\\n`));
    expect(done.stdout).toContain('Paket sesinya belum pernah diekspor, jadi tidak ada TUK yang memegang jadwal ini.\n');
    expect(auditActor(dataDir, 'session.cancel')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });

    // Asked again: refused, naming who and when, in the installation's language.
    setInstallationLanguage(dataDir, 'en');
    const again = runCli(['sessions', 'cancel', '--session', code, '--reason', 'again', '--data', dataDir, ...asAdmin], adminEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`^ruang-uji sessions: SESSION_ALREADY_CANCELLED: Session ${code} was already cancelled by .+\\. Nothing more to do\\.\\n$`));
  });

  it('names a code no session has, and asks for the options it needs', async () => {
    const { dataDir } = await plannedAhead();
    const unknown = runCli(['sessions', 'cancel', '--session', 'JDW-19990101-001', '--reason', 'tidak ada', '--data', dataDir, ...asAdmin], adminEnv);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('ruang-uji sessions: tidak ada jadwal dengan kode JDW-19990101-001; periksa kodenya di Jadwal uji\n');
    const noReason = runCli(['sessions', 'cancel', '--session', 'JDW-19990101-001', '--data', dataDir, ...asAdmin], adminEnv);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/^ruang-uji sessions: --reason TEXT is required\n/);
    const short = runCli(['sessions', 'cancel', '--session', 'JDW-19990101-001', '--reason', ' x ', '--data', dataDir, ...asAdmin], adminEnv);
    expect(short.code).toBe(2);
    expect(short.stderr).toBe('ruang-uji sessions: --reason: tulis alasan pembatalan, paling sedikit 3 karakter\n');
  });
});
