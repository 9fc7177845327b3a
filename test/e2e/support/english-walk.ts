import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { demo } from '../../support/core';
import { watchPage } from './browser';
import { indonesianIn, visibleTexts, type Hit } from './indonesian-text';
import type { Room } from './room';

/**
 * The English walks' shared steps (english-complete*.test.ts): a computer in English, a staff member who
 * switches to it after signing in, and a record of what each screen and downloaded file showed that is
 * Indonesian only.
 */

const people = demo.people;
/** The columns of an LSP's refused-rows file, as its own sheet names them (the registry import quotes them back). */
export const REFUSED_CSV_HEADERS = ['No', 'Nama Lengkap', 'NIK', 'Tanggal Lahir', 'L/P'];

/**
 * What stays Indonesian on an English screen, each for its reason. Text the app marks `lang="id"` (scheme and
 * question content the LSP entered only in Indonesian, beside its "in Indonesian" marker) is not read at all.
 */
export const ALLOWED: readonly (string | RegExp)[] = [
  // People's names, the LSP's and TUK's names, and addresses: not translated.
  ...people.candidates.flatMap((c) => [c.name, c.address]),
  ...people.assessors.map((a) => a.name),
  ...people.staff.map((s) => s.displayName),
  // Usernames, names too ("proktor" on the demo's sign-in hints, the accounts list, the audit log's filter).
  ...people.staff.map((s) => s.username),
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

/** A computer whose language is English (or, to check the check, Indonesian): the choice the language switch stores, in place before the first page. */
export async function openApp(browser: Browser, room: Room, language: 'en' | 'id' = 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US', acceptDownloads: true });
  await context.addInitScript((lang) => localStorage.setItem('ruang-uji.language', lang), language);
  const page = await context.newPage();
  watchPage(page, room.origin);
  await page.goto(room.url);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return { context, page };
}

/** Signs a staff member in on the open sign-in screen's staff tab. */
export async function signInStaff(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('signin-mode-staff').click();
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

/** The header's language switch, as a person uses it. */
export async function switchToEnglish(page: Page): Promise<void> {
  await page.getByTestId('app-header').getByTestId('lang-en').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/**
 * A staff member signs in on an Indonesian screen and switches to English with the header's switch, as a
 * person does: text fetched or formatted before the switch must follow it too.
 */
export async function staffPage(browser: Browser, room: Room, username: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openApp(browser, room, 'id');
  await signInStaff(opened.page, username, password);
  // The home loaded in Indonesian first.
  await opened.page.locator('[data-testid^="home-"]').first().waitFor();
  await switchToEnglish(opened.page);
  return opened;
}

export async function goTo(page: Page, hash: string, testId: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.getByTestId(testId).first().waitFor();
}

export type EnglishWalk = {
  /** Reads what the page shows now and keeps every Indonesian find under the screen's name. */
  read: (page: Page, screen: string) => Promise<void>;
  /** A download the button (a test id, or a locator named `where`) starts: its file name is text the person sees too. */
  download: (page: Page, button: Locator | string, where?: string) => Promise<void>;
  /** A file name the app wrote and shows (a bundle under transfers/exports): read as words, as a download's. */
  readFileName: (name: string, where: string) => void;
  /** A print view: its toolbar in the screen's language, then the form itself switched to English. */
  readPrint: (page: Page, screen: string) => Promise<void>;
  /** The screens read, the file names read, and every find, one a line. */
  checked: string[];
  downloads: string[];
  report: () => string;
};

/** One file's walk: what it read and what it found, with `allowed` taken out of every text first. */
export function englishWalk(allowed: readonly (string | RegExp)[] = ALLOWED): EnglishWalk {
  const hits: (Hit & { screen: string })[] = [];
  const checked: string[] = [];
  const downloads: string[] = [];
  const read = async (page: Page, screen: string) => {
    checked.push(screen);
    // A panel still loading says only "Loading…": what it loads is what the screen is read for.
    await page.locator('.loading').first().waitFor({ state: 'hidden' });
    for (const hit of indonesianIn(await visibleTexts(page), allowed)) hits.push({ screen, ...hit });
  };
  const readFileName = (name: string, where: string) => {
    downloads.push(name);
    // A file name is its words joined by hyphens: read as words.
    for (const hit of indonesianIn([{ text: name.replace(/[-_.]/g, ' '), where }])) hits.push({ screen: `file ${name}`, ...hit });
  };
  return {
    read,
    readFileName,
    download: async (page, button, where = String(button)) => {
      const started = page.waitForEvent('download');
      await (typeof button === 'string' ? page.getByTestId(button) : button).click();
      readFileName((await started).suggestedFilename(), where);
    },
    readPrint: async (page, screen) => {
      await page.getByTestId('print-language').selectOption('en');
      await page.locator('[data-testid="print-view"][lang="en"]').waitFor();
      await read(page, screen);
    },
    checked,
    downloads,
    report: () => hits.map((h) => `${h.screen} @ ${h.where}: "${h.phrase}" in "${h.text}"`).join('\n'),
  };
}
