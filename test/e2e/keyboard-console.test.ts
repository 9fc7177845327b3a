import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../support/core';
import { launchChromium, openStaffPage } from './support/browser';
import { startRoom, type Room } from './support/room';

/**
 * The proctor's console from the keyboard alone, in Chromium: what only a real browser shows, where the focus goes
 * when the control that had it is disabled or goes away (jsdom keeps it on a disabled button; Chromium drops it to
 * <body>, where a modal's Escape and Tab trap no longer reach it).
 */
let room: Room;
let browser: Browser;

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

/** The focused element's test id, or what it is when it has none ('BODY' when the focus fell to the page). */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

async function press(page: Page, testId: string, key = 'Enter'): Promise<void> {
  await page.getByTestId(testId).first().focus();
  await page.keyboard.press(key);
}

describe("the proctor's console from the keyboard", () => {
  it('keeps the focus in the page and in its dialogs: starting, a refused action, a print and back', { timeout: 60_000 }, async () => {
    const { page } = await openStaffPage(browser, room, staff.proctor.username, staff.proctor.password);
    await press(page, 'session-open');
    await page.getByTestId('proctor-console').waitFor();

    // Started (asked first when it is well before the planned start, whose hour is not the test's to choose).
    await press(page, 'session-start');
    const asked = page.getByTestId('early-start-dialog');
    await asked.or(page.getByTestId('session-token')).first().waitFor();
    if (await asked.isVisible()) await press(page, 'action-confirm');
    await page.getByTestId('session-token').waitFor();
    await expect.poll(() => focused(page)).toBe('session-running');

    // A refusal that reaches the dialog: the link cut as the proctor presses "Tandai tidak hadir".
    await press(page, 'console-tab-session', 'ArrowRight');
    await page.getByTestId('board').waitFor();
    await page.route('**/api/exam/markAbsent', (route) => route.abort('connectionrefused'));
    await press(page, 'board-actions');
    await press(page, 'board-action-markAbsent');
    const dialog = page.getByTestId('action-dialog-markAbsent');
    await dialog.waitFor();
    await page.keyboard.type('Tidak datang sampai pukul 09.00');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('action-confirm');
    await page.keyboard.press('Enter');
    await dialog.getByTestId('error-message').waitFor();
    // Still in the dialog, so Escape closes it and the focus is back on the row's button.
    expect(await focused(page)).toBe('action-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('board-actions');
    await page.unroute('**/api/exam/markAbsent');

    // A print takes the screen and gives the focus back to the button that opened it.
    await press(page, 'console-tab-board', 'ArrowRight');
    await press(page, 'console-tab-attendance', 'ArrowRight');
    await press(page, 'print-card-open');
    await page.getByTestId('print-view').waitFor();
    expect(await focused(page)).toBe('print-close');
    // Its focus ring (3px outside a 2px offset) in the window, not cut off at its edge.
    const back = await page.getByTestId('print-close').boundingBox();
    expect(back?.x).toBeGreaterThanOrEqual(5);
    expect(back?.y).toBeGreaterThanOrEqual(5);
    await page.keyboard.press('Enter');
    await page.getByTestId('print-view').waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('print-card-open');
  });
});
