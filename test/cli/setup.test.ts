import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { asEnv, runCli } from '../support/cli';
import { call, tempDir } from '../support/core';

const PASSWORD = 'Kuat-sandi-2026';
const LSP_FLAGS = ['--kind', 'lsp', '--lsp-name', 'LSP Teknologi Digital', '--lsp-code', 'LSP-TD', '--licence', 'BNSP-123', '--admin-name', 'Siti Rahma', '--admin-username', 'siti'];

describe('ruang-uji setup', () => {
  it('sets up an empty installation from flags, then refuses to run again', async () => {
    const dir = tempDir();
    const done = runCli(['setup', ...LSP_FLAGS, '--data', dir], asEnv(PASSWORD));
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('admin: siti');
    expect(done.stdout).toMatch(/fingerprint: \d{5}( \d{5}){5}/);
    expect(done.stdout).toContain('open Session bundles & keys (#/bundles/keys), press Make a key backup,');

    const again = runCli(['setup', ...LSP_FLAGS, '--admin-username', 'other', '--data', dir], asEnv(PASSWORD));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('SETUP_DONE');

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
    expect(runCli(['setup', '--kind', 'lsp', '--data', dir], asEnv(PASSWORD)).code).toBe(2);
    const tuk = runCli(['setup', '--kind', 'tuk', '--tuk-name', 'TUK A', '--tuk-type', 'pojok', '--admin-name', 'A', '--admin-username', 'adm', '--data', dir], asEnv(PASSWORD));
    expect(tuk.code).toBe(2);
    expect(tuk.stderr).toContain('--tuk-type');
    const ok = runCli(['setup', '--kind', 'tuk', '--tuk-name', 'TUK A', '--tuk-type', 'sewaktu', '--admin-name', 'A', '--admin-username', 'adm', '--data', dir], asEnv(PASSWORD));
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('TUK station');
  }, 90_000);
});
