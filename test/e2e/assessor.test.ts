import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { launchChromium, openStaffPage, screenshot, watchPage } from './support/browser';
import { callApi, releaseToken } from './support/exam-api';
import { pdfText } from './support/pdf';
import { startRoom, type Room } from './support/room';
import { signInCandidate } from './support/candidate-pc';

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

const candidate = demo.people.candidates[0];
const assessor = demo.people.assessors[0];

/** The candidate takes the written test through the API (the candidate screens are another issue's): every answer right. */
async function takeTheTest(): Promise<{ sessionId: string; proctor: string }> {
  const { sessionId, token: examToken, proctor } = await releaseToken(room);
  const signIn = await callApi(room, 'auth/candidateSignIn', { participantNo: candidate.participantNo, password: candidate.password, token: examToken, deviceId: 'e2e-lab-pc-01' });
  const token = signIn.token;
  const state = await callApi(room, 'cbt/agree', { accept: true }, token);
  let seq = 0;
  for (const item of state.items) {
    if (item.kind === 'essay') {
      await callApi(room, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: null, text: `Jawaban esai nomor ${item.number} dari peserta.`, doubtful: false }, token);
      continue;
    }
    const question = demo.instruments.multipleChoice.find((q) => q.prompt.id === item.prompt.id)!;
    const shown = item.options.findIndex((o) => o.id === question.options[question.answer].id);
    await callApi(room, 'cbt/save', { itemId: item.itemId, seq: ++seq, choice: shown, text: null, doubtful: false }, token);
  }
  await callApi(room, 'cbt/submit', { confirm: true }, token);
  return { sessionId, proctor };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** How many electronic marks of each kind a printed form carries (their first two words: a cell wraps the rest). */
const firstWords = (text: string) => text.split(' ').slice(0, 2).join(' ');
const markWords = {
  signed: firstWords(id.forms.signedOn),
  agreed: firstWords(id.forms.agreedOn),
  acknowledged: firstWords(id.forms.acknowledgedOn),
  entered: firstWords(id.forms.enteredOn),
};
const marksIn = (text: string) =>
  Object.fromEntries(Object.entries(markWords).map(([kind, words]) => [kind, flat(text).split(words).length - 1])) as Record<keyof typeof markWords, number>;
const assessorOnly = { signed: 1, agreed: 0, acknowledged: 0, entered: 0 };
const EXPECTED_MARKS = {
  ak01: { signed: 0, agreed: 1, acknowledged: 0, entered: 0 },
  ia05: assessorOnly,
  ia06: assessorOnly,
  ia07: assessorOnly,
  ia01: assessorOnly,
  ia03: assessorOnly,
  ak02: { signed: 1, agreed: 0, acknowledged: 1, entered: 0 },
  ak03: { signed: 0, agreed: 0, acknowledged: 0, entered: 1 },
  ak04: { signed: 0, agreed: 0, acknowledged: 0, entered: 0 },
};

async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state')).toBe('saved');
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByTestId(`tab-${name}`).click();
  await page.getByTestId(`panel-${name}`).waitFor();
}

