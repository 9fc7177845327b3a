import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export type MainWindowOptions = {
  /** None in exam-client mode: the page comes from the room server and talks to it over HTTP, never over IPC. */
  preload: string | undefined;
  url: string;
  /** Only an unpackaged app (a developer's checkout) may open DevTools. */
  devTools: boolean;
  /** Full screen without window controls, for lab PCs in exam-client mode. */
  kiosk?: boolean;
};

export const WINDOW_TITLE = 'Ruang Uji';

export function mainWindowOptions(options: Pick<MainWindowOptions, 'preload' | 'devTools' | 'kiosk'>): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    ...(options.kiosk ? { kiosk: true } : {}),
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    // Shown on ready-to-show, so a slow lab PC never flashes an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      devTools: options.devTools,
    },
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(options));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.url);
  return win;
}
