import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../electron/shared/i18n/format';
import { asEnv, runCli, setInstallationLanguage } from '../support/cli';
import { call, signInAs, staff, tempCore, tempDir } from '../support/core';

const asAdmin = ['--as', staff.admin.username];
const adminEnv = asEnv(staff.admin.password);

/** The demo's accounts, one more created by the admin (so it must change its password) and a proctor disabled with a reason; the core closed again. */
async function staffed() {
  const core = await tempCore();
  const admin = await signInAs(core, 'admin');
  await call(core, 'accounts/create', { role: 'proctor', username: 'rina', displayName: 'Rina Wati', password: 'Sementara-2026' }, admin);
  const proctor = (await call(core, 'accounts/list', {}, admin)).find((a) => a.username === staff.proctor.username)!;
  await call(core, 'accounts/setDisabled', { accountId: proctor.id, disabled: true, reason: 'pindah tugas' }, admin);
  const accounts = await call(core, 'accounts/list', {}, admin);
  core.close();
  return { dataDir: core.dataDir, accounts };
}

describe('ruang-uji accounts list', () => {
  it('lists every staff account as a table in the installation language, and the same array as accounts/list as JSON', async () => {
    const { dataDir, accounts } = await staffed();
    const id = runCli(['accounts', 'list', '--data', dataDir, ...asAdmin], adminEnv);
    expect(id.code, id.stderr).toBe(0);
    const lines = id.stdout.split('\n');
    expect(lines[0]).toBe(`${accounts.length} akun staf`);
    expect(lines[1]).toMatch(/^ {2}NAMA PENGGUNA +NAMA +PERAN +WAJIB GANTI KATA SANDI +STATUS$/);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^  ${staff.admin.username} +${staff.admin.displayName} +admin LSP +tidak +aktif$`)));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}rina +Rina Wati +proktor +ya +aktif$/));
    const disabledAt = accounts.find((a) => a.username === staff.proctor.username)!.disabledNote!.at;
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^  ${staff.proctor.username} +${staff.proctor.displayName} +proktor +tidak +dinonaktifkan pada ${formatDateTime(disabledAt, 'id').replace(/[.]/g, '\\.')} oleh .+: pindah tugas$`)),
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^  ${staff.assessor1.username} +.+ +asesor +`)));
    // The columns line up: every row's role starts where the header's does.
    const roleAt = lines[1]!.indexOf('PERAN');
    for (const row of lines.slice(2, -1)) expect(row.slice(roleAt), row).toMatch(/^(admin LSP|proktor|asesor) /);

    setInstallationLanguage(dataDir, 'en');
    const en = runCli(['accounts', 'list', '--data', dataDir, ...asAdmin], adminEnv);
    expect(en.stdout).toMatch(new RegExp(`^${accounts.length} staff accounts\\n {2}USERNAME +NAME +ROLE +MUST CHANGE PASSWORD +STATE\\n`));
    expect(en.stdout).toMatch(/\n {2}rina +Rina Wati +proctor +yes +active\n/);

    const json = runCli(['accounts', 'list', '--json', '--data', dataDir, ...asAdmin], adminEnv);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(accounts);
  });

  it("refuses a proctor and an assessor with the core's reason, translated, exit code 1", async () => {
    const core = await tempCore();
    core.close();
    const proctor = runCli(['accounts', 'list', '--data', core.dataDir, '--as', staff.proctor.username], asEnv(staff.proctor.password));
    expect(proctor).toMatchObject({ code: 1, stdout: '' });
    expect(proctor.stderr).toBe('ruang-uji accounts: FORBIDDEN: Peran Anda tidak berhak melakukan tindakan ini. Ini hanya untuk Admin LSP.\n');
    setInstallationLanguage(core.dataDir, 'en');
    const assessor = runCli(['accounts', 'list', '--data', core.dataDir, '--as', staff.assessor1.username], asEnv(staff.assessor1.password));
    expect(assessor.code).toBe(1);
    expect(assessor.stderr).toMatch(/^ruang-uji accounts: FORBIDDEN: Your role may not do this\./);
  });

  it('names a subcommand it does not have, and gives its usage to a right one with a word too many, exit code 2', () => {
    const empty = tempDir();
    expect(runCli(['accounts', 'show', '--data', empty])).toMatchObject({ code: 2, stderr: 'ruang-uji accounts: subperintah tidak dikenal: show. Semua opsinya: ruang-uji accounts --help\n' });
    const extra = runCli(['accounts', 'list', 'all', '--data', empty]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('ruang-uji accounts list --as USERNAME [--json] [--data DIR]');
  });
});
