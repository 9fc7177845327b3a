import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../electron/core/clock';
import { SCHEDULING_SETTINGS_DEFAULT } from '../../electron/shared/scheduling';
import { asEnv, auditActor, runCli, setInstallationLanguage } from '../support/cli';
import { makeDemo } from '../support/cli-demo';
import { call, demo, signInAs, staff, tempCore, tempDir } from '../support/core';
import { flipByte } from '../support/bundles';
import { demoSchemeId } from '../core/scheduling/support';
import { candidateInput } from '../core/registry/support';

const asAdmin = ['--as', staff.admin.username];
const asProctor = ['--as', staff.proctor.username];
const adminEnv = asEnv(staff.admin.password);
const proctorEnv = asEnv(staff.proctor.password);

describe('ruang-uji bundle', () => {
  it('export → verify/inspect → import into a TUK station through the contract, each as a signed-in user and audited under them', async () => {
    const dir = tempDir();
    const lsp = path.join(dir, 'lsp');
    const tuk = path.join(dir, 'tuk');
    await makeDemo(lsp);
    // An English LSP office sends to an Indonesian TUK station (the demo's default): each speaks its own language.
    setInstallationLanguage(lsp, 'en');
    expect(runCli(['demo', '--data', tuk, '--tuk-station']).stdout).toBe(`Demo stasiun TUK dibuat di ${tuk}\n`);

    // To the TUK's key (read with `keys show`, which needs no one signed in): no passphrase, so no scrypt below.
    const shown = runCli(['keys', 'show', '--data', tuk]);
    const recipient = /^kunci publik age: (age1\S+)$/m.exec(shown.stdout)?.[1] ?? '';
    expect(recipient).toMatch(/^age1/);
    const out = path.join(dir, 'sesi.uji');
    const exported = runCli(['bundle', 'export', '--data', lsp, '--kind', 'session', '--session', demo.people.session.code, '--recipient', recipient, '--out', out, ...asAdmin], adminEnv);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.split('\n')[0]).toBe(out);
    const fingerprint = /signed by fingerprint ([\d ]+)\n/.exec(exported.stdout)?.[1] ?? '';
    expect(exported.stdout).toContain('re-checked byte for byte');
    // Moved out of the core's exports folder, not copied: one file, where the operator asked.
    expect(fs.readdirSync(path.join(lsp, 'transfers', 'exports'))).toEqual([]);
    expect(auditActor(lsp, 'bundle.export')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });

    const verified = runCli(['bundle', 'verify', out, '--data', tuk, '--json', ...asProctor], proctorEnv);
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, kind: 'session', signer: fingerprint });
    const said = runCli(['bundle', 'verify', out, '--data', tuk, ...asProctor], proctorEnv);
    expect(said.stdout).toMatch(/^BAIK: paket sesi \S+, ditandatangani oleh /);
    const inspected = runCli(['bundle', 'inspect', out, '--data', tuk, ...asProctor], proctorEnv);
    expect(inspected.code, inspected.stderr).toBe(0);
    // The labels in one column, as wide as the longest ("ditandatangani:") and four more.
    expect(inspected.stdout).toMatch(new RegExp(`^sesi: {13}.+ \\(${demo.people.session.code}\\)$`, 'm'));
    // The kind in words of the installation's language, never the manifest's English code.
    expect(inspected.stdout).toMatch(/^jenis: {12}paket sesi\n/);
    expect(inspected.stdout).toMatch(/^entri: {12}\d+, \d+ bita, semua terverifikasi$/m);
    expect(inspected.stdout).not.toMatch(/signed by|all verified|session: /);
    const missing = runCli(['bundle', 'verify', path.join(dir, 'tidak-ada.uji'), '--data', tuk, ...asProctor], proctorEnv);
    expect([missing.code, missing.stderr]).toEqual([1, `ruang-uji bundle: berkas tidak ada: ${path.join(dir, 'tidak-ada.uji')}\n`]);

    const damaged = path.join(dir, 'rusak.uji');
    fs.copyFileSync(out, damaged);
    flipByte(damaged, fs.statSync(damaged).size - 100);
    const bad = runCli(['bundle', 'verify', damaged, '--data', tuk, '--json', ...asProctor], proctorEnv);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'BUNDLE_TAMPERED', messageKey: 'errors.BUNDLE_TAMPERED' } });

    const unconfirmed = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', ...asProctor], proctorEnv);
    expect([unconfirmed.code, unconfirmed.stderr.split(':').slice(0, 2)]).toEqual([1, ['ruang-uji bundle', ' BUNDLE_SIGNER_UNKNOWN']]);
    const dryRun = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', '--dry-run', ...asProctor], proctorEnv);
    expect(dryRun.code, dryRun.stderr).toBe(0);
    expect(dryRun.stdout).toContain('candidate: +12 ~0 =0 !0');
    expect(dryRun.stdout).toContain(`\n  penanda tangan ${fingerprint} (`);
    expect(auditActor(tuk, 'bundle.import')).toBeUndefined();
    // Under --json stdout holds one object, the preview's lines for a person going to stderr; refused after the preview, that one object is the failure.
    const dryJson = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', '--dry-run', '--json', ...asProctor], proctorEnv);
    expect(dryJson.code, dryJson.stderr).toBe(0);
    expect(JSON.parse(dryJson.stdout)).toMatchObject({ ok: true, preview: { signer: { fingerprint } }, applied: null });
    expect(dryJson.stderr).toContain('candidate: +12 ~0 =0 !0');
    const unconfirmedJson = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', '--json', ...asProctor], proctorEnv);
    expect(unconfirmedJson.code).toBe(1);
    expect(JSON.parse(unconfirmedJson.stdout)).toMatchObject({ ok: false, error: { code: 'BUNDLE_SIGNER_UNKNOWN', messageKey: 'errors.BUNDLE_SIGNER_UNKNOWN' } });
    const imported = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', '--accept-signer', fingerprint, ...asProctor], proctorEnv);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('candidate: +12 ~0 =0 !0');
    expect(imported.stdout).toMatch(/\nditerapkan, penanda tangan disematkan; \d+ konflik dicatat\n$/);
    expect(auditActor(tuk, 'bundle.import')).toEqual({ username: staff.proctor.username, role: 'proctor' });
    expect(auditActor(tuk, 'keys.pin')).toEqual({ username: staff.proctor.username, role: 'proctor' });
    const again = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', ...asProctor], proctorEnv);
    expect(again.stdout).toContain('  sudah diimpor: tidak ada yang perlu dilakukan\n');
    expect(again.stdout).not.toMatch(/already imported|applied/);
    // Nothing the CLI handed to the core is left behind in its uploads.
    expect(fs.readdirSync(path.join(tuk, 'transfers', 'uploads'))).toEqual([]);
    // A proctor does not send the LSP's sessions out: the contract's rule, the same as on screen.
    const forbidden = runCli(['bundle', 'export', '--data', tuk, '--kind', 'session', '--session', demo.people.session.code, '--generate-passphrase', ...asProctor], proctorEnv);
    // Prefixed with the command, as every command's refusal (it was "FORBIDDEN: …" alone).
    expect([forbidden.code, forbidden.stderr.split(':').slice(0, 2)]).toEqual([1, ['ruang-uji bundle', ' FORBIDDEN']]);
    expect(forbidden.stderr).toContain('Peran Anda tidak berhak melakukan tindakan ini. Ini hanya untuk Admin LSP.');
    // An LSP admin holding a session bundle is told where it is imported, and by whom, not only "your role may not".
    const atLsp = runCli(['bundle', 'import', out, '--data', lsp, '--kind', 'session', ...asAdmin], adminEnv);
    expect([atLsp.code, atLsp.stderr.split(':').slice(0, 2)]).toEqual([1, ['ruang-uji bundle', ' FORBIDDEN']]);
    // This office's installation speaks English (set above); the station's, Indonesian.
    expect(atLsp.stderr).toContain("Your role may not do this. A session bundle is imported on the TUK's computer by that TUK's proctor, not at the LSP office.");
    // Twelve CLI processes, each starting tsx and a core with real password hashing: slow under a loaded run.
  }, 180_000);

  it('export with a generated passphrase prints it once, for handing over separately; a backup bundle too, brought into an empty folder', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const res = runCli(['bundle', 'export', '--data', dir, '--kind', 'session', '--session', demo.people.session.code, '--generate-passphrase', '--out', path.join(dir, 's.uji'), ...asAdmin], adminEnv);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/passphrase \(hand it over separately\): ([a-z2-9]{4}-){5}[a-z2-9]{4}\n/);
    expect(res.stdout).toContain('opened and fully re-checked');

    // Without --out the bundle stays in the core's exports folder, where the app's download finds it too.
    const backup = runCli(['bundle', 'export', '--data', dir, '--kind', 'backup', '--generate-passphrase', ...asAdmin], adminEnv);
    expect(backup.code, backup.stderr).toBe(0);
    const [file] = backup.stdout.split('\n');
    expect(path.dirname(file)).toBe(path.join(dir, 'transfers', 'exports'));
    expect(fs.existsSync(file)).toBe(true);
    expect(auditActor(dir, 'bundle.export')).toEqual({ username: staff.admin.username, role: 'lsp_admin' });

    // A backup goes into a new, empty folder: no account exists there to sign in as, so none is named.
    const fresh = path.join(dir, 'baru');
    const passphrase = /passphrase \(hand it over separately\): (\S+)\n/.exec(backup.stdout)?.[1] ?? '';
    const signer = /signed by fingerprint ([\d ]+)\n/.exec(backup.stdout)?.[1] ?? '';
    const restored = runCli(['bundle', 'import', file, '--kind', 'backup', '--data', fresh, '--accept-signer', signer], { ...process.env, RUANG_UJI_PASSPHRASE: passphrase });
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('applied, signer pinned');
    // What is left to do: the keys, or the results sent to the old office do not open.
    expect(restored.stdout).toContain(`Next: restore the office's keys from their key backup: ruang-uji keys restore`);
    expect(auditActor(fresh, 'bundle.import')).toEqual({ username: null, role: null });
    // Into an installation with accounts it is refused: there the accounts would sign in, and the contract has no such import.
    const station = path.join(dir, 'tuk');
    await makeDemo(station, { tukStation: true });
    const busy = runCli(['bundle', 'import', file, '--kind', 'backup', '--data', station, '--json'], { ...process.env, RUANG_UJI_PASSPHRASE: passphrase });
    expect([busy.code, JSON.parse(busy.stdout).error.code]).toEqual([1, 'BUNDLE_BACKUP_NOT_EMPTY']);
  }, 150_000);

  it('refuses a missing --as, an existing --out, and a user who cannot open the keys, and explains its usage', async () => {
    const dir = tempDir();
    await makeDemo(dir);
    setInstallationLanguage(dir, 'en');
    const args = ['bundle', 'export', '--data', dir, '--kind', 'session', '--session', demo.people.session.code, '--generate-passphrase'];
    const anonymous = runCli(args, adminEnv);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain('--as USERNAME is required');
    const taken = path.join(dir, 'ada.uji');
    fs.writeFileSync(taken, 'already here');
    const exists = runCli([...args, '--out', taken, ...asAdmin], adminEnv);
    expect([exists.code, exists.stderr.split(':').slice(0, 2)]).toEqual([1, ['ruang-uji bundle', ' BUNDLE_FILE_EXISTS']]);
    expect(fs.readFileSync(taken, 'utf8')).toBe('already here');
    // The admin's sign-in put the keys under password protection: the proctor never opened them here.
    const proctor = runCli([...args, ...asProctor], proctorEnv);
    expect([proctor.code, proctor.stderr]).toEqual([1, expect.stringContaining('KEYS_NOT_HELD: The account proktor has never opened')]);

    // A results bundle goes to the LSP's key by itself: a passphrase is refused by what it is (it said "choose one").
    const results = runCli(['bundle', 'export', '--data', dir, '--kind', 'results', '--generate-passphrase', ...asAdmin], adminEnv);
    expect([results.code, results.stderr]).toEqual([1, expect.stringContaining("BUNDLE_RESULTS_NO_PASSPHRASE: A results bundle is always encrypted to the LSP's key")]);

    const res = runCli(['bundle', 'export', '--kind', 'parcel', '--data', dir]);
    expect([res.code, res.stderr]).toEqual([2, 'ruang-uji bundle: --kind must be one of session, results, backup\n']);
  }, 90_000);

  it('names what the TUK still needs settled before the session bundle is written, and writes it all the same, as the export form does', async () => {
    const { dataDir, code, assessor } = await plannedWithPoints();
    const args = ['bundle', 'export', '--data', dataDir, '--kind', 'session', '--session', code, '--generate-passphrase', ...asAdmin];
    const res = runCli(args, adminEnv);
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.split('\n');
    // Before the file's lines (they came after them, once the bundle was written), in the installation's language.
    expect(lines[0]).toBe('Sebelum mengekspor: 2 hal masih harus diselesaikan sebelum hari uji. Paket tetap ditulis; ekspor lagi setelah semuanya selesai:');
    expect(lines[1]).toMatch(/^ {2}Asesor /);
    expect(lines[1]).toContain(`${assessor} (`);
    expect(lines[1]).toContain('belum punya akun masuk');
    expect(lines[2]).toMatch(/^ {2}1 peserta belum diberi kata sandi: .+\(.+\)\. /);
    const file = lines[3];
    expect(path.dirname(file)).toBe(path.join(dataDir, 'transfers', 'exports'));
    expect(fs.existsSync(file)).toBe(true);
    // Said once: the written file's lines do not repeat them.
    expect(res.stdout).not.toContain('belum selesai sebelum hari uji');
    expect(res.stdout.match(/belum punya akun masuk/g)).toHaveLength(1);

    // --json: the person's lines on stderr, in English here; the object on stdout carries the same points.
    setInstallationLanguage(dataDir, 'en');
    const json = runCli([...args, '--json'], adminEnv);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr.split('\n')[0]).toBe('Before exporting: 2 points are still to settle before the exam day. The bundle is written all the same; export it again once they are settled:');
    expect(json.stderr).toContain(`Assessor ${assessor} (`);
    expect(json.stderr).not.toContain('SCHEDULE_');
    const body = JSON.parse(json.stdout) as { ok: boolean; pendingConflicts: { code: string }[] };
    expect([body.ok, body.pendingConflicts.map((c) => c.code)]).toEqual([true, ['SCHEDULE_ASSESSOR_NO_ACCOUNT', 'SCHEDULE_PASSWORDS_NOT_ISSUED']]);
  }, 90_000);
});

