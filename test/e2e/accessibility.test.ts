import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_TABS } from '../../renderer/src/screens/proctor/ConsoleTabs';
import { CANDIDATE_FORMS } from '../../renderer/src/screens/print/forms';
import { demo, staff } from '../support/core';
import { ROOT } from '../support/source-files';
import { axeViolations } from './support/axe';
import { launchChromium, openStaffPage, watchPage } from './support/browser';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';
import { releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';

/*
 * Issue 18: axe-core over every screen, as each role reaches it, in both languages. WCAG 2.1 A and AA
 * rules and axe's best practices (heading order, empty table headers, which the walk-through found); a violation is reported with the rule, the screen and the elements it names, so a failure says
 * what to fix. Print views are checked too: they are screens before they are paper.
 */
/**
 * A role's walk runs axe on dozens of screens, twice each (both languages). On a loaded 2-core machine three
 * walks passed 120 s and the question bank's took 119 s. Each is one long walk, not a wait for something.
 */
const WALK_TIMEOUT = 300_000;

type Finding = { screen: string; rule: string; impact: string | null; targets: string[] };

let room: Room;
let browser: Browser;
let token = '';
const findings: Finding[] = [];
const checked: string[] = [];

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  ({ token } = await releaseToken(room));
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

/** Runs axe on what the page shows now and keeps every violation under the screen's name. */
async function audit(page: Page, screen: string): Promise<void> {
  // Animations settle first: axe reads colours as they are painted, mid-fade they are not the real ones.
  await page.waitForTimeout(250);
  const violations = await axeViolations(page);
  checked.push(screen);
  for (const v of violations) findings.push({ screen, rule: v.rule, impact: v.impact, targets: v.targets.slice(0, 5) });
}

async function language(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

/** Both languages of what is on screen: text lengths and `lang` differ, so contrast and names are checked twice. */
async function auditBoth(page: Page, screen: string): Promise<void> {
  await language(page, 'id');
  await audit(page, `${screen}.id`);
  await language(page, 'en');
  await audit(page, `${screen}.en`);
  await language(page, 'id');
}

async function goTo(page: Page, hash: string, testId: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId(testId).first().waitFor();
}

/** Also written to test-results/accessibility.txt, the list a fix starts from. */
function report(): string {
  return findings.map((f) => `${f.screen}: ${f.rule} (${f.impact ?? '?'}) at ${f.targets.join(' | ')}`).join('\n');
}

describe('accessibility (axe-core, WCAG 2.1 A/AA) of every screen', () => {
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

  it("the LSP admin's home, accounts, bundles and every registry list, record and import screen", async () => {
    const { page } = await openStaffPage(browser, room, staff.admin.username, staff.admin.password);
    await page.getByTestId('home-lsp_admin').waitFor();
    await auditBoth(page, 'admin.home');
    const screens: [string, string][] = [
      ['#/accounts', 'accounts-screen'],
      ['#/audit', 'audit-screen'],
      ['#/bundles', 'lsp-bundles'],
      ['#/schemes', 'schemes-screen'],
      ['#/schemes/new', 'scheme-form'],
      ['#/assessors', 'assessors-screen'],
      ['#/assessors/new', 'assessor-form'],
      ['#/tuks', 'tuks-screen'],
      ['#/tuks/new', 'tuk-form'],
      ['#/candidates', 'candidates-screen'],
      ['#/candidates/new', 'candidate-form'],
      ['#/candidates/import', 'import-screen'],
      ['#/sessions', 'sessions-screen'],
      ['#/sessions/new', 'planner-form'],
      ['#/apl', 'apl-list-screen'],
      ['#/results', 'results-screen'],
      ['#/pleno', 'pleno-list-screen'],
      ['#/pleno/new', 'pleno-form'],
      ['#/appeals', 'appeals-screen'],
    ];
    for (const [hash, testId] of screens) {
      await goTo(page, hash, testId);
      // In Indonesian, the office's language; the English of the same layouts is checked on the home and the records below.
      await audit(page, `admin${hash.slice(1).replaceAll('/', '.')}.id`);
    }
    // A record's own page, reached from its list as a user does.
    await goTo(page, '#/schemes', 'schemes-screen');
    await page.getByTestId('schemes-screen').locator('tbody a').first().click();
    await page.getByTestId('scheme-form').waitFor();
    await auditBoth(page, 'admin.schemes.record');
    await goTo(page, '#/candidates', 'candidates-screen');
    await page.getByTestId('candidates-screen').locator('tbody a').first().click();
    await page.getByTestId('candidate-form').waitFor();
    await auditBoth(page, 'admin.candidates.record');
    // The question before an edit is left behind (an alertdialog over the page); typed back, the form is clean again.
    const phone = page.getByTestId('field-phone');
    const loaded = await phone.inputValue();
    await phone.fill('081234567890');
    await page.getByTestId('registry-nav-candidates').click();
    await page.getByTestId('unsaved-dialog').waitFor();
    await audit(page, 'admin.candidates.unsaved.id');
    await page.keyboard.press('Escape');
    await page.getByTestId('unsaved-dialog').waitFor({ state: 'detached' });
    await phone.fill(loaded);
    // A candidate's FR.APL.01/02, from their page; the demo's session with its written test, from the sessions list.
    await page.getByTestId('candidate-apl-open').click();
    // Its form while the round is open; read only once a session used it (the demo's own did, migration 028's rounds).
    await page.getByTestId('apl01-form').or(page.getByTestId('apl01-verification')).first().waitFor();
    await auditBoth(page, 'admin.apl.record');
    await goTo(page, '#/sessions', 'sessions-screen');
    await page.getByTestId('sessions-table').locator('tbody a').first().click();
    await page.getByTestId('written-preview').waitFor();
    await auditBoth(page, 'admin.sessions.record');
    await page.context().close();
  }, WALK_TIMEOUT);

  it("the question bank's screens: the scheme picker, a version's list, a question with its preview, a new entry, the KUK coverage and the import", async () => {
    const { page } = await openStaffPage(browser, room, staff.admin.username, staff.admin.password);
    await page.getByTestId('home-lsp_admin').waitFor();
    await goTo(page, '#/bank', 'bank-scheme');
    await audit(page, 'admin.bank.id');
    const schemeId = await page.getByTestId('bank-scheme').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('bank-scheme').selectOption(schemeId ?? '');
    await page.getByTestId('bank-table').waitFor();
    await auditBoth(page, 'admin.bank.list');
    // A multiple-choice question, so the preview shows the CBT's own question with its options.
    await page.getByTestId('filter-kind').selectOption('multiple_choice');
    await page.locator('[data-testid="bank-row"][data-kind="multiple_choice"] a').first().click();
    await page.getByTestId('bank-preview').getByTestId('cbt-question').waitFor();
    await auditBoth(page, 'admin.bank.item');
    const screens: [string, string][] = [
      [`#/bank-new/${schemeId}`, 'bank-item-form'],
      [`#/bank-coverage/${schemeId}`, 'coverage-table'],
      [`#/bank-import/${schemeId}`, 'bank-import-file'],
    ];
    for (const [hash, testId] of screens) {
      await goTo(page, hash, testId);
      await audit(page, `admin.${hash.split('/')[1]}.id`);
    }
    await page.context().close();
  }, WALK_TIMEOUT);

  it('finds no violation on any screen checked', () => {
    // Every test above ran its screens; a screen that failed to open failed its own test.
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results', 'accessibility.txt'), `${checked.join('\n')}\n\n${report()}\n`);
    expect(checked.length).toBeGreaterThan(40);
    expect(report()).toBe('');
  });
});
