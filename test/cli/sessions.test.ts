import { describe, expect, it } from 'vitest';
import { localDate } from '../../electron/core/clock';
import { formatDate } from '../../electron/shared/i18n/format';
import type { PlannedSession } from '../../electron/shared/scheduling';
import { SCHEDULING_SETTINGS_DEFAULT } from '../../electron/shared/scheduling';
import { asEnv, auditActor, runCli, setInstallationLanguage } from '../support/cli';
import { call, demo, signInAs, staff, tempCore } from '../support/core';
import { demoSchemeId } from '../core/scheduling/support';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);

/** A demo data folder with `count` more sessions planned a day apart from a month after the real today (the CLI runs on the real clock), the core closed again. */
async function plannedAhead(count = 1) {
  const core = await tempCore();
  const admin = await signInAs(core, 'admin');
  // Each rule has its own tests; here only the cancellation matters.
  const off = Object.fromEntries(Object.entries(SCHEDULING_SETTINGS_DEFAULT).map(([k, v]) => [k, typeof v === 'boolean' ? false : 50]));
  await call(core, 'sessions/setSettings', { settings: { ...SCHEDULING_SETTINGS_DEFAULT, ...off } }, admin);
  const one = (sql: string) => core.db.prepare(sql).pluck().get() as string;
  const assessorId = one('SELECT id FROM assessor ORDER BY id LIMIT 1');
  const codes: string[] = [];
  for (let day = 30; day < 30 + count; day++) {
    const session = await call(
      core,
      'sessions/create',
      {
        session: {
          schemeId: demoSchemeId(core),
          tukId: one('SELECT id FROM tuk ORDER BY id LIMIT 1'),
          date: localDate(new Date(Date.now() + day * 86_400_000)),
          startTime: '08:00',
          durationMinutes: 120,
          mode: 'single_station',
          assessorIds: [assessorId],
          candidates: [{ candidateId: one('SELECT id FROM candidate ORDER BY id LIMIT 1'), assessorId }],
        },
      },
      admin,
    );
    codes.push(session.code);
  }
  core.close();
  return { dataDir: core.dataDir, code: codes[0]!, codes };
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
    expect(unknown.stderr).toBe('ruang-uji sessions: tidak ada jadwal dengan kode JDW-19990101-001; lihat kodenya dengan ruang-uji sessions list\n');
    const noReason = runCli(['sessions', 'cancel', '--session', 'JDW-19990101-001', '--data', dataDir, ...asAdmin], adminEnv);
    expect(noReason.code).toBe(2);
    // Said in the installation's language (Indonesian), the usage after it in English.
    expect(noReason.stderr).toMatch(/^ruang-uji sessions: --reason TEXT wajib diisi\nusage:\n/);
    const short = runCli(['sessions', 'cancel', '--session', 'JDW-19990101-001', '--reason', ' x ', '--data', dataDir, ...asAdmin], adminEnv);
    expect(short.code).toBe(2);
    expect(short.stderr).toBe('ruang-uji sessions: --reason: tulis alasan pembatalan, paling sedikit 3 karakter\n');
  });
});