describe('assessor: from submitted test to signed FR.AK.02 and FR.AK.05', () => {
  it('scores every instrument in the browser, decides the units, signs, and prints every form', async () => {
    const { sessionId, proctor } = await takeTheTest();
    const { page, problems } = await openStaffPage(browser, room, assessor.username, assessor.password);
    await page.getByTestId('home-assessor').waitFor();
    await page.getByTestId('open-workspace').click();

    // Overview: the candidate's written test is scored by the core, nothing else yet.
    const row = page.locator(`[data-testid="overview-row"][data-participant="${candidate.participantNo}"]`);
    await row.waitFor();
    expect(await row.locator('[data-column="ia05"]').getAttribute('data-progress')).toBe('scored');
    expect(await row.locator('[data-column="ia06"]').getAttribute('data-progress')).toBe('not_started');
    expect(await page.getByTestId('overview-row').count()).toBe(demo.people.candidates.filter((c) => c.assessor === assessor.username).length);
    await screenshot(page, 'assessor-overview.id');

    // FR.IA.06 by question, blind: the answer is there, the name is not.
    await page.getByTestId('essay-across').first().click();
    await page.getByTestId('essay-across-view').waitFor();
    await page.getByTestId('blind-mode').check();
    const across = (await page.getByTestId('essay-across-view').textContent()) ?? '';
    expect(across).toContain('Jawaban esai nomor');
    expect(across).not.toContain(candidate.name);
    await screenshot(page, 'assessor-ia06-by-question.id');
    await page.getByTestId('workspace-back').click();

    await row.getByTestId('open-candidate').click();
    await page.getByTestId('candidate-workspace').waitFor();

    // FR.IA.05: all right; the assessor concludes the knowledge aspect is achieved.
    expect(await page.locator('[data-testid="ia05-item"][data-achieved="false"]').count()).toBe(0);
    await page.getByTestId('conclusion-achieved').check();
    await waitSaved(page);
    await screenshot(page, 'assessor-ia05.id');

    // FR.IA.06 by candidate, keyboard only: 3 (or Y) then N, four times.
    await tab(page, 'ia06');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    // In the order the candidate's paper had them, as the tab lists them.
    const shownRefs = await page.getByTestId('essay-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-item')));
    expect(shownRefs.sort()).toEqual(demo.instruments.essay.map((e) => e.ref).sort());
    for (const ref of await page.getByTestId('essay-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-item')))) {
      const essay = demo.instruments.essay.find((e) => e.ref === ref);
      await page.keyboard.press(essay?.scoring === 'score_0_3' ? '3' : 'y');
      await page.keyboard.press('n');
    }
    await waitSaved(page);
    expect(await page.locator('[data-testid="essay-score"] [aria-pressed="true"]').count()).toBe(2);
    expect(await page.locator('[data-testid="essay-verdict"] [data-verdict="yes"][aria-pressed="true"]').count()).toBe(2);
    await screenshot(page, 'assessor-ia06.id');

    // FR.IA.07 and FR.IA.03: what was said, then Ya.
    for (const name of ['ia07', 'ia03'] as const) {
      await tab(page, name);
      const rows = page.getByTestId('question-row');
      for (let i = 0; i < (await rows.count()); i++) {
        await rows.nth(i).getByTestId('question-response').fill(`Asesi menjawab pertanyaan ${i + 1} dengan tepat.`);
        await rows.nth(i).locator('[data-verdict="yes"]').click();
      }
      await waitSaved(page);
      await screenshot(page, `assessor-${name}.id`);
    }

    // FR.IA.01: every element's KUK K.
    await tab(page, 'ia01');
    const allK = page.getByTestId('ia01-all-k');
    for (let i = 0; i < (await allK.count()); i++) await allK.nth(i).click();
    await waitSaved(page);
    await expect.poll(() => page.locator('[data-testid="ia01-kuk"][data-verdict="k"]').count()).toBe(demo.instruments.observation.length);
    await screenshot(page, 'assessor-ia01.id');

    // Decisions: every unit suggested K, decided K; recommendation K; signed with the password.
    await tab(page, 'decisions');
    await expect.poll(() => page.locator('[data-testid="unit-suggestion"][data-suggestion="K"]').count()).toBe(demo.scheme.units.length);
    const units = page.getByTestId('unit-decision');
    for (let i = 0; i < (await units.count()); i++) {
      await units.nth(i).locator('[data-decision="K"]').click();
      await waitSaved(page);
    }
    await expect.poll(() => page.getByTestId('recommendation-K').isEnabled()).toBe(true);
    await page.getByTestId('recommendation-K').check();
    await waitSaved(page);
    await page.getByTestId('sign-password').fill(assessor.password);
    await page.getByTestId('sign-submit').click();
    await page.getByTestId('signed-by').waitFor();
    expect(await page.getByTestId('signed-by').textContent()).toContain(assessor.name);
    await page.getByTestId('locked-notice').waitFor();
    await screenshot(page, 'assessor-decisions-signed.id');

    // Signed, not yet acknowledged: FR.AK.02 leaves the candidate's line empty for a wet signature.
    await tab(page, 'print');
    await page.getByTestId('print-ak02-open').click();
    await page.getByTestId('print-ak02').waitFor();
    const unacknowledged = await pdfText(page, 'ak02-unacknowledged.id');
    expect(marksIn(unacknowledged)).toEqual({ signed: 1, agreed: 0, acknowledged: 0, entered: 0 });
    await page.getByTestId('print-close').click();
    await page.getByTestId('panel-print').waitFor();

    // The assessor explains the recommendation; the candidate acknowledges with their own password (the assessor's is refused).
    await tab(page, 'decisions');
    const acknowledge = page.getByTestId('ak02-acknowledge');
    await page.getByTestId('ak02-candidate-password').fill(assessor.password);
    await page.getByTestId('ak02-acknowledge-submit').click();
    await expect.poll(() => acknowledge.getByTestId('error-message').getAttribute('data-error-code')).toBe('CANDIDATE_PASSWORD_WRONG');
    expect(await page.getByTestId('ak02-candidate-password').inputValue()).toBe('');
    // The refusal is the one expected 4xx in the console.
    await expect.poll(() => problems.findIndex((p) => /status of 400/.test(p))).toBeGreaterThanOrEqual(0);
    problems.splice(problems.findIndex((p) => /status of 400/.test(p)), 1);
    await acknowledge.scrollIntoViewIfNeeded();
    await screenshot(page, 'assessor-ak02-acknowledge.id');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => acknowledge.getByTestId('error-message').textContent()).toBe(en.errors.CANDIDATE_PASSWORD_WRONG);
    await screenshot(page, 'assessor-ak02-acknowledge.en');
    await page.getByTestId('lang-id').click();
    await page.getByTestId('ak02-candidate-password').fill(candidate.password);
    await page.getByTestId('ak02-acknowledge-submit').click();
    await page.getByTestId('ak02-acknowledged').waitFor();
    expect(await page.getByTestId('ak02-acknowledged').textContent()).toContain(candidate.name);
    await screenshot(page, 'assessor-ak02-acknowledged.id');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('ak02-acknowledged').textContent()).toContain('acknowledged FR.AK.02');
    await screenshot(page, 'assessor-ak02-acknowledged.en');
    await page.getByTestId('lang-id').click();

    // FR.AK.03: the candidate gives feedback on their own PC (the same lab PC) now that the decision is signed.
    const pc = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    await pc.addInitScript(() => localStorage.setItem('ruang-uji.device', 'e2e-lab-pc-01'));
    const lab = await pc.newPage();
    const labProblems = watchPage(lab, room.origin).problems;
    const { token } = await callApi(room, 'exam/token', { sessionId }, proctor);
    await lab.goto(room.url);
    await signInCandidate(lab, candidate, token!);
    await lab.getByTestId('cbt-thanks').waitFor();
    await lab.getByTestId('feedback-open').click();
    const form = lab.getByTestId('feedback-form');
    await form.waitFor();
    const yes = form.locator('input[data-agree="true"]');
    for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).check();
    // Sent with the candidate's password: the receipt screen stays signed in on a PC they may have left.
    await lab.getByTestId('feedback-password').fill(candidate.password);
    await screenshot(lab, 'candidate-ak03.id');
    await lab.getByTestId('feedback-submit').click();
    await lab.getByTestId('feedback-entry').waitFor();
    // Polled: the entry is on screen (asking for feedback) a moment before the sent state replaces it.
    await expect.poll(() => lab.getByTestId('feedback-entry').textContent()).toContain(id.assess.feedbackScreen.sent);
    expect(labProblems).toEqual([]);
    await pc.close();

    await tab(page, 'ak03');
    await expect.poll(() => page.getByTestId('feedback-entered-by').getAttribute('data-by')).toBe('candidate');
    await screenshot(page, 'assessor-ak03.id');
    await tab(page, 'ak04');
    await screenshot(page, 'assessor-ak04.id');

    // Every form of the candidate as an A4 PDF, in Indonesian.
    await tab(page, 'print');
    const forms = ['ak01', 'ia05', 'ia06', 'ia07', 'ia01', 'ia03', 'ak02', 'ak03', 'ak04'] as const;
    const codes = { ak01: 'FR.AK.01', ia05: 'FR.IA.05', ia06: 'FR.IA.06', ia07: 'FR.IA.07', ia01: 'FR.IA.01', ia03: 'FR.IA.03', ak02: 'FR.AK.02', ak03: 'FR.AK.03', ak04: 'FR.AK.04' };
    for (const form of forms) {
      await page.getByTestId(`print-${form}-open`).click();
      await page.getByTestId(`print-${form}`).waitFor();
      await screenshot(page, `print-${form}.id`);
      const text = await pdfText(page, `${form}.id`);
      expect(text, form).toContain(codes[form]);
      // A long title wraps onto two lines on paper.
      expect(flat(text), form).toContain(id.forms.titles[form].toUpperCase());
      expect(text, form).toContain(candidate.name);
      expect(text, form).toContain(assessor.name);
      // The screen's chrome stays off the paper.
      expect(text, form).not.toContain(id.forms.printNow);
      // The recommendation in words, as BNSP's form states it, where it printed the code "K".
      if (form === 'ak02') expect(text).toMatch(new RegExp(`${id.assess.decisions.recommendation}\\s+${id.forms.ak02.competent}\\n`));
      // Each summary typed on screen is on the form (columns wrap, so count a word of it).
      if (form === 'ia07') expect(text.match(/menjawab/g)).toHaveLength(demo.instruments.oral.length);
      if (form === 'ia03') expect(text.match(/menjawab/g)).toHaveLength(demo.instruments.supporting.length);
      if (form === 'ia01') expect(text.match(/✓/g)?.length).toBe(demo.instruments.observation.length);
      if (form === 'ak03') expect(text).toContain(id.assess.ak03.enteredByCandidate);
      // An electronic mark only for who gave it: no candidate signature on the instruments, no assessor one on FR.AK.01.
      expect(marksIn(text), form).toEqual(EXPECTED_MARKS[form]);
      if (form === 'ia06') expect(text.match(/Jawaban esai nomor \d+ dari peserta/g)).toHaveLength(demo.instruments.essay.length);
      await page.getByTestId('print-close').click();
      await page.getByTestId('panel-print').waitFor();
    }

    // FR.AK.05: the report lists the candidate as K; signed; printed in both languages.
    await page.getByTestId('workspace-back').click();
    await expect.poll(() => row.locator('[data-column="decision"]').getAttribute('data-progress')).toBe('signed');
    await page.getByTestId('open-report').click();
    await page.getByTestId('report-view').waitFor();
    await page.getByTestId('report-positives').fill('Asesi siap dan tertib.');
    await page.getByTestId('report-negatives').fill('Tidak ada.');
    await page.getByTestId('report-rejections').fill('Tidak ada penolakan.');
    await page.getByTestId('report-suggestions').fill('Sediakan PC cadangan.');
    await page.getByTestId('report-password').fill(assessor.password);
    await waitSaved(page);
    await page.getByTestId('report-sign').click();
    await page.getByTestId('report-signed-by').waitFor();
    await screenshot(page, 'assessor-ak05.id');

    await page.getByTestId('print-ak05-open').click();
    await page.getByTestId('print-ak05').waitFor();
    const ak05 = await pdfText(page, 'ak05.id');
    const line = ak05.split('\n').find((l) => l.includes(candidate.name)) ?? '';
    expect(line).toMatch(/\bK\b/);
    expect(line).not.toMatch(/\bBK\b/);
    expect(ak05).toContain(id.assess.ak05.notAssessed);
    expect(ak05).toContain('Sediakan PC cadangan.');
    await screenshot(page, 'print-ak05.id');

    await page.getByTestId('print-language').selectOption('en');
    await page.locator('[data-testid="print-view"][lang="en"]').waitFor();
    const ak05en = await pdfText(page, 'ak05.en');
    expect(ak05en).toContain(en.forms.titles.ak05.toUpperCase());
    expect(ak05en).toContain(en.assess.ak05.notAssessed);
    await screenshot(page, 'print-ak05.en');

    // The same workspace in English.
    await page.getByTestId('print-close').click();
    await page.getByTestId('report-view').waitFor();
    await page.getByTestId('workspace-back').click();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('assessment-overview').textContent()).toContain(en.assess.progress.signed);
    await screenshot(page, 'assessor-overview.en');
    await row.getByTestId('open-candidate').click();
    await tab(page, 'decisions');
    expect(await page.getByTestId('panel-decisions').textContent()).toContain(en.assess.decisions.noReasons);
    await screenshot(page, 'assessor-decisions-signed.en');
    await tab(page, 'ia06');
    await screenshot(page, 'assessor-ia06.en');

    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prints candidate cards, the attendance list and the berita acara for the proctor', async () => {
    const { page, problems } = await openStaffPage(browser, room, 'proktor', 'proktor123!');
    await page.getByTestId('home-proctor').waitFor();
    await page.getByTestId('print-card-open').click();
    await page.getByTestId('print-card').waitFor();
    const cards = await pdfText(page, 'card.id');
    for (const c of demo.people.candidates) {
      expect(cards).toContain(c.participantNo);
      // The demo's passwords are public; a real installation prints "issued separately".
      expect(cards).toContain(c.password);
    }
    await screenshot(page, 'print-card.id');
    await page.getByTestId('print-close').click();

    await page.getByTestId('print-attendance-open').click();
    await page.getByTestId('print-attendance').waitFor();
    const attendance = await pdfText(page, 'attendance.id');
    expect(attendance).toContain(id.forms.titles.attendance.toUpperCase());
    for (const c of demo.people.candidates) expect(attendance).toContain(c.nik);
    await screenshot(page, 'print-attendance.id');
    await page.getByTestId('print-close').click();

    // Berita acara: the core's counts of this session (one candidate took the test above).
    await page.getByTestId('print-minutes-open').click();
    await page.getByTestId('print-minutes').waitFor();
    const minutes = await pdfText(page, 'minutes.id');
    expect(minutes).toContain(id.forms.titles.minutes.toUpperCase());
    expect(minutes).toContain(id.forms.minutes.registered);
    expect(await page.getByTestId('minutes-registered').textContent()).toBe(String(demo.people.candidates.length));
    expect(Number(await page.getByTestId('minutes-present').textContent())).toBeGreaterThanOrEqual(1);
    for (const a of demo.people.assessors) expect(minutes).toContain(a.name);
    await screenshot(page, 'print-minutes.id');
    await page.getByTestId('print-language').selectOption('en');
    await expect.poll(async () => (await page.getByTestId('print-minutes').textContent()) ?? '').toContain(en.forms.titles.minutes.toUpperCase());
    await screenshot(page, 'print-minutes.en');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
