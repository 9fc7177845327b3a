import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
import { callApi, releaseToken } from './support/exam-api';
import { startRoom, type Room } from './support/room';

/*
 * Issue 18 items 8 and 9 in the browser: an essay left empty in a submitted test is listed by question as
 * 0 / Tidak awaiting the assessor's confirmation, and a unit decided BK leaves BK chosen as the overall
 * recommendation.
 */
let room: Room;
let browser: Browser;
const SHOTS = process.env.SHOTS_18 ?? '';

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

const [writer, blank] = demo.people.candidates;
const assessor = demo.people.assessors[0];

/** `writer` answers every essay, `blank` submits without writing any; both through the API, as lab PCs would. */
async function twoSubmitted(): Promise<{ sessionId: string }> {
  const { sessionId, token } = await releaseToken(room);
  for (const [i, who] of [writer, blank].entries()) {
    const signedIn = await callApi(room, 'auth/candidateSignIn', { participantNo: who.participantNo, password: who.password, token, deviceId: `e2e-essays-${i}` });
    const state = await callApi(room, 'cbt/agree', { accept: true }, signedIn.token);
    let seq = 0;
    if (who === writer) {
      for (const item of state.items.filter((it) => it.kind === 'essay')) {
        await callApi(room, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: null, text: `Jawaban esai nomor ${item.number}.`, doubtful: false }, signedIn.token);
      }
    }
    await callApi(room, 'cbt/submit', { confirm: true }, signedIn.token);
  }
  return { sessionId };
}

async function shot(page: Page, name: string, window = false): Promise<void> {
  const file = await screenshot(page, name);
  // The window as the assessor sees it, where the whole page is too tall to read.
  if (window) await page.screenshot({ path: file });
  if (SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(SHOTS, path.basename(file)));
  }
}

describe('assessor: an empty essay and a BK unit', () => {
  it('lists the empty essay by question for confirmation, and pre-selects BK once a unit is BK', async () => {
    const { sessionId } = await twoSubmitted();
    const { page, problems } = await openStaffPage(browser, room, assessor.username, assessor.password);
    await page.getByTestId('open-workspace').first().click();
    await page.getByTestId('assessment-overview').waitFor();

    await page.getByTestId('essay-across').first().click();
    await page.getByTestId('essay-across-view').waitFor();
    await expect.poll(() => page.getByTestId('essay-card').count()).toBe(2);
    const empty = page.getByTestId('essay-card').nth(1);
    expect(await empty.getByTestId('essay-unanswered').textContent()).toContain(id.assess.ia06.unansweredYesNo.slice(0, 20));
    await shot(page, '18-essay-by-question-unanswered.id');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => empty.getByTestId('essay-unanswered').textContent()).toContain(en.assess.ia06.unansweredYesNo.slice(0, 20));
    await shot(page, '18-essay-by-question-unanswered.en');
    await empty.getByTestId('essay-confirm-unanswered').click();
    await empty.getByTestId('essay-unanswered').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    await page.getByTestId('lang-id').click();

    // One unit decided BK for the blank candidate (through the API, as another tab would): BK is chosen.
    const assessorToken = (await callApi(room, 'auth/signIn', { username: assessor.username, password: assessor.password })).token;
    const blankId = (await callApi(room, 'assessment/overview', { sessionId }, assessorToken)).rows.find((r) => r.participantNo === blank.participantNo)!.candidateId;
    const ws = await callApi(room, 'assessment/workspace', { sessionId, candidateId: blankId }, assessorToken);
    await callApi(
      room,
      'assessment/decideUnit',
      { sessionId, candidateId: blankId, unitId: ws.units[0].unitId, seq: ws.lastSeq + 1, decision: 'BK', comment: null, extraEvidence: [] },
      assessorToken,
    );
    await page.getByTestId('workspace-back').click();
    await page.locator(`[data-testid="overview-row"][data-participant="${blank.participantNo}"]`).getByTestId('open-candidate').click();
    await page.getByTestId('tab-decisions').click();
    await page.getByTestId('recommendation-preset').waitFor();
    await expect.poll(() => page.getByTestId('recommendation-BK').isChecked()).toBe(true);
    expect(await page.getByTestId('recommendation-K').isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
    const stored = await callApi(room, 'assessment/workspace', { sessionId, candidateId: blankId }, assessorToken);
    expect(stored.record?.recommendation).toBe('BK');
    await page.getByTestId('recommendation').scrollIntoViewIfNeeded();
    await shot(page, '18-decisions-bk-preset.id', true);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('recommendation-preset').textContent()).toContain(en.assess.decisions.onlyBk_other.slice(0, 20));
    await page.getByTestId('recommendation').scrollIntoViewIfNeeded();
    await shot(page, '18-decisions-bk-preset.en', true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