describe('ruang-uji sessions list', () => {
  it("lists every page of the LSP's sessions, newest first, with the code sessions cancel takes, and filters by status", async () => {
    // More than one page of sessions/list (200 at most): the list goes on by the cursor to the end.
    const { dataDir, codes } = await plannedAhead(201);
    const all = runCli(['sessions', 'list', '--data', dataDir, ...asAdmin], adminEnv);
    expect(all.code, all.stderr).toBe(0);
    const lines = all.stdout.split('\n');
    expect(lines[0]).toBe('202 jadwal');
    expect(lines[1]).toMatch(/^ {2}KODE +HARI DAN MULAI +TUK +SKEMA +STATUS +ASESI +ATURAN$/);
    const listed = lines.slice(2, -1).map((l) => l.trim().split(' ')[0]);
    expect(listed).toEqual([...codes].reverse().concat(demo.people.session.code));
    const json = runCli(['sessions', 'list', '--json', '--data', dataDir, ...asAdmin], adminEnv);
    const sessions = JSON.parse(json.stdout) as PlannedSession[];
    const latest = sessions[0]!;
    expect(latest).toMatchObject({ code: codes[200], status: 'upcoming', candidateCount: 1 });
    expect(lines[2]).toMatch(
      new RegExp(`^  ${latest.code} +${formatDate(latest.date, 'id')} 08:00 +${latest.tuk.name} +${latest.scheme.code} v${latest.scheme.version} +Akan datang +1$`),
    );

    const cancel = runCli(['sessions', 'cancel', '--session', codes[7]!, '--reason', 'TUK direnovasi', '--data', dataDir, ...asAdmin], adminEnv);
    expect(cancel.code, cancel.stderr).toBe(0);
    setInstallationLanguage(dataDir, 'en');
    const cancelled = runCli(['sessions', 'list', '--status', 'cancelled', '--data', dataDir, ...asAdmin], adminEnv);
    expect(cancelled.stdout).toMatch(new RegExp(`^1 session\\n {2}CODE +DAY AND START +TUK +SCHEME +STATUS +CANDIDATES +RULES\\n {2}${codes[7]} .+ Cancelled +1\\n$`));
    const upcoming = JSON.parse(runCli(['sessions', 'list', '--status', 'upcoming', '--json', '--data', dataDir, ...asAdmin], adminEnv).stdout) as PlannedSession[];
    // The demo's session of today is upcoming or not by the hour: only the planned ones are certain.
    expect(upcoming.every((s) => s.status === 'upcoming')).toBe(true);
    expect(upcoming.map((s) => s.code)).toEqual(expect.arrayContaining(codes.filter((c) => c !== codes[7])));
    expect(upcoming.map((s) => s.code)).not.toContain(codes[7]);
  });

  it('says of each upcoming session how many rules its plan now breaks, as --json flags it, in both languages', async () => {
    const { dataDir, codes } = await plannedAhead(2);
    // The candidate planned in both is deactivated since: a rule they met when saved, now broken (the demo's session
    // of today is upcoming or not by the hour, so only the planned ones are asked).
    const core = await tempCore({ dataDir });
    const candidateId = core.db.prepare('SELECT candidate_id FROM session_candidate sc JOIN session s ON s.id = sc.session_id WHERE s.code = ?').pluck().get(codes[0]) as string;
    core.db.prepare('UPDATE candidate SET active = 0 WHERE id = ?').run(candidateId);
    core.close();
    const flagged = (JSON.parse(runCli(['sessions', 'list', '--json', '--data', dataDir, ...asAdmin], adminEnv).stdout) as PlannedSession[]).filter((s) => codes.includes(s.code));
    expect(flagged.map((s) => [s.code, s.ruleProblems])).toEqual(codes.map((code) => [code, { refused: 1, pending: 0 }]).reverse());
    const row = (stdout: string, code: string) => stdout.split('\n').find((l) => l.trim().startsWith(code));
    const id = runCli(['sessions', 'list', '--data', dataDir, ...asAdmin], adminEnv).stdout;
    expect(row(id, codes[0]!)).toMatch(/ Akan datang +1 +melanggar 1 aturan$/);
    setInstallationLanguage(dataDir, 'en');
    expect(row(runCli(['sessions', 'list', '--data', dataDir, ...asAdmin], adminEnv).stdout, codes[0]!)).toMatch(/ Upcoming +1 +breaks 1 rule$/);
  });

  it("refuses a status it does not know before signing in, and a proctor with the core's reason", async () => {
    const { dataDir } = await plannedAhead();
    const bad = runCli(['sessions', 'list', '--status', 'planned', '--data', dataDir, ...asAdmin], adminEnv);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/^ruang-uji sessions: --status harus salah satu dari upcoming, running, awaiting_results, results_in, decided, pleno_decided, certified, cancelled\n/);
    const proctor = runCli(['sessions', 'list', '--data', dataDir, '--as', staff.proctor.username], asEnv(staff.proctor.password));
    expect(proctor).toMatchObject({ code: 1, stdout: '' });
    expect(proctor.stderr).toBe('ruang-uji sessions: FORBIDDEN: Peran Anda tidak berhak melakukan tindakan ini. Ini hanya untuk Admin LSP.\n');
  });
});
