import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { tempDir } from '../support/core';
import { parseUpdateSource, startUpdater, type UpdaterLike } from '../../electron/main/updater';

function fakeUpdater() {
  return {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    allowDowngrade: true,
    disableDifferentialDownload: false,
    setFeedURL: vi.fn<UpdaterLike['setFeedURL']>(),
    checkForUpdates: vi.fn<UpdaterLike['checkForUpdates']>(async () => null),
  } satisfies UpdaterLike;
}

describe('parseUpdateSource', () => {
  it('accepts a LAN URL or an absolute folder, nothing else', () => {
    expect(parseUpdateSource(undefined)).toBeNull();
    expect(parseUpdateSource('   ')).toBeNull();
    expect(parseUpdateSource('updates')).toBeNull();
    expect(parseUpdateSource('http://192.168.1.10:8080/ruang-uji')).toEqual({ kind: 'url', url: 'http://192.168.1.10:8080/ruang-uji/' });
    expect(parseUpdateSource('https://lsp.local/updates/')).toEqual({ kind: 'url', url: 'https://lsp.local/updates/' });
    const folder = path.resolve('/media/usb/ruang-uji');
    expect(parseUpdateSource(folder)).toEqual({ kind: 'folder', folder });
    expect(parseUpdateSource(pathToFileURL(folder).href)).toEqual({ kind: 'folder', folder });
  });
});

describe('startUpdater', () => {
  it('does nothing, and never loads electron-updater, without a configured source', async () => {
    const loadUpdater = vi.fn(async () => fakeUpdater());
    expect(await startUpdater(null, { loadUpdater })).toBeNull();
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('points the generic provider at a LAN URL and never downloads on its own', async () => {
    const updater = fakeUpdater();
    const handle = await startUpdater({ kind: 'url', url: 'http://192.168.1.10/updates/' }, { loadUpdater: async () => updater });
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'http://192.168.1.10/updates/' });
    expect(updater).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false, allowDowngrade: false });
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(handle?.feedUrl).toBe('http://192.168.1.10/updates/');
    await handle?.stop();
  });

  it('serves a folder on loopback for the generic provider', async () => {
    const folder = tempDir('ru-main-');
    fs.writeFileSync(path.join(folder, 'latest.yml'), 'version: 9.9.9\n');
    const updater = fakeUpdater();
    const handle = await startUpdater({ kind: 'folder', folder }, { loadUpdater: async () => updater });
    onTestFinished(() => handle?.stop());
    expect(handle?.feedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: handle?.feedUrl });
    const res = await fetch(new URL('latest.yml', handle!.feedUrl));
    expect(await res.text()).toBe('version: 9.9.9\n');
  });

  it('logs, never throws, when the check fails (no LAN today)', async () => {
    const updater = fakeUpdater();
    updater.checkForUpdates.mockRejectedValue(new Error('ECONNREFUSED'));
    const log = vi.fn();
    await startUpdater({ kind: 'url', url: 'http://10.0.0.1/' }, { loadUpdater: async () => updater, log });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('update check failed', expect.any(Error)));
  });
});
