import type { BrowserWindow } from 'electron';
import type { Language } from '../shared/i18n';
import { messageText } from '../shared/i18n/error-text';

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

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const text = (key: string, language: Language) => escapeHtml(messageText(key, {}, language));

/**
 * The page a lab PC shows while its room server cannot be reached, in both languages (the candidate's
 * choice lives on the server's page, which is what failed), with the address set up on this PC so the
 * technician sees at once whether it is the right one. No script: the main process does the retrying.
 */
export function roomUnreachablePage(url: string): string {
  const address = escapeHtml(url);
  const block = (lang: Language) =>
    `<section lang="${lang}"><h1>${text('labPc.unreachable.title', lang)}</h1><p>${text('labPc.unreachable.text', lang)}</p><p>${text('labPc.unreachable.retrying', lang)}</p></section>`;
  const html = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Ruang Uji</title><style>
body{font-family:system-ui,sans-serif;margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f5f6f8;color:#1d2433}
main{max-width:40rem;padding:2rem;background:#fff;border:1px solid #d6dae1;border-radius:8px}
h1{font-size:1.4rem;margin:0 0 .5rem}section+section{margin-top:1.5rem;padding-top:1.5rem;border-top:1px solid #e3e6eb}
p{line-height:1.5;margin:.4rem 0}.address{margin-top:1.5rem;padding-top:1rem;border-top:1px solid #e3e6eb}code{font-size:1.05rem;background:#eef0f4;padding:.1rem .35rem;border-radius:4px}
</style></head><body><main>${block('id')}${block('en')}<p class="address">${text('labPc.unreachable.address', 'id')} / ${text('labPc.unreachable.address', 'en')}:<br><code data-address>${address}</code></p></main></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/**
 * A lab PC's window takes its page from the room server. Started before the proctor's station, or
 * reloaded while the server was down, it showed Chromium's error page — and in kiosk mode nothing can
 * be pressed to leave it. Instead it shows what is wrong and loads the room's page by itself as soon
 * as the server answers. Answers waiting in the page's outbox survive in its storage and are sent then.
 */
export function keepRoomInReach(win: BrowserWindow, url: string, reach: RoomReach): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  const tryAgain = () => {
    timer = setTimeout(() => {
      timer = null;
      void reach.probe(url).then((up) => {
        if (closed) return;
        if (up) void win.loadURL(url);
        else tryAgain();
      });
    }, reach.retryMs);
  };
  win.webContents.on('did-fail-load', (_event, errorCode: number, _description: string, _failedUrl: string, isMainFrame: boolean) => {
    if (!isMainFrame || errorCode === ABORTED || closed) return;
    void win.loadURL(roomUnreachablePage(url));
    if (timer === null) tryAgain();
  });
  win.on('closed', () => {
    closed = true;
    if (timer !== null) clearTimeout(timer);
  });
}
