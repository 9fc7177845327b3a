import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { asElectron, electron, FakeBrowserWindow, resetElectron } from './fake-electron';
import { demo, staff, tempCore, tempDir, TEST_PASSWORD_COST } from '../support/core';
import { forkedCore } from '../support/core-process';
import { APP_ORIGIN } from '../../electron/main/app-origin';
import { createCoreLink, type CoreLink, type SpawnCore } from '../../electron/main/core-link';
import { mainWindowSenderCheck, registerIpc } from '../../electron/main/ipc';
import { INVOKE_CHANNEL } from '../../electron/shared/ipc';
import type { CbtState } from '../../electron/shared/cbt';
import { AppError, type ApiError, type Reply } from '../../electron/shared/errors';
import type { FromCore } from '../../electron/shared/core-channel';
import type { RoomStatus } from '../../electron/shared/room';
import { freePort } from '../support/ports';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

/** A data folder whose demo is seeded at test cost, so the core process only opens it. */
async function seededDataDir(): Promise<string> {
  const dataDir = tempDir('ru-link-');
  (await tempCore({ dataDir })).close();
  return dataDir;
}

async function forkedLink(dataDir: string, extra: { loopbackRoom?: boolean } = {}) {
  const spawn = forkedCore();
  const restarted = vi.fn();
  const roomTold = vi.fn();
  const link = createCoreLink({
    spawn,
    start: { dataDir, demoIfEmpty: true, staticDir: null, passwordCost: TEST_PASSWORD_COST, ...extra },
    os: null,
    onRestarted: restarted,
    onRoom: roomTold,
    log: () => {},
  });
  onTestFinished(() => link.close());
  await link.ready;
  return { link, spawn, restarted, roomTold };
}

async function ok<T>(reply: Promise<Reply<unknown>>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.result as T;
}

async function signIn(link: CoreLink, who: keyof typeof staff): Promise<string> {
  return (await ok<{ token: string }>(link.dispatch('auth/signIn', { username: staff[who].username, password: staff[who].password }, null))).token;
}

