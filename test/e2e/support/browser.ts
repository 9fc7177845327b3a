import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Room } from './room';
import { ROOT } from '../../support/source-files';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** Debian's Chromium, headless, with every background call home switched off (the machine is offline). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Collects console errors, page errors and any request that leaves the room server. */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`off-origin request: ${r.url()}`);
  });
  return { problems };
}

/**
 * Chromium's words for a request the server never answered because it was killed or not yet back: refused,
 * reset, closed empty or mid-way, or a socket torn down before the request went out (ERR_SOCKET_NOT_CONNECTED,
 * seen once in a CI run right after a SIGKILL). Tests that kill the server on purpose set these aside.
 */
export const isCutConnection = (problem: string): boolean =>
  /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|ERR_INCOMPLETE_CHUNKED_ENCODING|ERR_SOCKET_NOT_CONNECTED/.test(problem);

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A staff member at their own PC: a fresh browser context, signed in through the real form. */
export async function openStaffPage(browser: Browser, room: Room, username: string, password: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
  const page = await context.newPage();
  const { problems } = watchPage(page, room.origin);
  await page.goto(room.url);
  await page.getByTestId('signin-mode-staff').click();
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('app-header').waitFor();
  return { page, problems };
}

/**
 * Presses the console's start. More than 30 minutes before the demo session's planned start the console
 * asks first (EarlyStartDialog), and the hour a run happens at is not the test's to choose: it confirms then.
 */
export async function startOnConsole(page: Page): Promise<void> {
  await page.getByTestId('session-start').click();
  const asked = page.getByTestId('early-start-dialog');
  await asked.or(page.getByTestId('session-token')).first().waitFor();
  if (await asked.isVisible()) await asked.getByTestId('action-confirm').click();
  await page.getByTestId('session-token').waitFor();
}