/**
 * A demo data folder with one more session a month after the real today (the CLI runs on the real clock), whose
 * assessor's sign-in account is disabled and whose new candidate has no password yet: two points to settle, nothing refused.
 */
async function plannedWithPoints() {
  const core = await tempCore();
  const admin = await signInAs(core, 'admin');
  // Each rule has its own tests; here only the two warnings matter.
  const off = Object.fromEntries(Object.entries(SCHEDULING_SETTINGS_DEFAULT).map(([k, v]) => [k, typeof v === 'boolean' ? false : 50]));
  await call(core, 'sessions/setSettings', { settings: { ...SCHEDULING_SETTINGS_DEFAULT, ...off } }, admin);
  const one = (sql: string) => core.db.prepare(sql).pluck().get() as string;
  const assessorId = one('SELECT id FROM assessor ORDER BY id LIMIT 1');
  // A new candidate: the demo's own were given their passwords when it was made.
  const candidateId = (await call(core, 'candidates/create', { candidate: candidateInput(7000) }, admin)).id;
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
        candidates: [{ candidateId, assessorId }],
      },
    },
    admin,
  );
  const account = (await call(core, 'accounts/list', {}, admin)).find((a) => a.assessorId === assessorId);
  if (!account) throw new Error('demo assessor without an account');
  await call(core, 'accounts/setDisabled', { accountId: account.id, disabled: true, reason: 'cuti panjang' }, admin);
  const assessor = core.db.prepare('SELECT name FROM assessor WHERE id = ?').pluck().get(assessorId) as string;
  core.close();
  return { dataDir: core.dataDir, code: session.code, assessor };
}
