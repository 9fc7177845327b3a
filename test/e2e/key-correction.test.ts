import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { axeViolations } from './support/axe';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
import { callApi, releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';

/* A wrong answer key corrected in the browser: the assessor annuls a question, and FR.IA.05 counts and says so. */
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

const [candidate] = demo.people.candidates;
const assessor = demo.people.assessors[0];

describe('assessor: correcting a wrong answer key', () => {
  it('annuls a question with a reason on the keys view; FR.IA.05 drops it from the count and states it under the sheet; withdrawn, both are undone', async () => {
    const { sessionId, token } = await releaseToken(room);
    const signedIn = await callApi(room, 'auth/candidateSignIn', { participantNo: candidate.participantNo, password: candidate.password, token, deviceId: 'e2e-keys-0' });
    const state = await callApi(room, 'cbt/agree', { accept: true }, signedIn.token);
    let seq = 0;
    for (const item of state.items.filter((it) => it.kind === 'multiple_choice')) {
      await callApi(room, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: 0, text: null, doubtful: false }, signedIn.token);
    }
    await callApi(room, 'cbt/submit', { confirm: true }, signedIn.token);
    const assessorToken = (await callApi(room, 'auth/signIn', { username: assessor.username, password: assessor.password })).token;
    const candidateId = (await callApi(room, 'assessment/overview', { sessionId }, assessorToken)).rows.find((r) => r.participantNo === candidate.participantNo)!.candidateId;
    const before = (await callApi(room, 'assessment/workspace', { sessionId, candidateId }, assessorToken)).multipleChoice.items.length;

    const { page, problems } = await openStaffPage(browser, room, assessor.username, assessor.password);
    await page.getByTestId('open-workspace').first().click();
    await page.getByTestId('assessment-overview').waitFor();
    await page.getByTestId('open-key-corrections').click();
    await page.getByTestId('key-corrections').waitFor();
    // axe (WCAG 2.1 A/AA, as the accessibility walk): the view, then its dialog; animations settle first.
    await page.waitForTimeout(250);
    expect(await axeViolations(page)).toEqual([]);
    const first = page.getByTestId('key-correction-row').first();
    const ref = (await first.locator('strong').textContent()) ?? '';
    await first.getByTestId('key-correction-open').click();
    const dialog = page.getByTestId('key-correction-dialog');
    await dialog.getByTestId('key-correction-annul').check();
    await dialog.getByTestId('key-correction-reason').fill('Kunci soal ini tidak sesuai SKKNI');
    await page.waitForTimeout(250);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'key-correction-dialog.id');
    await dialog.getByRole('button', { name: id.keyCorrection.confirm }).click();
    await page.getByTestId('key-correction-saved').waitFor();
    await expect.poll(() => page.getByTestId('key-correction-history').textContent()).toContain(`Soal ${ref} dianulir`);
    await screenshot(page, 'key-correction-saved.id');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('key-correction-history').textContent()).toContain(`Question ${ref} annulled`);
    expect(await page.getByTestId('key-corrections').textContent()).toContain(en.keyCorrection.title);
    await screenshot(page, 'key-correction-saved.en');
    await page.getByTestId('lang-id').click();

    const after = await callApi(room, 'assessment/workspace', { sessionId, candidateId }, assessorToken);
    expect(after.multipleChoice.items.length).toBe(before - 1);
    await page.getByTestId('workspace-back').click();
    await page.locator(`[data-testid="overview-row"][data-participant="${candidate.participantNo}"]`).getByTestId('open-candidate').click();
    await page.getByTestId('tab-print').click();
    await page.getByTestId('print-ia05-open').click();
    await page.getByTestId('print-ia05').waitFor();
    expect(await page.getByTestId('ia05-correction').textContent()).toContain(`(${ref}) dianulir oleh ${assessor.name}`);
    expect(await page.getByTestId('ia05-print-row').count()).toBe(before - 1);
    await screenshot(page, 'key-correction-ia05-print.id');

    // The annulment was a mistake: withdrawn on the keys view, with a reason, after a confirmation (English, then Indonesian).
    await page.evaluate((hash) => void (window.location.hash = hash), `#/workspace/${encodeURIComponent(sessionId)}/keys`);
    await page.getByTestId('key-correction-history').waitFor();
    await page.getByTestId('lang-en').click();
    await page.getByTestId('key-correction-withdraw').click();
    const withdrawal = page.getByTestId('key-withdrawal-dialog');
    await expect.poll(() => withdrawal.textContent()).toContain(en.keyCorrection.withdrawWhat.replace('{{correction}}', `Question ${ref} annulled`));
    await page.waitForTimeout(250);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'key-withdrawal-dialog.en');
    await withdrawal.getByRole('button', { name: en.common.cancel }).click();
    await withdrawal.waitFor({ state: 'detached' });
    await page.getByTestId('lang-id').click();
    await page.getByRole('button', { name: id.keyCorrection.withdrawLabel.replace('{{question}}', ref) }).click();
    await withdrawal.getByTestId('key-withdrawal-reason').fill('Yang seharusnya dianulir soal lain');
    await page.waitForTimeout(250);
    await screenshot(page, 'key-withdrawal-dialog.id');
    await withdrawal.getByRole('button', { name: id.keyCorrection.withdrawConfirm }).click();
    await expect.poll(() => page.getByTestId('key-correction-saved').textContent()).toBe(id.keyCorrection.withdrawnSaved.replace('{{question}}', ref));
    await expect.poll(() => page.getByTestId('key-correction-withdrawn').textContent()).toContain('Yang seharusnya dianulir soal lain');
    expect(await page.getByTestId('key-correction-withdraw').count()).toBe(0);
    await page.waitForTimeout(250);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'key-withdrawal-saved.id');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('key-correction-withdrawn').textContent()).toContain(en.keyCorrection.withdrawn);
    await screenshot(page, 'key-withdrawal-saved.en');
    await page.getByTestId('lang-id').click();

    // FR.IA.05 counts the question again and, printed, states no correction.
    expect((await callApi(room, 'assessment/workspace', { sessionId, candidateId }, assessorToken)).multipleChoice.items.length).toBe(before);
    await page.getByTestId('workspace-back').click();
    await page.locator(`[data-testid="overview-row"][data-participant="${candidate.participantNo}"]`).getByTestId('open-candidate').click();
    await page.getByTestId('tab-print').click();
    await page.getByTestId('print-ia05-open').click();
    await page.getByTestId('print-ia05').waitFor();
    await expect.poll(() => page.getByTestId('ia05-print-row').count()).toBe(before);
    expect(await page.getByTestId('ia05-correction').count()).toBe(0);
    await screenshot(page, 'key-withdrawal-ia05-print.id');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
