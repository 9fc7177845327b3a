import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { staff } from '../support/core';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
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

describe('the audit log screen, against the real core', () => {
  it("shows the admin's own sign-in and the demo's set-up in words, filters them, and finds the log intact", async () => {
    const { page, problems } = await openStaffPage(browser, room, staff.admin.username, staff.admin.password);
    await page.getByTestId('link-audit').click();
    await page.getByTestId('audit-screen').waitFor();
    const rows = page.getByTestId('audit-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    // Newest first: the sign-in that opened this page, by the admin, in the office's words.
    const signIn = page.locator('[data-testid="audit-row"][data-action="auth.signIn"]').first();
    expect(await signIn.textContent()).toContain(id.audit.actions.auth.signIn);
    expect(await signIn.textContent()).toContain(staff.admin.displayName);
    expect(await page.locator('[data-testid="audit-row"][data-action="demo.created"]').count()).toBe(1);

    await page.getByTestId('filter-area').selectOption('system');
    await expect.poll(() => page.locator('[data-testid="audit-row"][data-action="auth.signIn"]').count()).toBe(0);
    expect(await page.locator('[data-testid="audit-row"][data-action="demo.created"]').count()).toBe(1);

    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-chain').first().getAttribute('data-ok')).toBe('true');
    expect(await page.getByTestId('audit-chain').first().textContent()).toContain('Log instalasi ini utuh');
    await screenshot(page, 'audit-log');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('[data-testid="audit-row"][data-action="demo.created"]').textContent()).toContain(en.audit.actions.demo.created);
    await screenshot(page, 'audit-log-en');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("opens a candidate's history from their page: the change just saved, by whom, with the values before and after", async () => {
    const { page, problems } = await openStaffPage(browser, room, staff.admin.username, staff.admin.password);
    await page.goto(`${room.url}#/candidates`);
    await page.getByTestId('candidates-screen').locator('tbody a').first().click();
    await page.getByTestId('candidate-form').waitFor();
    await page.getByTestId('field-phone').fill('081299990001');
    await page.getByTestId('candidate-form').getByRole('button', { name: id.registryScreens.record.save }).click();
    await expect.poll(() => page.getByTestId('record-saved').count()).toBe(1);
    await page.getByTestId('record-history').click();
    await page.getByTestId('audit-screen').waitFor();
    const update = page.locator('[data-testid="audit-row"][data-action="candidate.update"]');
    await expect.poll(() => update.count()).toBe(1);
    expect(await update.textContent()).toContain(staff.admin.displayName);
    expect(await update.getByTestId('audit-changes').textContent()).toMatch(new RegExp(`^${id.registryScreens.candidates.phone}: \\d+ → 081299990001$`));
    await update.locator('summary').click();
    expect(await update.locator('pre').textContent()).toContain('081299990001');
    expect(await page.getByTestId('audit-record').textContent()).toContain(id.audit.entities.candidate);
    await screenshot(page, 'audit-record-history');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);
});
