import type { BrowserWindow } from 'electron';
import { noticePage } from './notice-page';

export type CrashPolicy = { maxReloads: number; windowMs: number; now: () => number };

export const CRASH_POLICY: CrashPolicy = { maxReloads: 3, windowMs: 60_000, now: () => Date.now() };

/** What the window says when its page keeps crashing. */
export const crashedPage = (): string => noticePage({ title: 'shell.crashed.title', paragraphs: ['shell.crashed.text'] });

/**
 * A page whose renderer process dies (out of memory on a small lab PC, a GPU fault) left a blank window, and
 * in kiosk mode nothing can be pressed to leave it. The page is loaded again: a candidate's answers not yet
 * delivered wait in its storage and are sent from there. A page that keeps dying would reload forever, so
 * past a few in a minute the window says so instead, for someone to restart the app.
 */
export function reloadAfterCrash(win: BrowserWindow, policy: CrashPolicy = CRASH_POLICY): void {
  const crashes: number[] = [];
  win.webContents.on('render-process-gone', (_event, details: { reason: string }) => {
    // 'clean-exit': the page closed normally (the window is closing), not a crash.
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const now = policy.now();
    crashes.push(now);
    while (crashes.length > 0 && crashes[0] <= now - policy.windowMs) crashes.shift();
    if (crashes.length > policy.maxReloads) void win.loadURL(crashedPage());
    else win.webContents.reload();
  });
}
