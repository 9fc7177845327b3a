import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id } from '../../electron/shared/i18n/id';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { startRoom, type Room } from './support/room';

let room: Room;
let browser: Browser;

beforeAll(async () => {
  room = await startRoom({ noDemo: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

describe('first run in the browser (Indonesian)', () => {
  it('an empty installation opens the set-up screen, which ends signed in as the new admin at the key backup', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const { problems } = watchPage(page, room.origin);
    await page.goto(room.url);
    const screen = page.getByTestId('setup-screen');
    await screen.waitFor();
    expect(await screen.textContent()).toContain(id.setup.title);

    await page.getByTestId('setup-kind-lsp').check();
    await page.getByTestId('setup-lsp-name').fill('LSP Teknologi Digital');
    await page.getByTestId('setup-lsp-code').fill('LSP-TD');
    await page.getByTestId('setup-licence').fill('BNSP-LSP-123-ID');
    await page.getByTestId('setup-admin-name').fill('Siti Rahma');
    await page.getByTestId('setup-admin-username').fill('siti');
    // A weak password is refused on the screen, before anything is sent.
    await page.getByTestId('setup-password').fill('pendek');
    await page.getByTestId('setup-password-confirm').fill('pendek');
    await page.getByTestId('setup-submit').click();
    expect(await page.getByTestId('problem-setup-password').textContent()).toContain('10');

    await page.getByTestId('setup-password').fill('Kuat-sandi-2026');
    await page.getByTestId('setup-password-confirm').fill('Kuat-sandi-2026');
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('key-panel').waitFor();
    expect(await page.getByTestId('signed-in-name').textContent()).toContain('Siti Rahma');
    expect(page.url()).toContain('#/bundles/keys');
    await screenshot(page, 'setup-done');

    // Once set up, the screen is the ordinary sign-in, and the new admin's password works there.
    await page.getByTestId('signout').click();
    await page.getByTestId('signin-form').waitFor();
    expect(await page.getByTestId('setup-screen').count()).toBe(0);
    await page.getByTestId('signin-username').fill('siti');
    await page.getByTestId('signin-password').fill('Kuat-sandi-2026');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('signed-in-name').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('a TUK station: its name and type, then a home for its admin with the accounts and the keys', async () => {
    const station = await startRoom({ noDemo: true });
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
      const page = await context.newPage();
      const { problems } = watchPage(page, station.origin);
      await page.goto(station.url);
      await page.getByTestId('setup-kind-tuk').check();
      await page.getByTestId('setup-tuk-name').fill('TUK SMK Negeri 1');
      await page.getByTestId('setup-tuk-type').selectOption('sewaktu');
      await page.getByTestId('setup-admin-name').fill('Andi Wijaya');
      await page.getByTestId('setup-admin-username').fill('wijaya');
      await page.getByTestId('setup-password').fill('Kuat-sandi-2026');
      await page.getByTestId('setup-password-confirm').fill('Kuat-sandi-2026');
      await page.getByTestId('setup-submit').click();
      const home = page.getByTestId('home-tuk-station-admin');
      await home.getByTestId('key-panel').waitFor();
      expect(await home.textContent()).toContain(id.tukStation.title);
      await page.getByTestId('link-accounts').click();
      await page.getByTestId('accounts-screen').waitFor();
      await expect.poll(() => page.getByTestId('account-row').count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      station.stop();
    }
  }, 90_000);
});
