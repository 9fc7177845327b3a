import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectron } from './fake-electron';
import { keepRoomInReach, probeRoomServer, roomUnreachablePage } from '../../electron/main/room-reach';
import { createMainWindow } from '../../electron/main/window';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import type { BrowserWindow } from 'electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const ROOM = 'http://192.168.1.10:4321/';
const pageText = (dataUrl: string) => decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
// Chromium's did-fail-load: (event, errorCode, errorDescription, validatedURL, isMainFrame).
const failLoad = (win: FakeBrowserWindow, code: number, isMainFrame = true) => win.webContents.emit('did-fail-load', {}, code, 'ERR', ROOM, isMainFrame);
const CONNECTION_REFUSED = -102;

function labWindow(probe: (url: string) => Promise<boolean>) {
  createMainWindow({ preload: undefined, url: ROOM, devTools: false, kiosk: true, room: { probe, retryMs: 3_000 } });
  return FakeBrowserWindow.instances[0];
}

describe("a lab PC's window while its room server is down", () => {
  beforeEach(() => {
    resetElectron();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('shows why in both languages with the address set up, not the browser error page, and opens the room by itself once the server answers', async () => {
    const answers = [false, false, true];
    const probe = vi.fn(async () => answers.shift() ?? true);
    const win = labWindow(probe);
    expect(win.loadURL).toHaveBeenLastCalledWith(ROOM);

    failLoad(win, CONNECTION_REFUSED);
    const shown = win.loadURL.mock.lastCall![0];
    expect(shown.startsWith('data:text/html')).toBe(true);
    const html = pageText(shown);
    for (const t of [id.labPc.unreachable, en.labPc.unreachable]) for (const text of Object.values(t)) expect(html).toContain(text.replace(/'/g, '&#39;'));
    expect(html).toContain(`<code data-address>${ROOM}</code>`);
    expect(html).not.toContain('<script');

    // Asked every 3 s; the room's page is loaded only when the server answers.
    await vi.advanceTimersByTimeAsync(2_999);
    expect(probe).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(probe).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(win.loadURL).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(win.loadURL).toHaveBeenCalledTimes(3);
    expect(win.loadURL).toHaveBeenLastCalledWith(ROOM);
    // Up again: nothing more is asked until a load fails again.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(probe).toHaveBeenCalledTimes(3);

    // The server answered the probe but the load still failed (it went down between): the notice comes back.
    failLoad(win, CONNECTION_REFUSED);
    expect(win.loadURL.mock.lastCall![0].startsWith('data:text/html')).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(win.loadURL).toHaveBeenLastCalledWith(ROOM);
  });

  it("ignores a failed frame inside the page and a load replaced by another (Chromium's -3), which are no outage", async () => {
    const probe = vi.fn(async () => true);
    const win = labWindow(probe);
    failLoad(win, CONNECTION_REFUSED, false);
    failLoad(win, -3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(win.loadURL).toHaveBeenCalledTimes(1);
    expect(probe).not.toHaveBeenCalled();
  });

  it('stops asking once the window is closed', async () => {
    const probe = vi.fn(async () => false);
    const win = labWindow(probe);
    failLoad(win, CONNECTION_REFUSED);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe).toHaveBeenCalledTimes(1);
    win.emit('closed');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('asks one question at a time, however many loads fail meanwhile', async () => {
    const probe = vi.fn(async () => false);
    const win = labWindow(probe);
    failLoad(win, CONNECTION_REFUSED);
    failLoad(win, CONNECTION_REFUSED);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('starts no second round of questions when a load fails while a question is still on its way', async () => {
    // The probe waits up to 2 s for an answer; a load failing meanwhile (a reload pressed on the notice) must not start a second loop.
    let answer: (up: boolean) => void = () => {};
    const probe = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const win = labWindow(probe);
    failLoad(win, CONNECTION_REFUSED);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe).toHaveBeenCalledTimes(1);
    failLoad(win, CONNECTION_REFUSED);
    answer(false);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe).toHaveBeenCalledTimes(2);
    answer(false);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it("a staff window (the app's own page) waits out nothing: it is not the room server's", () => {
    createMainWindow({ preload: '/repo/out/preload/index.cjs', url: 'app://ruang-uji/', devTools: false });
    const [win] = FakeBrowserWindow.instances;
    failLoad(win, CONNECTION_REFUSED);
    expect(win.loadURL).toHaveBeenCalledTimes(1);
  });

  it('escapes the address it shows', () => {
    keepRoomInReach(new FakeBrowserWindow({}) as unknown as BrowserWindow, ROOM, { probe: async () => false, retryMs: 1 });
    expect(pageText(roomUnreachablePage('http://x/?a=<b>&c="d"'))).toContain('http://x/?a=&#60;b&#62;&#38;c=&#34;d&#34;');
  });
});

describe('probeRoomServer', () => {
  it('is true for a server that answers anything, false for an address nothing listens on', async () => {
    const server = http.createServer((_req, res) => res.writeHead(503).end('closed'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await probeRoomServer(`http://127.0.0.1:${port}/`)).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await probeRoomServer(`http://127.0.0.1:${port}/`)).toBe(false);
  });
});
