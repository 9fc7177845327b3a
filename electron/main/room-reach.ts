import type { BrowserWindow } from 'electron';
import { escapeHtml, noticePage, noticeText } from './notice-page';

export type RoomReach = {
  /** True once the room server answers at all: its page can then be loaded. */
  probe: (url: string) => Promise<boolean>;
  /** How long between two tries. */
  retryMs: number;
};

// Chromium's code for a load replaced by another (a reload pressed twice): not a failure to show.
const ABORTED = -3;

/** Asked of the room server: any answer means it is up (the page itself may still say it is closed). */
export async function probeRoomServer(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/**
 * The page a lab PC shows while its room server cannot be reached, with the address set up on this PC so
 * the technician sees at once whether it is the right one.
 */
export function roomUnreachablePage(url: string): string {
  const address = `${noticeText('labPc.unreachable.address', 'id')} / ${noticeText('labPc.unreachable.address', 'en')}:<br><code data-address>${escapeHtml(url)}</code>`;
  return noticePage({ title: 'labPc.unreachable.title', paragraphs: ['labPc.unreachable.text', 'labPc.unreachable.retrying'] }, `<p class="footer">${address}</p>`);
}

/**
 * A lab PC's window takes its page from the room server. Started before the proctor's station, or
 * reloaded while the server was down, it showed Chromium's error page — and in kiosk mode nothing can
 * be pressed to leave it. Instead it shows what is wrong and loads the room's page by itself as soon
 * as the server answers. Answers waiting in the page's outbox survive in its storage and are sent then.
 */
export function keepRoomInReach(win: BrowserWindow, url: string, reach: RoomReach): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // From the wait's start to the probe's answer: a load failing meanwhile joins this round, it starts none of its own.
  let asking = false;
  let closed = false;
  const tryAgain = () => {
    asking = true;
    timer = setTimeout(() => {
      timer = null;
      void reach.probe(url).then((up) => {
        asking = false;
        if (closed) return;
        if (up) void win.loadURL(url);
        else tryAgain();
      });
    }, reach.retryMs);
  };
  win.webContents.on('did-fail-load', (_event, errorCode: number, _description: string, _failedUrl: string, isMainFrame: boolean) => {
    if (!isMainFrame || errorCode === ABORTED || closed) return;
    void win.loadURL(roomUnreachablePage(url));
    if (!asking) tryAgain();
  });
  win.on('closed', () => {
    closed = true;
    if (timer !== null) clearTimeout(timer);
  });
}
