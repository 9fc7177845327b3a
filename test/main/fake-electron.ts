import { EventEmitter } from 'node:events';
import { fork, type ChildProcess } from 'node:child_process';
import { vi } from 'vitest';
import { hostFork } from '../support/core-process';

/**
 * A stand-in for the 'electron' module: the real one needs the Electron binary, which this machine
 * cannot download. Test files route `vi.mock('electron', …)` here and inspect what the code did.
 */

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export type FakeFrame = { url: string; parent: FakeFrame | null };

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly send = vi.fn();
  readonly reload = vi.fn();
  destroyed = false;
  mainFrame: FakeFrame = { url: 'app://ruang-uji/', parent: null };
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances.filter((w) => !w.destroyed));
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/**
 * Electron's UtilityProcess over a real child_process.fork of the core process's entry (hostFork): the
 * built out/main/host.js that main asks for does not exist in tests, and the messages are the same.
 */
export class FakeUtilityProcess extends EventEmitter {
  static instances: FakeUtilityProcess[] = [];
  readonly child: ChildProcess;
  constructor(readonly modulePath: string, readonly options: Record<string, unknown>) {
    super();
    const { modulePath: entry, execArgv } = hostFork();
    this.child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (message) => this.emit('message', message));
    this.child.on('exit', (code) => this.emit('exit', code ?? -1));
    FakeUtilityProcess.instances.push(this);
  }
  get pid(): number | undefined {
    return this.child.pid;
  }
  postMessage(message: unknown): void {
    if (this.child.connected) this.child.send(message as object);
  }
  kill(): boolean {
    return this.child.kill('SIGKILL');
  }
  /** Waits until every core process a test started has ended (a clean shutdown, or killed after `ms`). */
  static async allExited(ms = 10_000): Promise<void> {
    await Promise.all(
      FakeUtilityProcess.instances.map(({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return null;
        return new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), ms);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }),
    );
    FakeUtilityProcess.instances = [];
  }
}

export function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
}

function createFake() {
  const ipcHandlers = new Map<string, Handler>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const exposed = new Map<string, unknown>();
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((_name: string) => '/fake/userData'),
    getAppPath: vi.fn(() => '/fake/app'),
    getLocale: vi.fn(() => 'id'),
    commandLine: { appendSwitch: vi.fn() },
  });
  const blockers = new Map<number, string>();
  let nextBlocker = 1;
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown[]) => ({ template })) },
    dialog: { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn((_window: unknown, _options: unknown): number => 1), showSaveDialog: vi.fn(async (_options: unknown): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })) },
    session: { defaultSession: fakeSession() },
    ipcMain: {
      handle: vi.fn((channel: string, handler: Handler) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcHandlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler)),
    },
    // Off by default, like a Linux desktop without a keyring; the "OS encryption" here is a reversible stand-in.
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => false),
      getSelectedStorageBackend: vi.fn((): string => 'basic_text'),
      encryptString: vi.fn((plain: string) => Buffer.concat([Buffer.from('fake-os:'), Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)])),
      decryptString: vi.fn((sealed: Buffer) => {
        if (!sealed.subarray(0, 8).equals(Buffer.from('fake-os:'))) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        return Buffer.from(sealed.subarray(8).map((b) => b ^ 0x5a)).toString('utf8');
      }),
    },
    // Blocks held (by id) and the kind each was started with.
    powerSaveBlocker: {
      start: vi.fn((kind: string) => {
        const id = nextBlocker++;
        blockers.set(id, kind);
        return id;
      }),
      stop: vi.fn((id: number) => blockers.delete(id)),
      isStarted: vi.fn((id: number) => blockers.has(id)),
    },
    utilityProcess: { fork: vi.fn((modulePath: string, _args: string[] = [], options: Record<string, unknown> = {}) => new FakeUtilityProcess(modulePath, options)) },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, result: null })), on: vi.fn() },
    /** Not part of Electron: what the test reads back. */
    fake: { ipcHandlers, protocolHandlers, exposed, blockers },
  };
}

export const electron = createFake();

/**
 * Between tests: forget calls, restore each vi.fn's own implementation, drop registered handlers and
 * listeners. The module under test keeps its import of `electron`, so state is reset in place.
 */
export function resetElectron(): void {
  vi.resetAllMocks();
  electron.fake.ipcHandlers.clear();
  electron.fake.protocolHandlers.clear();
  electron.fake.exposed.clear();
  electron.fake.blockers.clear();
  electron.app.removeAllListeners();
  electron.app.isPackaged = false;
  FakeBrowserWindow.instances = [];
  electron.utilityProcess.fork.mockImplementation((modulePath: string, _args: string[] = [], options: Record<string, unknown> = {}) => new FakeUtilityProcess(modulePath, options));
}

/**
 * The one place a fake is handed to code typed against Electron's classes: the fakes implement only
 * what the code under test touches, so they cannot satisfy the full declared types.
 */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}
