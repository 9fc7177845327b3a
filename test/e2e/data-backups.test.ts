import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { staff } from '../support/core';
import { axeViolations } from './support/axe';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
import { startRoom, type Room } from './support/room';
import { diskTempFolder } from '../support/on-disk';

let room: Room;
let browser: Browser;
let usb: string;

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  usb = fs.mkdtempSync(path.join(diskTempFolder(), 'ru-e2e-usb-'));
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
  fs.rmSync(usb, { recursive: true, force: true });
});

describe("the LSP office's data backups", () => {
  it('the home warns until a folder is chosen; the page saves it with the office proposals, copies now, and the warning is gone', async () => {
    const { page, problems } = await openStaffPage(browser, room, staff.admin.username, staff.admin.password);
    const warning = page.getByTestId('data-backup-warning');
    await expect.poll(() => warning.textContent()).toContain(id.dataBackups.notConfigured);
    await page.getByTestId('data-backup-warning-link').click();
    await page.getByTestId('data-backups-screen').waitFor();
    expect(await page.getByTestId('data-backups-screen').textContent()).toContain(id.examDay.backups.officeIntro);
    expect(await page.getByTestId('backup-every').inputValue()).toBe('60');
    expect(await page.getByTestId('backup-keep').inputValue()).toBe('48');

    await page.getByTestId('backup-folder').fill(usb);
    await page.getByTestId('backup-save').click();
    await expect.poll(() => page.getByTestId('backup-notice').textContent()).toBe(id.examDay.backups.saved);
    await page.getByTestId('backup-now').click();
    await expect.poll(() => page.getByTestId('backup-file').count()).toBe(1);
    expect(fs.readdirSync(usb).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'data-backups');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('data-backups-screen').textContent()).toContain(en.examDay.backups.officeIntro);
    // Home again: once the home has the backup status, it says nothing of backups.
    const statusRead = page.waitForResponse((r) => r.url().endsWith('/api/backups/status'));
    await page.getByTestId('back-home').click();
    await statusRead;
    await page.getByTestId('link-backups').waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await warning.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
