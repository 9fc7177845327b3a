import { BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';
import { en } from '../shared/i18n/en';
import { id } from '../shared/i18n/id';
import { reloadAfterCrash } from './crash-reload';
import { keepRoomInReach, type RoomReach } from './room-reach';

export type MainWindowOptions = {
  /** None in exam-client mode: the page comes from the room server and talks to it over HTTP, never over IPC. */
  preload: string | undefined;
  url: string;
  /** Only an unpackaged app (a developer's checkout) may open DevTools. */
  devTools: boolean;
  /** Full screen without window controls, for lab PCs in exam-client mode. */
  kiosk?: boolean;
  /** Exam-client mode: the page is the room server's, and the window waits out the server being down. */
  room?: RoomReach;
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
  if (!options.kiosk) askBeforeUnsavedLost(win);
  if (options.room) keepRoomInReach(win, options.url, options.room);
  reloadAfterCrash(win);
  void win.loadURL(options.url);
  return win;
}

/**
 * A staff page with unsaved edits (a registry form, the assessor's scores) refuses to unload
 * (`beforeunload`); a browser then asks the user, but Electron cancels the close or reload without a
 * word, so the window would not close and not say why. Asked here with the page's own words, in both
 * languages: the page's language cannot be read before the answer is due. A lab PC's exam window
 * (kiosk) keeps the silent refusal: its page holds answers not yet delivered.
 */
function askBeforeUnsavedLost(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    type Texts = Record<'title' | 'text' | 'stay' | 'leave', string>;
    const both = (pick: (t: Texts) => string) => `${pick(id.common.unsaved)} / ${pick(en.common.unsaved)}`;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: WINDOW_TITLE,
      message: both((t) => t.title),
      detail: `${id.common.unsaved.text}\n\n${en.common.unsaved.text}`,
      buttons: [both((t) => t.leave), both((t) => t.stay)],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // Leaving: the page's refusal is overridden and the close or reload goes ahead.
    if (choice === 0) event.preventDefault();
  });
}
