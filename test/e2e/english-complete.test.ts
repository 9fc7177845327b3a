import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { CONSOLE_TABS } from '../../renderer/src/screens/proctor/ConsoleTabs';
import { CANDIDATE_FORMS } from '../../renderer/src/screens/print/forms';
import { demo, staff } from '../support/core';
import { ROOT } from '../support/source-files';
import { launchChromium, watchPage } from './support/browser';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';
import { releaseToken } from './support/exam-api';
import { indonesianIn, visibleTexts, type Hit } from './support/indonesian-text';
import { startRoom, type Room } from './support/room';

/*
 * "Indonesian first, English complete", as an English user sees it: every role switches to English and walks
 * its screens, main tabs and dialogs, and nothing Indonesian-only may show (see support/indonesian-text.ts),
 * nor name a downloaded file. The catalogues' test checks keys; this one checks what reaches the screen from
 * elsewhere: file names, hard-coded strings, server-made text, option labels, printed forms, the title.
 */

/**
 * What stays Indonesian on an English screen, each for its reason. Text the app marks `lang="id"` (scheme and
 * question content the LSP entered only in Indonesian, beside its "in Indonesian" marker) is not read at all.
 */
const people = demo.people;
/** The columns of the refused-rows file below, as an LSP's own sheet names them. */
const REFUSED_CSV_HEADERS = ['No', 'Nama Lengkap', 'NIK', 'Tanggal Lahir', 'L/P'];
const ALLOWED: readonly (string | RegExp)[] = [
  // People's names, the LSP's and TUK's names, and addresses: not translated.
  ...people.candidates.flatMap((c) => [c.name, c.address]),
  ...people.assessors.map((a) => a.name),
  ...people.staff.map((s) => s.displayName),
  people.lsp.name,
  people.lsp.address,
  people.tuk.name,
  people.tuk.address,
  // Notes and descriptions people typed (the TUK's verification note, a candidate's evidence): shown as typed.
  people.tuk.verificationNote,
  ...people.apl.evidence.map((e) => e.description),
  people.apl.selfEvidence,
  // The key backup's recovery sheet, bilingual on purpose (each line "Indonesian / English"): it is kept in a
  // safe and read years later by whoever holds it (keys/backup.ts). The panel's own words around it are read.
  /RUANG UJI — LEMBAR PEMULIHAN KUNCI \/ KEY RECOVERY SHEET[\s\S]*/,
  // The refused-rows file's own column headers, which the preview quotes back as the file names them.
  ...REFUSED_CSV_HEADERS.filter((h) => h.includes(' ')),
];

/** One walk per role, each a few dozen screens; no axe here, so each screen costs its navigation only. */
const WALK_TIMEOUT = 60_000;

let room: Room;
let browser: Browser;
let token = '';
const hits: (Hit & { screen: string })[] = [];
const checked: string[] = [];
const downloads: string[] = [];

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  ({ token } = await releaseToken(room));
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

/** A computer whose language is English (or, to check the check, Indonesian): the choice the language switch stores, in place before the first page. */
async function openApp(language: 'en' | 'id' = 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US', acceptDownloads: true });
  await context.addInitScript((lang) => localStorage.setItem('ruang-uji.language', lang), language);
  const page = await context.newPage();
  watchPage(page, room.origin);
  await page.goto(room.url);
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(language);
  return { context, page };
}

/**
 * A staff member signs in on an Indonesian screen and switches to English with the header's switch, as a
 * person does: text fetched or formatted before the switch must follow it too.
 */
async function staffPage(username: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openApp('id');
  const { page } = opened;
  await page.getByTestId('signin-mode-staff').click();
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
  // The home loaded in Indonesian first.
  await page.locator('[data-testid^="home-"]').first().waitFor();
  await page.getByTestId('app-header').getByTestId('lang-en').click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
  return opened;
}

