import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { asElectron, electron, FakeBrowserWindow, resetElectron, type FakeFrame, type FakeWebContents } from './fake-electron';
import { signInAs, tempCore, tempDir, TEST_PASSWORD_COST } from '../support/core';
import { inProcessCore } from '../support/core-process';
import { createCoreLink } from '../../electron/main/core-link';
import type { Core } from '../../electron/core';
import { APP_ORIGIN } from '../../electron/main/app-origin';
import { EVENT_CHANNEL, INVOKE_CHANNEL, SUBSCRIBE_CHANNEL, UNSUBSCRIBE_CHANNEL } from '../../electron/shared/ipc';
import { mainWindowSenderCheck, registerIpc } from '../../electron/main/ipc';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

type Setup = { core: Core; win: FakeBrowserWindow; ipc: ReturnType<typeof registerIpc> };

/**
 * The IPC handlers over a link to the core process's message handling (in this process, for speed);
 * `core` is a second core on the same data folder, for signing in and reading rows the way the tests need.
 */
async function setup(): Promise<Setup> {
  const core = await tempCore({ dataDir: tempDir('ru-main-') });
  const link = createCoreLink({ spawn: inProcessCore(), start: { dataDir: core.dataDir, demoIfEmpty: true, staticDir: null, passwordCost: TEST_PASSWORD_COST }, os: null });
  onTestFinished(() => link.close());
  await link.ready;
  const win = new FakeBrowserWindow({});
  const ipc = registerIpc({ core: link, isTrustedSender: mainWindowSenderCheck(() => asElectron<BrowserWindow>(win), APP_ORIGIN) });
  return { core, win, ipc };
}

function eventFrom(sender: FakeWebContents, frame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame: frame };
}

function handler(channel: string) {
  const h = electron.fake.ipcHandlers.get(channel);
  if (!h) throw new Error(`no handler on ${channel}`);
  return h;
}