async function candidateInTest(link: CoreLink): Promise<{ token: string; state: CbtState }> {
  const proctor = await signIn(link, 'proctor');
  const today = await ok<{ sessions: { session: { id: string } }[] }>(link.dispatch('proctor/today', {}, proctor));
  const started = await ok<{ token: string }>(link.dispatch('exam/startSession', { sessionId: today.sessions[0].session.id }, proctor));
  const c = demo.people.candidates[0];
  const { token } = await ok<{ token: string }>(
    link.dispatch('auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token: started.token, deviceId: 'relay-pc-01' }, null),
  );
  return { token, state: await ok<CbtState>(link.dispatch('cbt/agree', { accept: true }, token)) };
}

describe('main ↔ core process (child_process.fork standing in for utilityProcess)', () => {
  beforeEach(resetElectron);
  afterEach(() => vi.restoreAllMocks());

  it('relays 100 calls from the window through main to the core process and back, each to its caller', { timeout: 60_000 }, async () => {
    const { link, spawn } = await forkedLink(await seededDataDir());
    const win = new FakeBrowserWindow({});
    const ipc = registerIpc({ core: link, isTrustedSender: mainWindowSenderCheck(() => asElectron<BrowserWindow>(win), APP_ORIGIN) });
    onTestFinished(() => ipc.dispose());
    const invoke = electron.fake.ipcHandlers.get(INVOKE_CHANNEL)!;
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const admin = await signIn(link, 'admin');

    const calls = Array.from({ length: 100 }, (_, i) => {
      if (i % 3 === 0) return { method: 'app/info', args: {}, token: null, expect: { ok: true, result: { name: 'Ruang Uji' } } };
      if (i % 3 === 1) return { method: 'auth/whoami', args: {}, token: admin, expect: { ok: true, result: { role: 'lsp_admin' } } };
      return { method: `nope/n${i}`, args: {}, token: null, expect: { ok: false, error: { code: 'UNKNOWN_METHOD', params: { method: `nope/n${i}` } } } };
    });
    const replies = await Promise.all(calls.map((c) => invoke(event, c.method, c.args, c.token)));
    replies.forEach((reply, i) => expect(reply, calls[i].method).toMatchObject(calls[i].expect));
    // One process did all of it, and it is not this one.
    expect(spawn.children).toHaveLength(1);
    expect(spawn.children[0].pid).not.toBe(process.pid);
  });

  it('restarts a core process killed with SIGKILL mid-stream; no acknowledged answer is lost', { timeout: 90_000 }, async () => {
    const { link, spawn, restarted } = await forkedLink(await seededDataDir());
    const { token, state } = await candidateInTest(link);
    const acked = new Map<string, { seq: number; choice: number | null; text: string | null }>();
    let seq = state.lastSeq;
    let refused = 0;
    let killed = false;

    for (let n = 0; n < 160; n++) {
      const item = state.items[n % state.items.length];
      const mySeq = ++seq;
      const save = item.kind === 'essay' ? { choice: null, text: `jawaban ${mySeq}` } : { choice: mySeq % item.options.length, text: null };
      if (n === 60) {
        // Mid-stream: this save is on its way when the process dies.
        const pending = link.dispatch('cbt/save', { itemId: item.itemId, seq: mySeq, doubtful: false, ...save }, token);
        spawn.children[0].kill('SIGKILL');
        killed = true;
        const reply = await pending;
        if (reply.ok) acked.set(item.itemId, { seq: mySeq, ...save });
        else refused++;
        continue;
      }
      // As the renderer's outbox does: a save that was not acknowledged is sent again.
      for (;;) {
        const reply = await link.dispatch('cbt/save', { itemId: item.itemId, seq: mySeq, doubtful: false, ...save }, token);
        if (reply.ok) break;
        refused++;
        await new Promise((r) => setTimeout(r, 20));
      }
      acked.set(item.itemId, { seq: mySeq, ...save });
    }
    expect(killed).toBe(true);
    // The saves in flight when the process died were refused, not acknowledged.
    expect(refused).toBeGreaterThan(0);
    expect(spawn.children.length).toBe(2);
    expect(spawn.children[0].signalCode).toBe('SIGKILL');
    await vi.waitFor(() => expect(restarted).toHaveBeenCalledTimes(1));
    expect(link.restarts).toBe(1);

    // The answers as the new core process reads them from disk.
    const after = await ok<CbtState>(link.dispatch('cbt/state', {}, token));
    const stored = new Map(after.answers.map((a) => [a.itemId, a]));
    const lost = [...acked].filter(([itemId, ack]) => {
      const found = stored.get(itemId);
      return !found || found.seq < ack.seq || (found.seq === ack.seq && (found.choice !== ack.choice || found.text !== ack.text));
    });
    expect(acked.size).toBeGreaterThan(5);
    expect(lost).toEqual([]);
  });

  it('opens the room from the relayed console as the proctor, answers /api/health on the chosen port, and reopens it after a crash', { timeout: 60_000 }, async () => {
    const { link, spawn, roomTold } = await forkedLink(await seededDataDir(), { loopbackRoom: true });
    const proctor = await signIn(link, 'proctor');
    const closed = await ok<RoomStatus>(link.dispatch('room/status', {}, proctor));
    expect(closed).toMatchObject({ open: false, available: true });
    expect(closed.interfaces).toContainEqual({ name: 'loopback', address: '127.0.0.1' });

    const port = await freePort();
    const opened = await ok<RoomStatus>(link.dispatch('room/open', { host: '127.0.0.1', port }, proctor));
    expect(opened).toMatchObject({ open: true, host: '127.0.0.1', port, url: `http://127.0.0.1:${port}/` });
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({ ok: true });
    expect(link.openRoom()).toEqual({ host: '127.0.0.1', port });
    // Main is told the room opened (it keeps the computer awake while it is open).
    await vi.waitFor(() => expect(roomTold.mock.calls).toEqual([[true]]));

    // The process dies: main starts it again and the room comes back on the same card and port.
    spawn.children[0].kill('SIGKILL');
    await vi.waitFor(() => expect(spawn.children).toHaveLength(2), { timeout: 10_000 });
    await vi.waitFor(async () => expect(await ok<RoomStatus>(link.dispatch('room/status', {}, proctor))).toMatchObject({ open: true, port }), { timeout: 10_000 });
    expect(await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()).toMatchObject({ ok: true });

    expect(await ok<RoomStatus>(link.dispatch('room/close', {}, proctor))).toMatchObject({ open: false });
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    expect(link.openRoom()).toBeNull();
    // Open through the crash and its restart, closed once.
    await vi.waitFor(() => expect(roomTold.mock.calls).toEqual([[true], [false]]));
  });
});

describe('a core process that cannot start', () => {
  /** A process that answers the start with `failure`, as the host does when opening the data folder throws. */
  function failingSpawn(apiError: ApiError): SpawnCore {
    return () => {
      const listeners: ((message: FromCore) => void)[] = [];
      return {
        send: (message) => {
          if (message.type === 'start') queueMicrotask(() => listeners.forEach((l) => l({ type: 'startFailed', failure: { apiError } })));
        },
        onMessage: (listener) => void listeners.push(listener),
        onExit: () => {},
        kill: () => {},
      };
    };
  }

  it('rejects ready with the whole refusal: its fields and reasons too, not only code and params', async () => {
    const apiError: ApiError = {
      code: 'SESSION_EXPORT_REFUSED',
      messageKey: 'errors.SESSION_EXPORT_REFUSED',
      params: { count: 1 },
      fields: [{ field: 'issuedOn', reason: 'future' }],
      reasons: [{ code: 'CERTIFICATE_ISSUED_IN_FUTURE', params: { date: '2026-12-05' } }],
    };
    const link = createCoreLink({ spawn: failingSpawn(apiError), start: { dataDir: tempDir('ru-link-'), demoIfEmpty: false, staticDir: null, passwordCost: TEST_PASSWORD_COST }, os: null, log: () => {} });
    const error: unknown = await link.ready.catch((err: unknown) => err);
    expect(error instanceof AppError && error.toApiError()).toEqual(apiError);
  });
});
