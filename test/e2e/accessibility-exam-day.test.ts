import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_TABS } from '../../renderer/src/screens/proctor/ConsoleTabs';
import { CANDIDATE_FORMS } from '../../renderer/src/screens/print/forms';
import { demo, staff } from '../support/core';
import { axeWalk, WALK_TIMEOUT } from './support/axe-walk';
import { launchChromium, openStaffPage, watchPage } from './support/browser';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';
import { releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';

/*
 * Issue 18: axe-core over every screen as each role reaches it, in both languages; here the exam day's: sign-in, candidate, proctor and assessor. Print views are checked too: they are screens before they are paper.
 * The LSP office's screens are in accessibility-office.test.ts.
 */
let room: Room;
let browser: Browser;
let token = '';
const { audit, auditBoth, language, goTo, results } = axeWalk('exam-day');

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  ({ token } = await releaseToken(room));
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

describe("accessibility (axe-core, WCAG 2.1 A/AA) of the exam day's screens", () => {
  it('the sign-in screen, both tabs', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const page = await context.newPage();
    watchPage(page, room.origin);
    await page.goto(room.url);
    await page.getByTestId('signin-form').waitFor();
    await auditBoth(page, 'sign-in.staff');
    await page.getByTestId('signin-mode-candidate').click();
    await auditBoth(page, 'sign-in.candidate');
    await context.close();
  });

  it("the candidate's agreement, test and finish dialog", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(room.url);
    await signInCandidate(page, demo.people.candidates[0], token);
    await page.getByTestId('cbt-agreement').waitFor();
    await auditBoth(page, 'candidate.agreement');
    await acceptAndStart(page);
    await auditBoth(page, 'candidate.test');
    await page.getByTestId('cbt-contrast').click();
    await audit(page, 'candidate.test.high-contrast');
    await page.getByTestId('cbt-contrast').click();
    await page.getByTestId('cbt-finish').click();
    await page.getByTestId('cbt-confirm').waitFor();
    await audit(page, 'candidate.finish-dialog');
    await context.close();
  });

  it("the proctor's home, every console tab, the board's actions and the session's prints", async () => {
    const { page } = await openStaffPage(browser, room, staff.proctor.username, staff.proctor.password);
    await page.getByTestId('home-proctor').waitFor();
    await auditBoth(page, 'proctor.home');
    for (const form of ['card', 'attendance', 'minutes']) {
      await page.getByTestId(`print-${form}-open`).click();
      await page.getByTestId(`print-${form}`).waitFor();
      await audit(page, `proctor.print.${form}`);
      await page.getByTestId('print-close').click();
    }
    await page.getByTestId('session-open').click();
    for (const tab of CONSOLE_TABS) {
      await page.getByTestId(`console-tab-${tab}`).click();
      await expect.poll(() => page.getByTestId(`console-tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      await auditBoth(page, `proctor.console.${tab}`);
    }
    // The first candidate started the test above: their row has every action.
    await page.getByTestId('console-tab-board').click();
    const started = page.locator(`[data-testid="board-row"][data-candidate="${demo.people.candidates[0].participantNo}"]`);
    // A modal dialog: the language is switched with it closed, then it is opened again.
    for (const lang of ['id', 'en'] as const) {
      await language(page, lang);
      await started.getByTestId('board-actions').click();
      await audit(page, `proctor.board.menu.${lang}`);
      await started.getByTestId('board-action-extendTime').click();
      await page.getByTestId('action-cancel').waitFor();
      await audit(page, `proctor.board.extend-dialog.${lang}`);
      await page.getByTestId('action-cancel').click();
    }
    await language(page, 'id');
    // A new card for a candidate not yet signed in: the dialog that shows its password once.
    const waiting = page.locator(`[data-testid="board-row"][data-candidate="${demo.people.candidates[3].participantNo}"]`);
    await waiting.getByTestId('board-actions').click();
    await waiting.getByTestId('board-action-issueCard').click();
    await page.getByTestId('action-reason').fill('Kartu peserta hilang');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('new-card').waitFor();
    expect(await page.getByTestId('new-card-password').innerText()).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await audit(page, 'proctor.board.new-card');
    await page.getByTestId('action-confirm').click();
    await goTo(page, '#/bundles', 'proctor-bundles');
    await auditBoth(page, 'proctor.bundles');
    await page.context().close();
  }, WALK_TIMEOUT);

  it("the assessor's home, workspace tabs and a printed form", async () => {
    const { page } = await openStaffPage(browser, room, staff.assessor1.username, staff.assessor1.password);
    await page.getByTestId('home-assessor').waitFor();
    await auditBoth(page, 'assessor.home');
    await page.getByTestId('open-workspace').click();
    await page.getByTestId('overview-row').first().waitFor();
    await auditBoth(page, 'assessor.overview');
    await page.getByTestId('overview-row').first().getByTestId('open-candidate').click();
    await page.getByTestId('candidate-workspace').waitFor();
    for (const name of ['ia05', 'ia06', 'ia07', 'ia03', 'ia01', 'decisions', 'print']) {
      await page.getByTestId(`tab-${name}`).click();
      await page.getByTestId(`panel-${name}`).waitFor();
      await audit(page, `assessor.workspace.${name}`);
    }
    for (const form of CANDIDATE_FORMS) {
      await page.getByTestId(`print-${form}-open`).click();
      await page.getByTestId(`print-${form}`).waitFor();
      await audit(page, `assessor.print.${form}`);
      await page.getByTestId('print-close').click();
      await page.getByTestId('panel-print').waitFor();
    }
    await page.context().close();
  }, WALK_TIMEOUT);

  it('finds no violation on any screen checked', () => {
    // Every test above ran its screens; a screen that failed to open failed its own test.
    const { checked, report } = results();
    expect(checked.length).toBeGreaterThan(40);
    expect(report).toBe('');
  });
});