describe('IPC bridge relayed to the core process', () => {
  let s: Setup;
  beforeEach(async () => {
    resetElectron();
    s = await setup();
  });
  afterEach(() => s.ipc.dispose());

  it('registers exactly the three channels', () => {
    expect([...electron.fake.ipcHandlers.keys()].sort()).toEqual([INVOKE_CHANNEL, SUBSCRIBE_CHANNEL, UNSUBSCRIBE_CHANNEL].sort());
    expect(INVOKE_CHANNEL).toBe('ruang-uji:invoke');
  });

  it('answers app/info with the Reply envelope', async () => {
    const reply = await handler(INVOKE_CHANNEL)(eventFrom(s.win.webContents), 'app/info', {}, null);
    expect(reply).toMatchObject({ ok: true, result: { name: 'Ruang Uji', demo: true, version: s.core.version } });
  });

  it('answers an unknown method with UNKNOWN_METHOD, as data rather than a thrown Error', async () => {
    const reply = await handler(INVOKE_CHANNEL)(eventFrom(s.win.webContents), 'nope/nothing', {}, null);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', messageKey: 'errors.UNKNOWN_METHOD', params: { method: 'nope/nothing' } },
    });
  });

  it('passes the token through to the core for authorization', async () => {
    const invoke = handler(INVOKE_CHANNEL);
    expect(await invoke(eventFrom(s.win.webContents), 'lsp/overview', {}, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const token = await signInAs(s.core, 'admin');
    expect(await invoke(eventFrom(s.win.webContents), 'lsp/overview', {}, token)).toMatchObject({ ok: true });
    expect(await invoke(eventFrom(s.win.webContents), 'auth/whoami', undefined, token)).toMatchObject({ ok: true, result: { role: 'lsp_admin' } });
  });

  it('treats a missing token as signed out', async () => {
    expect(await handler(INVOKE_CHANNEL)(eventFrom(s.win.webContents), 'app/info', {})).toMatchObject({ ok: true });
  });

  it('refuses a method or token of the wrong type', async () => {
    const invoke = handler(INVOKE_CHANNEL);
    for (const method of [42, null, undefined, { m: 'app/info' }]) {
      expect(await invoke(eventFrom(s.win.webContents), method, {}, null)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    expect(await invoke(eventFrom(s.win.webContents), 'app/info', {}, 7)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('refuses callers other than the main window top frame on the app origin', async () => {
    const invoke = handler(INVOKE_CHANNEL);
    const stranger = new FakeBrowserWindow({}).webContents;
    const refusals = [
      eventFrom(stranger),
      eventFrom(s.win.webContents, { url: 'https://example.com/', parent: null }),
      eventFrom(s.win.webContents, { url: 'app://ruang-uji/frame.html', parent: s.win.webContents.mainFrame }),
      eventFrom(s.win.webContents, null),
    ];
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const event of refusals) {
      expect(await invoke(event, 'app/info', {}, null)).toEqual({
        ok: false,
        error: { code: 'BAD_REQUEST', messageKey: 'errors.BAD_REQUEST', params: { details: 'untrusted sender' } },
      });
    }
    s.win.destroyed = true;
    expect(await invoke(eventFrom(s.win.webContents), 'app/info', {}, null)).toMatchObject({ ok: false });
  });

  it('forwards core events to the subscribing page until it unsubscribes', async () => {
    const admin = await signInAs(s.core, 'admin');
    const contents = s.win.webContents;
    expect(await handler(SUBSCRIBE_CHANNEL)(eventFrom(contents), 'sub-1', admin)).toEqual({ ok: true, result: { subscriptionId: 'sub-1' } });
    const candidate = s.core.db.prepare<[], { id: string }>("SELECT id FROM account WHERE role = 'candidate' LIMIT 1").get()!;
    const unlock = () => handler(INVOKE_CHANNEL)(eventFrom(contents), 'accounts/unlock', { accountId: candidate.id, reason: 'test unlock' }, admin);

    expect(await unlock()).toMatchObject({ ok: true });
    expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      subscriptionId: 'sub-1',
      message: { event: 'accounts/changed', payload: { accountId: candidate.id, locked: false } },
    });

    expect(await handler(UNSUBSCRIBE_CHANNEL)(eventFrom(contents), 'sub-1')).toEqual({ ok: true, result: { unsubscribed: true } });
    contents.send.mockClear();
    await unlock();
    expect(contents.send).not.toHaveBeenCalled();
    expect(await handler(UNSUBSCRIBE_CHANNEL)(eventFrom(contents), 'sub-1')).toEqual({ ok: true, result: { unsubscribed: false } });
  });

  it('drops a page subscription when its token signs out, and forwards nothing after', async () => {
    const admin = await signInAs(s.core, 'admin');
    const other = await signInAs(s.core, 'admin');
    const contents = s.win.webContents;
    await handler(SUBSCRIBE_CHANNEL)(eventFrom(contents), 'mine', admin);
    await handler(SUBSCRIBE_CHANNEL)(eventFrom(contents), 'theirs', other);
    expect(await handler(INVOKE_CHANNEL)(eventFrom(contents), 'auth/signOut', {}, admin)).toMatchObject({ ok: true });
    expect(s.ipc.subscriptions.count()).toBe(1);

    contents.send.mockClear();
    const candidate = s.core.db.prepare<[], { id: string }>("SELECT id FROM account WHERE role = 'candidate' LIMIT 1").get()!;
    await handler(INVOKE_CHANNEL)(eventFrom(contents), 'accounts/unlock', { accountId: candidate.id, reason: 'test unlock' }, other);
    expect(contents.send.mock.calls.map(([, envelope]) => (envelope as { subscriptionId: string }).subscriptionId)).toEqual(['theirs']);
    // The id is free again for the page's next subscription.
    expect(await handler(UNSUBSCRIBE_CHANNEL)(eventFrom(contents), 'mine')).toEqual({ ok: true, result: { unsubscribed: false } });
  });

  it('refuses a subscription without a valid session, as a Reply', async () => {
    const reply = await handler(SUBSCRIBE_CHANNEL)(eventFrom(s.win.webContents), 'sub-1', 'not-a-token');
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', messageKey: 'errors.UNAUTHENTICATED' } });
    expect(s.ipc.subscriptions.count()).toBe(0);
  });

  it('refuses duplicate or malformed subscription ids', async () => {
    const admin = await signInAs(s.core, 'admin');
    const subscribe = handler(SUBSCRIBE_CHANNEL);
    expect(await subscribe(eventFrom(s.win.webContents), 'a', admin)).toMatchObject({ ok: true });
    expect(await subscribe(eventFrom(s.win.webContents), 'a', admin)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await subscribe(eventFrom(s.win.webContents), '', admin)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await subscribe(eventFrom(s.win.webContents), 'x'.repeat(65), admin)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  const endings: [string, (contents: FakeWebContents) => void][] = [
    ['closed', (c) => c.destroy()],
    ['reloaded or navigated', (c) => c.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false })],
    ['crashed', (c) => c.emit('render-process-gone', {}, { reason: 'crashed' })],
  ];
  it.each(endings)('ends a page’s subscriptions when it is %s', async (_what, end) => {
    const admin = await signInAs(s.core, 'admin');
    const subscribe = handler(SUBSCRIBE_CHANNEL);
    await subscribe(eventFrom(s.win.webContents), 'a', admin);
    await subscribe(eventFrom(s.win.webContents), 'b', admin);
    expect(s.ipc.subscriptions.count()).toBe(2);
    end(s.win.webContents);
    expect(s.ipc.subscriptions.count()).toBe(0);
    expect(s.win.webContents.listenerCount('destroyed')).toBe(0);
  });

  it('keeps subscriptions through client-side route changes and subframe navigations', async () => {
    const admin = await signInAs(s.core, 'admin');
    await handler(SUBSCRIBE_CHANNEL)(eventFrom(s.win.webContents), 'a', admin);
    s.win.webContents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    s.win.webContents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    expect(s.ipc.subscriptions.count()).toBe(1);
  });

  it('removes its handlers and subscriptions on dispose', async () => {
    const admin = await signInAs(s.core, 'admin');
    await handler(SUBSCRIBE_CHANNEL)(eventFrom(s.win.webContents), 'a', admin);
    s.ipc.dispose();
    expect(electron.fake.ipcHandlers.size).toBe(0);
    expect(s.ipc.subscriptions.count()).toBe(0);
  });
});
