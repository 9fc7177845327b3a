import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id } from '../../electron/shared/i18n/id';
import { staff } from '../support/core';
import { candidateInput } from '../core/registry/support';
import { axeViolations } from './support/axe';
import { launchChromium, openStaffPage, screenshot, watchPage } from './support/browser';
import { callApi } from './support/exam-api';
import { pdfText } from './support/pdf';
import { startRoom, type Room } from './support/room';

/**
 * Issue 16's FR.APL.02 on the candidate's own PC, in Chromium: the LSP admin issues the candidate an
 * APL.02 sign-in from the APL page; the candidate, in another browser, signs in on the "Isi FR.APL.02"
 * tab (no token), answers every element, saves and submits; the assessor reviews; the APL.02 print
 * (pdftotext) carries the candidate's electronic mark instead of a line for a wet signature.
 */

let room: Room;
let browser: Browser;

/** axe-core (support/axe.ts), as test/e2e/accessibility-*.test.ts run it: the rules broken here. */
async function axeRules(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${v.rule}: ${v.targets.slice(0, 3).join(', ')}`);
}

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

describe('FR.APL.02 filled by the candidate', () => {
  it('admin issues the sign-in, the candidate fills and submits in another browser, the assessor reviews, the print shows the electronic mark', { timeout: 180_000 }, async () => {
    const admin = (await callApi(room, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password })).token;
    const assessor = (await callApi(room, 'auth/signIn', { username: staff.assessor1.username, password: staff.assessor1.password })).token;
    const schemeId = (await callApi(room, 'schemes/list', { active: true }, admin)).rows[0].id;
    const candidate = await callApi(room, 'candidates/create', { candidate: candidateInput(4242, { name: 'Dewi Mandiri' }) }, admin);
    const key = { candidateId: candidate.id, schemeId };
    await callApi(room, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: [{ kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' }] }, admin);
    await callApi(room, 'apl/verifyApplication', { ...key, result: 'accepted', note: null }, admin);

    // The LSP admin issues the sign-in on the APL page and reads it off the slip.
    const { page } = await openStaffPage(browser, room, staff.admin.username, staff.admin.password);
    await page.evaluate((h) => (window.location.hash = h), `#/apl/${candidate.id}~${schemeId}`);
    await page.getByTestId('apl-self-access-issue').click();
    await page.getByTestId('apl-self-slip').waitFor();
    const username = (await page.getByTestId('apl-self-username').textContent())!.trim();
    const password = (await page.getByTestId('apl-self-password').textContent())!.trim();
    expect(username).toMatch(/^apl-[a-z2-9]{6}$/);
    await screenshot(page, 'apl-self-slip-id');
    expect(await axeRules(page)).toEqual([]);
    // Printed, the page shows the slip alone (its print button too is left off).
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('apl-self-slip').isVisible()).toBe(true);
    expect(await page.getByTestId('app-header').isVisible()).toBe(false);
    expect(await page.getByTestId('apl-self-print').isVisible()).toBe(false);
    await page.emulateMedia({ media: null });

    // The candidate, at another PC: the FR.APL.02 tab, no token.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const own = await context.newPage();
    const { problems } = watchPage(own, room.origin);
    await own.goto(room.url);
    await own.getByTestId('signin-mode-apl').click();
    expect(await own.getByTestId('signin-token').count()).toBe(0);
    await own.getByTestId('signin-username').fill(username);
    await own.getByTestId('signin-password').fill(password);
    await own.getByTestId('signin-submit').click();
    await own.getByTestId('apl02-form').waitFor();
    expect(await axeRules(own)).toEqual([]);
    await own.getByTestId('apl02-all-k').click();
    await own.getByTestId('apl02-0-evidence').fill('Portofolio');
    await own.getByTestId('apl02-form').getByTestId('record-save').click();
    await expect.poll(() => own.getByTestId('apl-self-submit').isDisabled()).toBe(false);
    await own.getByTestId('apl-self-submit').click();
    await own.getByTestId('apl-self-confirm').click();
    await expect.poll(() => own.getByTestId('apl-self-status').textContent()).toBe(id.aplSelf.screen.submitted);
    await screenshot(own, 'apl-self-submitted-id');
    expect(problems).toEqual([]);
    await context.close();

    // The assessor's review, unchanged; then the print carries the candidate's electronic mark.
    await callApi(room, 'apl/reviewSelfAssessment', { ...key, recommendation: 'proceed', note: null }, assessor);
    await page.reload();
    await page.getByTestId('apl-screen').waitFor();
    await page.getByTestId('print-apl02-open').click();
    await page.getByTestId('print-apl02').waitFor();
    expect(await page.getByTestId('signature-candidate').getAttribute('data-how')).toBe('electronic');
    const raw = await pdfText(page, 'apl-self-apl02-id');
    const text = raw.replace(/\s+/g, ' ');
    expect(text).toContain('FR.APL.02');
    // Every sheet (pdftotext ends each with a form feed) opens with the form and the applicant, not only the first.
    const sheets = raw.split('\f').filter((sheet) => sheet.trim() !== '');
    expect(sheets.length).toBeGreaterThan(1);
    for (const sheet of sheets) expect(sheet.trim().split('\n')[0]).toMatch(/^FR\.APL\.02 · Asesmen Mandiri\s+Dewi Mandiri \(No\. peserta \S+\)$/);
    expect(text).toContain('Dewi Mandiri');
    // pdftotext -layout sets the signature cells side by side: only the mark's first two words stay together.
    expect(text).toContain('Portofolio');
    expect(text).toContain(id.forms.enteredOn.split(' ').slice(0, 2).join(' '));
    expect(text).not.toContain(id.aplPrint.enteredByStaff);
  });
});
