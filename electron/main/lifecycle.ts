import { app, BrowserWindow, dialog, powerSaveBlocker, safeStorage, session } from 'electron';
import { createCoreLink, type CoreLink, type SpawnCore } from './core-link';
import { utilityCore } from './core-spawn';
import { rendererTarget } from './app-origin';
import { mainWindowSenderCheck, registerIpc } from './ipc';
import type { Subscriptions } from './subscriptions';
import { registerPrint } from './print';
import { applyApplicationMenu } from './menu';
import { builtPath, dataDir, nativeBinding } from './paths';
import { registerAppProtocol, registerAppSchemePrivileges } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { describeStartupError } from './startup-error';
import { examClient, type ExamClient } from './exam-client';
import { keepAwakeWhileRoomOpen } from './keep-awake';
import { probeRoomServer } from './room-reach';
import { osProtection } from './os-protection';
import { parseUpdateSource, startUpdater, UPDATE_SOURCE_ENV, type UpdaterHandle } from './updater';
import { createMainWindow } from './window';

/** Chromium's locale for the controls it draws itself (see runApp). */
export const NATIVE_CONTROLS_LOCALE = 'id';

/** A lab PC whose room server is down asks again this often: soon enough that nobody waits, rare enough to cost nothing. */
const ROOM_RETRY_MS = 3_000;

export type AppRun =
  | { primary: false }
  | { primary: true; ready: Promise<void>; mainWindow: () => BrowserWindow | null; core: () => CoreLink | null };

export type AppDeps = {
  /** How the core process is started; Electron's utilityProcess unless a test says otherwise. */
  spawnCore?: SpawnCore;
};

/**
 * The app's life: one instance per user (two would fight over one SQLite file and its WAL), one
 * window, the core process started once on ready (and again if it dies) and stopped on quit. This
 * process never opens the database: the core and the room server live in the core process.
 */
export function runApp(deps: AppDeps = {}): AppRun {
  // Scheme privileges can only be registered before 'ready'; doing it first costs an instance that then quits nothing.
  registerAppSchemePrivileges();
  // What Chromium draws itself (the file picker, the text fields' context menu) follows its locale, not the page's
  // language: Indonesian, right for an LSP in Indonesia. Dates and times are typed in inputs of the page's own
  // (renderer/src/components/DayInputs.tsx), which read day first in any browser. Only settable before 'ready'.
  app.commandLine.appendSwitch('lang', NATIVE_CONTROLS_LOCALE);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { primary: false };
  }

  let client: ExamClient | null;
  try {
    client = examClient(process.env, app.getPath('userData'));
  } catch (error) {
    failToStart(error);
    return { primary: false };
  }
  const target = client ?? rendererTarget(app.isPackaged);
  let mainWindow: BrowserWindow | null = null;
  let core: CoreLink | null = null;
  let disposeIpc: (() => void) | null = null;
  let subscriptions: Subscriptions | null = null;
  let updater: UpdaterHandle | null = null;

  const openWindow = () => {
    const win = createMainWindow({
      preload: client ? undefined : builtPath('preload', 'index.cjs'),
      url: target.url,
      devTools: !app.isPackaged,
      kiosk: client?.kiosk ?? false,
      room: client ? { probe: probeRoomServer, retryMs: ROOM_RETRY_MS } : undefined,
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    return win;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every webContents, not only the main window's, so nothing created later escapes the rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, target.origin));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('will-quit', () => {
    disposeIpc?.();
    disposeIpc = null;
    subscriptions = null;
    void updater?.stop();
    updater = null;
    // The core process closes its database on 'shutdown'; Electron ends utility processes with the app anyway.
    void core?.close();
    core = null;
  });

  const ready = app.whenReady().then(async () => {
    try {
      applyApplicationMenu();
      denyAllPermissions(session.defaultSession);
      if (client) {
        // A lab PC keeps no data of its own: the room server holds every answer.
        mainWindow = openWindow();
        // It is there to take a test: a screen that blanks (or locks) while a candidate reads a long question
        // is a disruption, so the display stays on as long as the app runs.
        powerSaveBlocker.start('prevent-display-sleep');
        return;
      }
      registerAppProtocol(builtPath('renderer'), () => core);
      // safeStorage only works after 'ready' (on Linux it needs the keyring the desktop session offers).
      const link = createCoreLink({
        spawn: deps.spawnCore ?? utilityCore(builtPath('main', 'host.js')),
        start: { dataDir: dataDir(), nativeBinding: nativeBinding(), demoIfEmpty: true, staticDir: builtPath('renderer') },
        os: osProtection(safeStorage),
        // The window's subscriptions were carried over; told on them, it reloads its screens and says it reconnected.
        onRestarted: () => subscriptions?.broadcast({ event: 'app/coreRestarted', payload: {} }),
        onRoom: keepAwakeWhileRoomOpen(powerSaveBlocker),
      });
      core = link;
      await link.ready.catch((error: unknown) => {
        core = null;
        throw error;
      });
      const isTrustedSender = mainWindowSenderCheck(() => mainWindow, target.origin);
      const ipc = registerIpc({ core: link, isTrustedSender });
      subscriptions = ipc.subscriptions;
      const disposeCalls = ipc.dispose;
      const disposePrint = registerPrint({ isTrustedSender });
      disposeIpc = () => {
        disposeCalls();
        disposePrint();
      };
      mainWindow = openWindow();
    } catch (error) {
      failToStart(error);
      return;
    }
    if (!core) return;
    const source = parseUpdateSource(process.env[UPDATE_SOURCE_ENV] ?? (await core.updateSource()));
    updater = await startUpdater(source).catch((error: unknown) => {
      console.warn('[ruang-uji] updater not started', error);
      return null;
    });
  });

  return { primary: true, ready, mainWindow: () => mainWindow, core: () => core };
}

function failToStart(error: unknown): void {
  const problem = describeStartupError(error, app.getLocale());
  console.error('[ruang-uji] cannot start', error);
  if (problem.hint) console.error(`[ruang-uji] ${problem.hint}`);
  dialog.showErrorBox('Ruang Uji', problem.hint ? `${problem.message}\n\n${problem.hint}` : problem.message);
  app.exit(1);
}