/** Reads what the page shows now and keeps every Indonesian find under the screen's name. */
async function read(page: Page, screen: string): Promise<void> {
  checked.push(screen);
  for (const hit of indonesianIn(await visibleTexts(page), ALLOWED)) hits.push({ screen, ...hit });
}

async function goTo(page: Page, hash: string, testId: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId(testId).first().waitFor();
}

/** A download the button (a test id, or a locator named `where`) starts: its file name is text the person sees too. */
async function download(page: Page, button: Locator | string, where = String(button)): Promise<void> {
  const started = page.waitForEvent('download');
  await (typeof button === 'string' ? page.getByTestId(button) : button).click();
  const name = (await started).suggestedFilename();
  downloads.push(name);
  // A file name is its words joined by hyphens: read as words.
  for (const hit of indonesianIn([{ text: name.replace(/[-_.]/g, ' '), where }])) hits.push({ screen: `download ${name}`, ...hit });
}

/** A print view: its toolbar in the screen's language, then the form itself switched to English. */
async function readPrint(page: Page, screen: string): Promise<void> {
  await page.getByTestId('print-language').selectOption('en');
  await expect.poll(() => page.getByTestId('print-view').getAttribute('lang')).toBe('en');
  await read(page, screen);
}

function report(): string {
  return hits.map((h) => `${h.screen} @ ${h.where}: "${h.phrase}" in "${h.text}"`).join('\n');
}

