import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { asElectron, fakeSession, FakeWebContents, resetElectron } from './fake-electron';
import { APP_ORIGIN } from '../../electron/main/app-origin';
import { denyAllPermissions, hardenWebContents } from '../../electron/main/security';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    resetElectron();
    contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents), APP_ORIGIN);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: another origin is prevented', (name) => {
    for (const url of ['https://example.com/', 'http://ruang-uji/', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)', 'not a url']) {
      const event = navigation(url);
      contents.emit(name, event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: the app origin is allowed', (name) => {
    for (const url of ['app://ruang-uji/', 'app://ruang-uji/candidate/home?x=1#top']) {
      const event = navigation(url);
      contents.emit(name, event);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it('allows the dev server origin when that is the app origin', () => {
    const dev = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(dev), 'http://localhost:5173');
    const same = navigation('http://localhost:5173/login');
    const other = navigation('http://localhost:5174/');
    dev.emit('will-navigate', same);
    dev.emit('will-navigate', other);
    expect(same.preventDefault).not.toHaveBeenCalled();
    expect(other.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    expect(contents.windowOpenHandler?.({ url: 'app://ruang-uji/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with false', () => {
    const session = fakeSession();
    denyAllPermissions(asElectron<Session>(session));
    const [request] = session.setPermissionRequestHandler.mock.calls[0];
    for (const permission of ['media', 'geolocation', 'notifications', 'display-capture', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const [check] = session.setPermissionCheckHandler.mock.calls[0];
    expect(check(null, 'media', 'app://ruang-uji', {})).toBe(false);
    const [device] = session.setDevicePermissionHandler.mock.calls[0];
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});
