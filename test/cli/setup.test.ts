import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { asEnv, runCli } from '../support/cli';
import { call, tempDir } from '../support/core';

const PASSWORD = 'Kuat-sandi-2026';
const LSP_FLAGS = ['--kind', 'lsp', '--lsp-name', 'LSP Teknologi Digital', '--lsp-code', 'LSP-TD', '--licence', 'BNSP-123', '--admin-name', 'Siti Rahma', '--admin-username', 'siti', '--language', 'en'];

describe('ruang-uji setup', () => {
  it('sets up an empty installation from flags, then refuses to run again', async () => {
    const dir = tempDir();
    const done = runCli(['setup', ...LSP_FLAGS, '--data', dir], asEnv(PASSWORD));
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('admin: siti');
    expect(done.stdout).toMatch(/fingerprint: \d{5}( \d{5}){5}/);
    expect(done.stdout).toContain('open Session bundles & keys (#/bundles/keys), press Make a key backup (or: ruang-uji keys backup --as ADMIN --out FILE),');

    const again = runCli(['setup', ...LSP_FLAGS, '--admin-username', 'other', '--data', dir], asEnv(PASSWORD));
    expect(again.code).toBe(1);
    // Prefixed with the command, as every command's refusal (it was "SETUP_DONE: …" alone).
    expect(again.stderr).toBe('ruang-uji setup: SETUP_DONE: This installation has already been set up. Sign in with an existing account.\n');

    const core = await createCore({ dataDir: dir, log: () => {} });
    try {
      const signedIn = await call(core, 'auth/signIn', { username: 'siti', password: PASSWORD });
      expect(signedIn.principal.role).toBe('lsp_admin');
      expect(core.db.prepare('SELECT code FROM lsp').pluck().all()).toEqual(['LSP-TD']);
      expect(core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'setup.create'").pluck().get()).toBe(1);
    } finally {
      core.close();
    }
  }, 90_000);

  it('refuses a weak password, missing flags and a bad TUK type, leaving the installation unset', () => {
    const dir = tempDir();
    const weak = runCli(['setup', ...LSP_FLAGS, '--data', dir], asEnv('pendek'));
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('PASSWORD_WEAK');
    const spaced = runCli(['setup', ...LSP_FLAGS, '--lsp-code', 'lsp td 01', '--data', dir], asEnv(PASSWORD));
    expect(spaced.code).toBe(1);
    expect(spaced.stderr).toContain('LSP_CODE_INVALID: The LSP code "lsp td 01" cannot be used');
    // Every missing flag named in one run (the first alone before), in the set-up's language.
    const missing = runCli(['setup', '--kind', 'lsp', '--lsp-name', 'LSP A', '--data', dir], asEnv(PASSWORD));
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, 'ruang-uji setup: opsi wajib belum diberikan: --lsp-code, --licence, --admin-name, --admin-username']);
    const missingEn = runCli(['setup', '--kind', 'tuk', '--language', 'en', '--data', dir], asEnv(PASSWORD));
    expect(missingEn.stderr.split('\n')[0]).toBe('ruang-uji setup: required flags missing: --tuk-name, --tuk-type, --admin-name, --admin-username');
    const tuk = runCli(['setup', '--kind', 'tuk', '--tuk-name', 'TUK A', '--tuk-type', 'pojok', '--admin-name', 'A', '--admin-username', 'adm', '--language', 'en', '--data', dir], asEnv(PASSWORD));
    expect(tuk.code).toBe(2);
    expect(tuk.stderr).toContain('--tuk-type');
    // A bad TUK type is named with the other bad flags and the types it takes, not alone before them (exit code 2: a value the flag does not take).
    const tukBoth = runCli(['setup', '--kind', 'tuk', '--tuk-name', 'TUK A', '--tuk-type', 'pojok', '--admin-name', 'A', '--admin-username', 'ab', '--language', 'en', '--data', dir], asEnv(PASSWORD));
    expect([tukBoth.code, tukBoth.stderr]).toEqual([
      2,
      'ruang-uji setup: Set-up refused; nothing was written. Correct these and run it again:\n' +
        '  --tuk-type "pojok" is not a TUK type; one of: sewaktu, tempat_kerja, mandiri\n' +
        '  --admin-username "ab": 3–32 characters: letters, digits, dots, underscores or hyphens, no spaces.\n',
    ]);
    const ok = runCli(['setup', '--kind', 'tuk', '--tuk-name', 'TUK A', '--tuk-type', 'sewaktu', '--admin-name', 'A', '--admin-username', 'adm', '--language', 'en', '--data', dir], asEnv(PASSWORD));
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('TUK station');
    // The key backup from the terminal too, and who imports the session bundle (the station's admin is refused).
    expect(ok.stdout).toContain('(or: ruang-uji keys backup --as ADMIN --out FILE)');
    expect(ok.stdout).toContain('create a proctor account');
  }, 90_000);

  it("keeps a TUK station's time zone: --tuk-zone, else this computer's; a zone not of the three is refused by name", async () => {
    const tukFlags = ['--kind', 'tuk', '--tuk-name', 'TUK A', '--tuk-type', 'sewaktu', '--admin-name', 'A', '--admin-username', 'adm', '--language', 'en'];
    const zoneOf = async (dir: string) => {
      const core = await createCore({ dataDir: dir, log: () => {} });
      try {
        return core.db.prepare("SELECT value FROM setting WHERE key = 'tuk.time_zone'").pluck().get();
      } finally {
        core.close();
      }
    };
    const bad = runCli(['setup', ...tukFlags, '--tuk-zone', 'WITT', '--data', tempDir()], asEnv(PASSWORD));
    expect([bad.code, bad.stderr.split('\n')[1]]).toEqual([2, '  --tuk-zone "WITT" is not a time zone; one of: WIB, WITA, WIT']);
    const asked = tempDir();
    const named = runCli(['setup', ...tukFlags, '--tuk-zone', 'wita', '--data', asked], { ...asEnv(PASSWORD), TZ: 'Asia/Jakarta' });
    expect(named.code, named.stderr).toBe(0);
    expect(await zoneOf(asked)).toBe('WITA');
    const machine = tempDir();
    const fromClock = runCli(['setup', ...tukFlags, '--data', machine], { ...asEnv(PASSWORD), TZ: 'Asia/Jayapura' });
    expect(fromClock.code, fromClock.stderr).toBe(0);
    expect(await zoneOf(machine)).toBe('WIT');
  }, 90_000);

  it('speaks the set-up language: Indonesian from --language id, its refusals named by flag, all at once', () => {
    const dir = tempDir();
    const flags = LSP_FLAGS.slice(0, -2);
    const bad = runCli(['setup', ...flags, '--lsp-code', 'bad code!', '--admin-username', 'ab', '--language', 'id', '--data', dir], asEnv('pendek'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'ruang-uji setup: Penyiapan ditolak; tidak ada yang ditulis. Perbaiki hal berikut lalu jalankan lagi:\n' +
        '  --lsp-code: LSP_CODE_INVALID: Kode LSP "bad code!" tidak dapat dipakai: hanya huruf, angka, titik, dan tanda hubung, tanpa spasi, diawali dan diakhiri huruf atau angka (misalnya LSP-TIK-01). Huruf kecil diubah menjadi kapital.\n' +
        '  --admin-username "ab": 3–32 karakter: huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi.\n' +
        '  kata sandi: PASSWORD_WEAK: Kata sandi terlalu lemah: minimal 10 karakter, berisi huruf dan angka atau simbol, dan tidak memuat nama pengguna.\n',
    );
    expect(bad.stderr).not.toContain('BAD_ARGS');

    const done = runCli(['setup', ...flags, '--language', 'id', '--data', dir], asEnv(PASSWORD));
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain(`Instalasi disiapkan (kantor LSP) di ${dir}; admin: siti\n`);
    expect(done.stdout).toMatch(/Sidik jari kunci instalasi: \d{5}( \d{5}){5}\n/);
    expect(done.stdout).not.toMatch(/Installation|Next/);

    // Every later command speaks the installation's language, its refusals too.
    const wrong = runCli(['candidates', 'template', path.join(tempDir(), 't.xlsx'), '--data', dir, '--as', 'siti'], asEnv('salah-sandi-99'));
    expect([wrong.code, wrong.stderr]).toEqual([1, 'ruang-uji candidates: BAD_CREDENTIALS: Nama pengguna atau kata sandi salah.\n']);
    // That wrong password was audited with the keys locked: verify says so, in Indonesian, and still exits 1,
    // until a key holder's sign-in (the import below) signs it.
    const verify = runCli(['audit', 'verify', '--data', dir]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/^log audit TIDAK BAIK: \d+ baris, kepala bertanda tangan/);
    expect(verify.stdout).toMatch(/ {2}tak tertambat: baris \d+ tidak dicakup kepala bertanda tangan: ditulis saat kunci terkunci \(auth\.failed\), .*masuknya pemegang kunci berikutnya menandatanganinya\n/);
    const missing = runCli(['candidates', 'import', path.join(dir, 'tidak-ada.xlsx'), '--data', dir, '--as', 'siti'], asEnv(PASSWORD));
    expect([missing.code, missing.stderr]).toEqual([1, `ruang-uji candidates: berkas tidak ada: ${path.join(dir, 'tidak-ada.xlsx')}\n`]);
    const shortReason = runCli(['backup', 'restore', path.join(dir, 'x.sqlite'), '--reason', 'x', '--data', dir, '--as', 'siti'], asEnv(PASSWORD));
    expect([shortReason.code, shortReason.stderr]).toEqual([1, 'ruang-uji backup: --reason: minimal 3 karakter, dicatat di log audit\n']);
    const noFolder = runCli(['backup', 'list', path.join(dir, 'tidak-ada'), '--data', dir]);
    expect([noFolder.code, noFolder.stderr]).toEqual([1, `ruang-uji backup: folder tidak ada: ${path.join(dir, 'tidak-ada')}\n`]);
    // A folder that holds no backup lists none, and says so where a person reads it (it printed nothing at all).
    const empty = path.join(dir, 'usb-kosong');
    fs.mkdirSync(empty);
    const none = runCli(['backup', 'list', empty, '--data', dir]);
    expect([none.code, none.stdout, none.stderr]).toEqual([0, '', `tidak ada backup Ruang Uji di ${empty}\n`]);
    expect(runCli(['audit', 'verify', '--data', dir]).stdout).toMatch(/^log audit BAIK: /);

  }, 90_000);
});
