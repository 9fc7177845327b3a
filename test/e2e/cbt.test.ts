import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { releaseToken, shortenAttempt } from './support/exam-api';
import { startRoom, type Room } from './support/room';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';

let room: Room;
let browser: Browser;
/** Released by the first test; the later ones sign in with it. */
let token = '';

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

const [rizky, siti, dimas, putri] = demo.people.candidates;

/** Each candidate gets their own browser context: their own lab PC, with its own device id. */
async function openPc(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const { problems } = watchPage(page, room.origin);
  await page.goto(room.url);
  await page.getByTestId('signin-form').waitFor();
  return { page, problems };
}

const signIn = signInCandidate;
const startTest = acceptAndStart;

async function language(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.getByTestId(`lang-${lang}`).click();
  await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
}

const question = (page: Page) => page.getByTestId('cbt-question');
const option = (page: Page, letter: string) => page.locator(`[data-testid="cbt-option"][data-letter="${letter}"]`);
const cell = (page: Page, index: number) => page.getByTestId('cbt-grid-cell').nth(index);
const saved = (page: Page) => expect.poll(() => page.getByTestId('cbt-save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

/** A refused sign-in shows as a 4xx resource error in the console; that is the only expected noise. */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of 4\d\d/.test(p));

describe('the written test through the room server', () => {
  it('tells a candidate the session has not started, then that the token is wrong', async () => {
    const { page, problems } = await openPc();
    await signIn(page, putri, 'ABCDEF');
    const error = page.getByTestId('error-message');
    await expect.poll(() => error.getAttribute('data-error-code')).toBe('SESSION_NOT_STARTED');
    expect(await error.textContent()).toBe(id.errors.SESSION_NOT_STARTED);
    await screenshot(page, 'cbt-signin-not-started.id');
    await language(page, 'en');
    await expect.poll(() => error.textContent()).toBe(en.errors.SESSION_NOT_STARTED);
    await screenshot(page, 'cbt-signin-not-started.en');

    ({ token } = await releaseToken(room));
    expect(token).toMatch(/^[A-HJ-NP-Z]{6}$/);
    const wrong = token === 'KXRTWB' ? 'KXRTWC' : 'KXRTWB';
    await page.getByTestId('signin-token').fill(wrong.toLowerCase());
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => error.getAttribute('data-error-code')).toBe('TOKEN_INVALID');
    expect(await error.textContent()).toBe(en.errors.TOKEN_INVALID.replace('{{token}}', wrong));
    await screenshot(page, 'cbt-signin-wrong-token.en');
    await language(page, 'id');
    await expect.poll(() => error.textContent()).toBe(id.errors.TOKEN_INVALID.replace('{{token}}', wrong));
    await screenshot(page, 'cbt-signin-wrong-token.id');
    expect(unexpected(problems)).toEqual([]);
    await page.context().close();
  });

  it('signs in with the token, accepts FR.AK.01, answers by click and keyboard, and finds everything after a reload', async () => {
    const { page, problems } = await openPc();
    await signIn(page, rizky, token.toLowerCase());
    const agreement = page.getByTestId('cbt-agreement');
    await agreement.waitFor();
    expect(await agreement.textContent()).toContain(rizky.name);
    expect(await agreement.textContent()).toContain(id.agreement.declarationConsent);
    expect(await page.locator('[data-evidence]').count()).toBe(5);
    expect(await page.locator('[data-evidence][data-collected="true"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'cbt-agreement.id');
    await language(page, 'en');
    expect(await agreement.textContent()).toContain(en.agreement.declarationConsent);
    await screenshot(page, 'cbt-agreement.en');
    await language(page, 'id');
    await startTest(page);

    const kinds = await page.getByTestId('cbt-grid-cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-kind')));
    const mc = kinds.flatMap((k, i) => (k === 'multiple_choice' ? [i] : [])).slice(0, 3);
    const essay = kinds.indexOf('essay');
    expect(mc).toHaveLength(3);
    expect(essay).toBeGreaterThanOrEqual(0);

    // First: a click. Second: the C key, marked ragu-ragu. Third: the 1 key (= A).
    await cell(page, mc[0]).click();
    await option(page, 'B').click();
    await expect.poll(() => option(page, 'B').getAttribute('aria-pressed')).toBe('true');
    await cell(page, mc[1]).click();
    await page.keyboard.press('c');
    await expect.poll(() => option(page, 'C').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('cbt-doubt').click();
    await cell(page, mc[2]).click();
    await page.keyboard.press('1');
    await expect.poll(() => option(page, 'A').getAttribute('aria-pressed')).toBe('true');
    // Arrows move; the number follows.
    const at = Number(await question(page).getAttribute('data-number'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => question(page).getAttribute('data-number')).toBe(String(at + 1));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => question(page).getAttribute('data-number')).toBe(String(at));

    // The LAN drops: the change to B is kept as "not saved yet" and delivered when the link is back.
    await saved(page);
    await page.context().setOffline(true);
    await page.keyboard.press('2');
    await expect.poll(() => page.getByTestId('cbt-save-state').getAttribute('data-state')).toBe('unsaved');
    await page.getByTestId('cbt-offline').waitFor();
    expect(await page.getByTestId('cbt-question-save-state').getAttribute('data-state')).toBe('unsaved');
    await screenshot(page, 'cbt-test-offline.id');
    await page.context().setOffline(false);
    await saved(page);

    await cell(page, essay).click();
    const text = 'GET mengambil data lewat URL; POST mengirim data di badan permintaan.';
    await page.getByTestId('cbt-essay').fill(text);
    // Typing "a" inside the essay is text, not an answer to anything.
    await page.getByTestId('cbt-essay').press('End');
    await page.getByTestId('cbt-essay').press('a');
    await expect.poll(() => page.getByTestId('cbt-word-count').textContent()).toContain('11');
    await saved(page);
    await screenshot(page, 'cbt-test-essay.id');
    await language(page, 'en');
    await screenshot(page, 'cbt-test-essay.en');
    await language(page, 'id');

    const states = async () => page.getByTestId('cbt-grid-cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-state')));
    const before = await states();
    expect([before[mc[0]], before[mc[1]], before[mc[2]], before[essay]]).toEqual(['answered', 'doubtful', 'answered', 'answered']);

    await page.reload();
    await page.getByTestId('cbt-test').waitFor();
    expect(await question(page).getAttribute('data-number')).toBe(String(essay + 1));
    expect(await page.getByTestId('cbt-essay').inputValue()).toBe(`${text}a`);
    expect(await states()).toEqual(before);
    await cell(page, mc[1]).click();
    expect(await option(page, 'C').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('cbt-doubt').getAttribute('aria-pressed')).toBe('true');
    await cell(page, mc[2]).click();
    expect(await option(page, 'B').getAttribute('aria-pressed')).toBe('true');
    await cell(page, mc[0]).click();
    expect(await option(page, 'B').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'cbt-test.id');

    const promptId = await page.getByTestId('cbt-prompt').textContent();
    await language(page, 'en');
    await expect.poll(() => page.getByTestId('cbt-prompt').textContent()).not.toBe(promptId);
    expect(await page.getByTestId('cbt-next').textContent()).toContain(en.cbt.next);
    await screenshot(page, 'cbt-test.en');

    await page.getByTestId('cbt-font-xlarge').click();
    await page.getByTestId('cbt-contrast').click();
    await screenshot(page, 'cbt-test-xlarge-contrast.en');
    await page.reload();
    await page.getByTestId('cbt-test').waitFor();
    expect(await page.getAttribute('html', 'data-font-size')).toBe('xlarge');
    expect(await page.getAttribute('html', 'data-contrast')).toBe('high');
    await page.getByTestId('cbt-font-normal').click();
    await page.getByTestId('cbt-contrast').click();

    await page.getByTestId('cbt-finish').click();
    const dialog = page.getByTestId('cbt-submit-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('cbt-confirm-unanswered').getAttribute('data-count')).toBe(String(kinds.length - 4));
    expect(await page.getByTestId('cbt-confirm-doubtful').getAttribute('data-count')).toBe('1');
    await screenshot(page, 'cbt-confirm.en');
    // The dialog is modal: the language switch behind it is reached after "back".
    await page.getByTestId('cbt-confirm-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    await language(page, 'id');
    await page.getByTestId('cbt-finish').click();
    await dialog.waitFor();
    await screenshot(page, 'cbt-confirm.id');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The refused saves while the link was down are the only expected noise.
    expect(problems.filter((p) => !p.includes('ERR_'))).toEqual([]);
    await page.context().close();
  });

  it('starts the question right under the header card on a lab PC (1280×720), and a notice shown between them spaced alike', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'id-ID' });
    const page = await context.newPage();
    const { problems } = watchPage(page, room.origin);
    await page.goto(room.url);
    await page.getByTestId('signin-form').waitFor();
    await signIn(page, putri, token);
    await startTest(page);
    /** The space between the header card and what follows it, in CSS pixels. */
    const under = (below: string) =>
      page.evaluate((selector) => {
        const top = document.querySelector(selector)!.getBoundingClientRect().top;
        return Math.round(top - document.querySelector('.cbt-bar')!.getBoundingClientRect().bottom);
      }, below);
    // The four notices' empty status slots are in the page, and take no room.
    expect(await page.locator('.cbt-test > .status-slot:empty').count()).toBe(4);
    expect(await under('.cbt-test__body')).toBe(12);
    await screenshot(page, 'cbt-test-1280x720.id');
    await language(page, 'en');
    await screenshot(page, 'cbt-test-1280x720.en');

    // A notice that shows sits under the card; the question follows it.
    await page.evaluate(() => {
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus'));
    });
    await page.getByTestId('cbt-left-window').waitFor();
    expect(await under('[data-testid="cbt-left-window"]')).toBe(12);
    const noticeToBody = await page.evaluate(
      () => document.querySelector('.cbt-test__body')!.getBoundingClientRect().top - document.querySelector('[data-testid="cbt-left-window"]')!.getBoundingClientRect().bottom,
    );
    expect(Math.round(noticeToBody)).toBe(12);
    await screenshot(page, 'cbt-test-1280x720-notice.en');
    await page.getByTestId('cbt-left-window-ok').click();
    await expect.poll(() => under('.cbt-test__body')).toBe(12);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('submits a short test by itself at the deadline while another candidate submits through the confirmation', async () => {
    // Siti's test is cut to 20 seconds after she agrees.
    const timed = await openPc();
    await signIn(timed.page, siti, token);
    await startTest(timed.page);
    shortenAttempt(room, siti.participantNo, 20);
    await timed.page.reload();
    await timed.page.getByTestId('cbt-test').waitFor();
    await expect.poll(async () => Number(await timed.page.getByTestId('cbt-countdown').getAttribute('data-remaining-ms'))).toBeLessThan(20_000);
    await timed.page.getByTestId('cbt-time-warning').waitFor();
    expect(await timed.page.getByTestId('cbt-time-warning').getAttribute('data-level')).toBe('5');
    await screenshot(timed.page, 'cbt-time-warning.id');
    await language(timed.page, 'en');
    expect(await timed.page.getByTestId('cbt-time-warning').textContent()).toContain(en.cbt.warning5);
    await screenshot(timed.page, 'cbt-time-warning.en');
    await language(timed.page, 'id');
    if ((await question(timed.page).getAttribute('data-kind')) === 'multiple_choice') await option(timed.page, 'A').click();

    // Meanwhile Dimas answers one question and submits himself.
    const own = await openPc();
    await language(own.page, 'en');
    await signIn(own.page, dimas, token);
    await startTest(own.page);
    if ((await question(own.page).getAttribute('data-kind')) === 'multiple_choice') await option(own.page, 'D').click();
    else await own.page.getByTestId('cbt-essay').fill('Jawaban singkat.');
    await saved(own.page);
    await own.page.getByTestId('cbt-finish').click();
    await own.page.getByTestId('cbt-submit-dialog').waitFor();
    const total = await own.page.getByTestId('cbt-grid-cell').count();
    expect(await own.page.getByTestId('cbt-confirm-unanswered').getAttribute('data-count')).toBe(String(total - 1));
    await own.page.getByTestId('cbt-confirm').click();
    const thanks = own.page.getByTestId('cbt-thanks');
    await thanks.waitFor();
    expect(await own.page.getByTestId('cbt-submit-reason').getAttribute('data-reason')).toBe('candidate');
    const receipt = (await own.page.getByTestId('cbt-receipt').textContent()) ?? '';
    expect(receipt.length).toBeGreaterThanOrEqual(6);
    await screenshot(own.page, 'cbt-thanks.en');
    await language(own.page, 'id');
    await screenshot(own.page, 'cbt-thanks.id');
    // Read-only from now on, also after a reload.
    await own.page.reload();
    await thanks.waitFor();
    expect(await own.page.getByTestId('cbt-receipt').textContent()).toBe(receipt);
    expect(await own.page.getByTestId('cbt-test').count()).toBe(0);
    expect(own.problems).toEqual([]);
    await own.page.context().close();

    // Back to Siti: the countdown ran out and her page submitted by itself.
    await timed.page.getByTestId('cbt-thanks').waitFor({ timeout: 40_000 });
    expect(await timed.page.getByTestId('cbt-submit-reason').getAttribute('data-reason')).toBe('timeout');
    expect(await timed.page.getByTestId('cbt-thanks').textContent()).toContain(id.cbt.thanks.reason.timeout);
    await screenshot(timed.page, 'cbt-thanks-timeout.id');
    await language(timed.page, 'en');
    await screenshot(timed.page, 'cbt-thanks-timeout.en');
    expect(timed.problems).toEqual([]);
    await timed.page.context().close();
  });
});
