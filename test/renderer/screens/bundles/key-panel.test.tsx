import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { fail, ok } from '../../fake-transport';
import type { TransportReply } from '../../../../renderer/src/api/transport';
import { EMPTY_LSP, KEYS } from '../lsp-admin/fixtures';
import { argsOf, openAt } from '../registry/support';

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const BACKUP = { fileName: 'kunci-inst1-20261204-212100.age', filePath: '/tmp/x.age', sha256: 'ab', passphrase: 'kuda-laut-biru-tujuh', recoverySheet: 'RUANG UJI' };

describe("the key panel's new backup", () => {
  it.each([
    ['en' as const, en.keys.backupPassphrase],
    ['id' as const, id.keys.backupPassphrase],
  ])('labels the passphrase as the panel labels its other facts, with no colon of its own (%s)', async (language, label) => {
    const { fake } = openAt('bundles/keys', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'keys/backup': () => ok(BACKUP) }, language);
    fireEvent.click(await screen.findByTestId('key-backup'));
    const result = await screen.findByTestId('key-backup-result');
    // Asked in the screen's language, which names the file.
    expect(argsOf(fake.calls, 'keys/backup')).toEqual([{ language }]);
    const value = within(result).getByTestId('key-backup-passphrase');
    expect(value.textContent).toBe(BACKUP.passphrase);
    const fact = value.closest('.facts__item');
    expect(fact?.querySelector('dt')?.textContent).toBe(label);
    expect(label).not.toMatch(/:\s*$/);
  });
});

describe("the key panel's test restore", () => {
  it('leaves no earlier success beside a later test that fails', async () => {
    let answer: () => TransportReply = () => ok({ fingerprint: KEYS.fingerprint });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ ok: true, result: { uploadId: 'up-1' } }))));
    openAt('bundles/keys', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'keys/testRestore': () => answer() });
    const file = new File(['age'], 'kunci.age');
    fireEvent.change(await screen.findByTestId('restore-file'), { target: { files: [file] } });
    fireEvent.change(screen.getByTestId('restore-passphrase'), { target: { value: 'benar' } });
    fireEvent.click(screen.getByTestId('restore-check'));
    await screen.findByTestId('restore-ok');
    answer = () => fail('KEY_BACKUP_WRONG_PASSPHRASE');
    fireEvent.change(screen.getByTestId('restore-passphrase'), { target: { value: 'salah' } });
    fireEvent.click(screen.getByTestId('restore-check'));
    await screen.findByTestId('error-message');
    expect(screen.queryByTestId('restore-ok')).toBeNull();
  });
});

describe('the key panel after the keys were locked under an open page', () => {
  it('reads the key status again when an action is refused for locked keys, so the unlock form the error names is there', async () => {
    // Open when the page loaded; the room server restarted since, and its keys are locked now.
    let unlocked = true;
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify({ ok: true, result: { uploadId: 'up-1' } }))));
    openAt('bundles', {
      'lsp/overview': () => ok(EMPTY_LSP),
      'sessions/list': () => ok({ rows: [], nextCursor: null }),
      'keys/status': () => ok({ ...KEYS, unlocked }),
      'bundles/preview': () => fail('KEYS_LOCKED'),
    });
    await screen.findByTestId('key-backup');
    expect(screen.queryByTestId('keys-locked')).toBeNull();
    unlocked = false;
    fireEvent.change(await screen.findByTestId('import-results-file'), { target: { files: [new File(['x'], 'results.uji')] } });
    fireEvent.click(screen.getByTestId('import-results-check'));
    expect((await screen.findByTestId('error-message')).textContent).toBe(id.errors.KEYS_LOCKED);
    expect((await screen.findByTestId('keys-locked')).textContent).toContain(id.keys.lockedTitle);
  });
});
