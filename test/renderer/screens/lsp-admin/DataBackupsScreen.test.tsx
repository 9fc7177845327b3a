import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFICE_BACKUP_DEFAULTS, type BackupStatus } from '../../../../electron/shared/backup';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { EMPTY_LSP, KEYS } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const files = [{ name: 'ruang-uji-backup-20261121T090000000+0700.sqlite', bytes: 2_097_152, at: '2026-11-21T02:00:00.000Z' }];
const CONFIGURED: BackupStatus = { configured: true, folder: '/media/usb/lsp', everyMinutes: 60, keep: 48, activeSessions: 0, lastBackupAt: files[0].at, lastError: null, files };
const NOT_CONFIGURED: BackupStatus = { configured: false, folder: null, everyMinutes: 5, keep: 12, activeSessions: 0, lastBackupAt: null, lastError: null, files: [] };

describe("the LSP home's data backup warning", () => {
  it('says the office is not backed up until a folder is chosen, and links to the page', async () => {
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'backups/status': () => ok(NOT_CONFIGURED) });
    const warning = await screen.findByTestId('data-backup-warning');
    expect(warning.textContent).toContain(id.dataBackups.notConfigured);
    const link = screen.getByTestId('data-backup-warning-link');
    expect(link.textContent).toBe(id.dataBackups.open);
    expect(link.getAttribute('href')).toBe('#/backups');
    expect(screen.getByTestId('link-backups').getAttribute('href')).toBe('#/backups');
  });

  it('says when the last copy failed, in English too', async () => {
    const failed = { ...CONFIGURED, lastError: 'BACKUP_FOLDER_UNWRITABLE' };
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'backups/status': () => ok(failed) }, 'en');
    const warning = await screen.findByTestId('data-backup-warning');
    expect(warning.textContent).toContain(en.dataBackups.failed.replace('{{detail}}', 'BACKUP_FOLDER_UNWRITABLE'));
    expect(screen.getByTestId('data-backup-warning-link').textContent).toBe(en.dataBackups.check);
  });

  it('is gone once copies are taken', async () => {
    openAt('', { 'lsp/overview': () => ok(EMPTY_LSP), 'keys/status': () => ok(KEYS), 'backups/status': () => ok(CONFIGURED) });
    await screen.findByTestId('link-backups');
    await waitFor(() => expect(screen.queryByTestId('key-backup-warning')).not.toBeNull());
    expect(screen.queryByTestId('data-backup-warning')).toBeNull();
  });
});

describe("the office's data backups page", () => {
  it("proposes the office's interval and count, says what is copied, and saves the folder", async () => {
    const { fake } = openAt('backups', {
      'backups/status': () => ok(NOT_CONFIGURED),
      'backups/configure': (args) => ok({ ...CONFIGURED, ...(args as object), files: [] }),
    });
    expect((await screen.findByTestId('data-backups-screen')).textContent).toContain(id.examDay.backups.officeIntro);
    expect((await screen.findByTestId('backup-every') as HTMLInputElement).value).toBe(String(OFFICE_BACKUP_DEFAULTS.everyMinutes));
    expect((screen.getByTestId('backup-keep') as HTMLInputElement).value).toBe(String(OFFICE_BACKUP_DEFAULTS.keep));
    fireEvent.change(screen.getByTestId('backup-folder'), { target: { value: '/media/usb/lsp' } });
    fireEvent.click(screen.getByTestId('backup-save'));
    await waitFor(() => expect(screen.getByTestId('backups').dataset.configured).toBe('true'));
    expect(argsOf(fake.calls, 'backups/configure')).toEqual([{ folder: '/media/usb/lsp', everyMinutes: 60, keep: 48 }]);
    expect(screen.getByTestId('backup-state').textContent).toBe(id.examDay.backups.idle_other.replace('{{count}}', '60').replace('{{keep}}', '48'));
  });

  it('keeps the settings saved, lists the copies and restores one, in English', async () => {
    const { fake } = openAt('backups', { 'backups/status': () => ok({ ...CONFIGURED, everyMinutes: 120, keep: 30 }), 'backups/restore': () => ok(CONFIGURED) }, 'en');
    expect((await screen.findByTestId('data-backups-screen')).textContent).toContain(en.examDay.backups.officeIntro);
    expect((await screen.findByTestId('backup-every') as HTMLInputElement).value).toBe('120');
    expect((screen.getByTestId('backup-keep') as HTMLInputElement).value).toBe('30');
    fireEvent.click(screen.getByTestId('backup-restore'));
    fireEvent.change(screen.getByTestId('restore-name'), { target: { value: files[0].name } });
    fireEvent.change(screen.getByTestId('action-reason'), { target: { value: 'Disk replaced' } });
    fireEvent.click(screen.getByTestId('action-confirm'));
    await waitFor(() => expect(screen.queryByTestId('restore-dialog')).toBeNull());
    expect(argsOf(fake.calls, 'backups/restore')).toEqual([{ name: files[0].name, reason: 'Disk replaced' }]);
  });
});