describe('English complete: no Indonesian-only text on any screen in English', () => {
  it('finds the Indonesian of the same screen in Indonesian (the detector sees what it is meant to)', async () => {
    const { context, page } = await openApp('id');
    await page.getByTestId('signin-form').waitFor();
    const found = indonesianIn(await visibleTexts(page));
    expect(found.length).toBeGreaterThan(3);
    await context.close();
  });

  it('the sign-in screen, both tabs', async () => {
    const { context, page } = await openApp();
    await page.getByTestId('signin-form').waitFor();
    await read(page, 'sign-in.staff');
    // The server's refusal, in words it sends back.
    await page.getByTestId('signin-username').fill(staff.admin.username);
    await page.getByTestId('signin-password').fill('not-the-password');
    await page.getByTestId('signin-submit').click();
    await page.getByRole('alert').first().waitFor();
    await read(page, 'sign-in.refused');
    await page.getByTestId('signin-mode-candidate').click();
    await read(page, 'sign-in.candidate');
    await context.close();
  });

  it("the candidate's agreement, test and finish dialog", async () => {
    const { context, page } = await openApp();
    await signInCandidate(page, demo.people.candidates[0], token);
    await page.getByTestId('cbt-agreement').waitFor();
    await read(page, 'candidate.agreement');
    await acceptAndStart(page);
    await read(page, 'candidate.test');
    await page.getByTestId('cbt-finish').click();
    await page.getByTestId('cbt-confirm').waitFor();
    await read(page, 'candidate.finish-dialog');
    await context.close();
  });

  it("the proctor's home, its prints, every console tab, the board's actions and the bundles", async () => {
    const { context, page } = await staffPage(staff.proctor.username, staff.proctor.password);
    await page.getByTestId('home-proctor').waitFor();
    await read(page, 'proctor.home');
    for (const form of ['card', 'attendance', 'minutes']) {
      await page.getByTestId(`print-${form}-open`).click();
      await page.getByTestId(`print-${form}`).waitFor();
      await readPrint(page, `proctor.print.${form}`);
      await page.getByTestId('print-close').click();
    }
    await page.getByTestId('session-open').click();
    for (const tab of CONSOLE_TABS) {
      await page.getByTestId(`console-tab-${tab}`).click();
      await expect.poll(() => page.getByTestId(`console-tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      await read(page, `proctor.console.${tab}`);
    }
    await page.getByTestId('console-tab-board').click();
    const started = page.locator(`[data-testid="board-row"][data-candidate="${demo.people.candidates[0].participantNo}"]`);
    await started.getByTestId('board-actions').click();
    await read(page, 'proctor.board.menu');
    await started.getByTestId('board-action-extendTime').click();
    await page.getByTestId('action-cancel').waitFor();
    await read(page, 'proctor.board.extend-dialog');
    await page.getByTestId('action-cancel').click();
    await goTo(page, '#/bundles', 'proctor-bundles');
    await read(page, 'proctor.bundles');
    await context.close();
  }, WALK_TIMEOUT);

  it("the assessor's home, workspace tabs and every printed form", async () => {
    const { context, page } = await staffPage(staff.assessor1.username, staff.assessor1.password);
    await page.getByTestId('home-assessor').waitFor();
    await read(page, 'assessor.home');
    await page.getByTestId('open-workspace').click();
    await page.getByTestId('overview-row').first().waitFor();
    await read(page, 'assessor.overview');
    await page.getByTestId('overview-row').first().getByTestId('open-candidate').click();
    await page.getByTestId('candidate-workspace').waitFor();
    for (const name of ['ia05', 'ia06', 'ia07', 'ia03', 'ia01', 'decisions', 'print']) {
      await page.getByTestId(`tab-${name}`).click();
      await page.getByTestId(`panel-${name}`).waitFor();
      await read(page, `assessor.workspace.${name}`);
    }
    for (const form of CANDIDATE_FORMS) {
      await page.getByTestId(`print-${form}-open`).click();
      await page.getByTestId(`print-${form}`).waitFor();
      await readPrint(page, `assessor.print.${form}`);
      await page.getByTestId('print-close').click();
      await page.getByTestId('panel-print').waitFor();
    }
    await context.close();
  }, WALK_TIMEOUT);

  it("the LSP admin's home, every list, record and settings screen, and the files they download", async () => {
    const { context, page } = await staffPage(staff.admin.username, staff.admin.password);
    await page.getByTestId('home-lsp_admin').waitFor();
    await read(page, 'admin.home');
    const screens: [string, string][] = [
      ['#/accounts', 'accounts-screen'],
      ['#/lsp-profile', 'lsp-profile-screen'],
      ['#/backups', 'data-backups-screen'],
      ['#/audit', 'audit-screen'],
      ['#/bundles', 'lsp-bundles'],
      ['#/schemes', 'schemes-screen'],
      ['#/schemes/new', 'scheme-form'],
      ['#/schemes/import', 'import-screen'],
      ['#/assessors', 'assessors-screen'],
      ['#/assessors/new', 'assessor-form'],
      ['#/assessors/import', 'import-screen'],
      ['#/tuks', 'tuks-screen'],
      ['#/tuks/new', 'tuk-form'],
      ['#/candidates', 'candidates-screen'],
      ['#/candidates/new', 'candidate-form'],
      ['#/sessions', 'sessions-screen'],
      ['#/sessions/new', 'planner-form'],
      ['#/apl', 'apl-list-screen'],
      ['#/results', 'results-screen'],
      ['#/pleno', 'pleno-list-screen'],
      ['#/pleno/new', 'pleno-form'],
      ['#/appeals', 'appeals-screen'],
      ['#/certificates', 'certificates-screen'],
      ['#/certificates/settings', 'numbering-screen'],
      ['#/certificates/blanko', 'blanko-import-screen'],
    ];
    for (const [hash, testId] of screens) {
      await goTo(page, hash, testId);
      await read(page, `admin${hash.slice(1).replaceAll('/', '.')}`);
    }
    // A record's own page, reached from its list as a user does.
    for (const list of ['schemes', 'assessors', 'tuks', 'candidates'] as const) {
      await goTo(page, `#/${list}`, `${list}-screen`);
      await page.getByTestId(`${list}-screen`).locator('tbody a').first().click();
      await page.getByTestId(`${list.slice(0, -1)}-form`).waitFor();
      await read(page, `admin.${list}.record`);
    }
    await page.getByTestId('candidate-apl-open').click();
    await page.getByTestId('apl01-form').or(page.getByTestId('apl01-verification')).first().waitFor();
    await read(page, 'admin.apl.record');
    await goTo(page, '#/sessions', 'sessions-screen');
    await page.getByTestId('sessions-table').locator('tbody a').first().click();
    await page.getByTestId('written-preview').waitFor();
    await read(page, 'admin.sessions.record');
    // A form the core refuses, field by field.
    await goTo(page, '#/schemes/new', 'scheme-form');
    await page.getByTestId('record-save').click();
    await page.getByRole('alert').first().waitFor();
    await read(page, 'admin.schemes.new.refused');

    // The key backup: its recovery sheet on screen and its file.
    await goTo(page, '#/bundles/keys', 'key-panel');
    await read(page, 'admin.bundles.keys');
    await page.getByTestId('key-backup').click();
    await page.getByTestId('key-backup-result').waitFor();
    await read(page, 'admin.bundles.keys.backup');
    await download(page, page.getByTestId('key-backup-result').getByRole('button', { name: en.keys.downloadBackup }), 'key-backup');

    // The certificate register's sheet (the demo has no certificate yet: an empty register still downloads).
    await goTo(page, '#/certificates', 'certificates-screen');
    await download(page, page.getByTestId('register-download'), 'register-download');

    // The registry's downloads: the template, the export, and the rows an import refused (a NIK too short).
    await goTo(page, '#/candidates/import', 'import-screen');
    await read(page, 'admin.candidates.import');
    await download(page, 'import-template');
    await download(page, 'import-export');
    const csv = path.join(room.dataDir, 'refused.csv');
    fs.writeFileSync(csv, `${REFUSED_CSV_HEADERS.join(';')}\r\n1;Siti Rahma;123;17/08/1995;P\r\n`);
    await page.getByTestId('import-file').setInputFiles(csv);
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-refused-row').first().waitFor();
    await read(page, 'admin.candidates.import.preview');
    await download(page, 'import-download-refused');
    await context.close();
  }, WALK_TIMEOUT);

  it("the question bank's screens and their downloads", async () => {
    const { context, page } = await staffPage(staff.admin.username, staff.admin.password);
    await page.getByTestId('home-lsp_admin').waitFor();
    await goTo(page, '#/bank', 'bank-scheme');
    await read(page, 'admin.bank');
    const schemeId = await page.getByTestId('bank-scheme').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('bank-scheme').selectOption(schemeId ?? '');
    await page.getByTestId('bank-table').waitFor();
    await read(page, 'admin.bank.list');
    await download(page, 'bank-export');
    await page.getByTestId('bank-exported').waitFor();
    await read(page, 'admin.bank.exported');
    await page.getByTestId('filter-kind').selectOption('multiple_choice');
    await page.locator('[data-testid="bank-row"][data-kind="multiple_choice"] a').first().click();
    await page.getByTestId('bank-preview').getByTestId('cbt-question').waitFor();
    await read(page, 'admin.bank.item');
    const screens: [string, string][] = [
      [`#/bank-new/${schemeId}`, 'bank-item-form'],
      [`#/bank-coverage/${schemeId}`, 'coverage-table'],
      [`#/bank-import/${schemeId}`, 'bank-import-file'],
    ];
    for (const [hash, testId] of screens) {
      await goTo(page, hash, testId);
      await read(page, `admin.${hash.split('/')[1]}`);
    }
    await download(page, 'bank-template-xlsx');
    await download(page, 'bank-template-docx');
    await context.close();
  }, WALK_TIMEOUT);

  it('shows no Indonesian-only text on any screen read, nor in any file name', () => {
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results', 'english-complete.txt'), `${checked.join('\n')}\n\n${downloads.join('\n')}\n\n${report()}\n`);
    expect(checked.length).toBeGreaterThan(60);
    expect(downloads).toHaveLength(8);
    expect(report()).toBe('');
  });
});
