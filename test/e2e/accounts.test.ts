import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id } from '../../electron/shared/i18n/id';
import { staff } from '../support/core';
import { launchChromium, openStaffPage, screenshot, watchPage } from './support/browser';
import { startRoom, type Room } from './support/room';

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

describe('staff accounts screen', () => {
  it('the admin creates a proctor, who must choose a password at first sign-in; disables and re-enables the demo proctor', async () => {
    const { page, problems } = await openStaffPage(browser, room, staff.admin.username, staff.admin.password);
    await page.getByTestId('link-accounts').click();
    await page.getByTestId('accounts-screen').waitFor();
    await expect.poll(() => page.getByTestId('account-row').count()).toBeGreaterThan(1);

    await page.getByTestId('new-account-role').selectOption('proctor');
    await page.getByTestId('new-account-name').fill('Budi Santoso');
    await page.getByTestId('new-account-username').fill('budi');
    await page.getByTestId('new-account-password').fill('Sementara-2026');
    await page.getByTestId('new-account-submit').click();
    const budi = page.locator('[data-testid="account-row"][data-username="budi"]');
    await expect.poll(() => budi.getByTestId('account-status').textContent()).toBe(id.accounts.mustChange);

    const proctor = page.locator(`[data-testid="account-row"][data-username="${staff.proctor.username}"]`);
    await proctor.getByTestId('account-toggle').click();
    // Too short for the audit log: said under the field, nothing sent.
    await proctor.getByTestId('account-reason').fill('x');
    await proctor.getByTestId('account-confirm').click();
    await expect.poll(() => proctor.getByRole('alert').textContent()).toBe(id.examDay.actions.reasonTooShort);
    await screenshot(page, 'accounts-reason-too-short');
    expect(await proctor.getByTestId('account-status').textContent()).toBe(id.accounts.active);
    await proctor.getByTestId('account-reason').fill('pindah tugas');
    await proctor.getByTestId('account-confirm').click();
    await expect.poll(() => proctor.getByTestId('account-status').textContent()).toBe(id.accounts.disabled);
    await proctor.getByTestId('account-toggle').click();
    await proctor.getByTestId('account-reason').fill('kembali bertugas');
    await proctor.getByTestId('account-confirm').click();
    await expect.poll(() => proctor.getByTestId('account-status').textContent()).toBe(id.accounts.active);
    await screenshot(page, 'accounts');
    expect(problems).toEqual([]);

    // Budi's first sign-in ends at the change-password step, then opens the proctor's home.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const second = await context.newPage();
    const watched = watchPage(second, room.origin);
    await second.goto(room.url);
    await second.getByTestId('signin-username').fill('budi');
    await second.getByTestId('signin-password').fill('Sementara-2026');
    await second.getByTestId('signin-submit').click();
    await second.getByTestId('change-password').waitFor();
    await second.getByTestId('change-password-new').fill('Pilihan-sendiri-2026');
    await second.getByTestId('change-password-confirm').fill('Pilihan-sendiri-2026');
    await second.getByTestId('change-password-submit').click();
    await second.getByTestId('home-proctor').waitFor();
    expect(await second.getByTestId('signed-in-name').textContent()).toContain('Budi Santoso');
    expect(watched.problems).toEqual([]);
    await context.close();
  }, 120_000);
});
