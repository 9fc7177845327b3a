import crypto from 'node:crypto';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { demo } from '../support/core';
import { axeViolations } from './support/axe';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
import { callApi, releaseToken } from './support/exam-api';
import { pdfText } from './support/pdf';
import { startRoom, type Room } from './support/room';

/*
 * Issue 17's story, in Chromium: a results bundle in → review → rapat pleno → decide → sign with the
 * chair's password → certificate numbers → the BNSP .xlsx read back → the SK as PDF through pdftotext →
 * an appeal closed. The results are made at a TUK station (the demo session's bundle imported there, two
 * candidates submit, the assessor decides and signs FR.AK.02 there, the others never came) and come back
 * to the LSP in a results bundle imported on its bundles screen, as bundles.test.ts and handover.test.ts do.
 */
let lspRoom: Room;
let tukRoom: Room;
let browser: Browser;

beforeAll(async () => {
  [lspRoom, tukRoom] = await Promise.all([startRoom(), startRoom({ tukStation: true })]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  lspRoom?.stop();
  tukRoom?.stop();
});

const assessor = demo.people.assessors[0];

type Seeded = { sessionId: string; sessionCode: string; sessionDate: string; resultsFile: string; decided: { candidateId: string; name: string; nik: string }[] };

/**
 * At the TUK station: the demo session's bundle imported, two of the assessor's candidates submit, the
 * session ends, each record is decided K, concluded and signed; the results bundle is exported.
 */
async function resultsAtTuk(): Promise<Seeded> {
  const admin = (await callApi(lspRoom, 'auth/signIn', { username: 'admin', password: 'admin123!' })).token;
  const sessionId = (await callApi(lspRoom, 'sessions/list', {}, admin)).rows[0].id;
  const exported = await callApi(lspRoom, 'bundles/exportSession', { sessionId, operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);
  const tuk = await openStaffPage(browser, tukRoom, 'proktor', 'proktor123!');
  await tuk.page.getByTestId('link-bundles').click();
  await tuk.page.getByTestId('import-session-file').setInputFiles(exported.filePath);
  await tuk.page.getByTestId('import-session-passphrase').fill(exported.generatedPassphrase ?? '');
  await tuk.page.getByTestId('import-session-check').click();
  await tuk.page.getByTestId('bundle-preview').waitFor();
  await tuk.page.getByTestId('import-session-confirm-signer').check();
  await tuk.page.getByTestId('import-session-apply').click();
  await tuk.page.getByTestId('import-session-done').waitFor();
  await tuk.page.context().close();

  const { token: examToken, proctor } = await releaseToken(tukRoom);
  const assessorToken = (await callApi(tukRoom, 'auth/signIn', { username: assessor.username, password: assessor.password })).token;
  const mine = (await callApi(tukRoom, 'assessment/overview', { sessionId }, assessorToken)).rows.slice(0, 2);
  for (const [i, row] of mine.entries()) {
    const person = demo.people.candidates.find((c) => c.participantNo === row.participantNo)!;
    const token = (await callApi(tukRoom, 'auth/candidateSignIn', { participantNo: person.participantNo, password: person.password, token: examToken, deviceId: `e2e-pleno-${i}` })).token;
    await callApi(tukRoom, 'cbt/agree', { accept: true }, token);
    await callApi(tukRoom, 'cbt/submit', { confirm: true }, token);
  }
  await callApi(tukRoom, 'exam/endSession', { sessionId, reason: 'Waktu uji selesai' }, proctor);
  for (const row of mine) {
    const seat = { sessionId, candidateId: row.candidateId };
    let ws = await callApi(tukRoom, 'assessment/workspace', seat, assessorToken);
    let seq = ws.lastSeq;
    for (const unit of ws.units) {
      await callApi(tukRoom, 'assessment/decideUnit', { ...seat, unitId: unit.unitId, seq: ++seq, decision: 'K', comment: 'Bukti observasi dan portofolio memadai.', extraEvidence: ['portfolio'] }, assessorToken);
    }
    ws = await callApi(tukRoom, 'assessment/workspace', seat, assessorToken);
    await callApi(
      tukRoom,
      'assessment/saveRecord',
      { ...seat, seq: ws.lastSeq + 1, knowledgeConclusion: 'achieved', knowledgeNote: null, recommendation: ws.allowedRecommendation, followUp: null, comment: null },
      assessorToken,
    );
    await callApi(tukRoom, 'assessment/sign', { ...seat, password: assessor.password }, assessorToken);
  }
  const results = await callApi(tukRoom, 'bundles/exportResults', { sessionId, operationId: crypto.randomUUID() }, proctor);

  // The demo's people come with every field the BNSP sheet asks, and its scheme with the KBLI code the
  // certificate numbers start with: nothing of the registry is completed here.
  const decided = [];
  for (const row of mine) {
    const detail = await callApi(lspRoom, 'candidates/get', { candidateId: row.candidateId }, admin);
    decided.push({ candidateId: row.candidateId, name: detail.name, nik: detail.nik });
  }
  const session = await callApi(lspRoom, 'sessions/get', { sessionId }, admin);
  return { sessionId, sessionCode: session.code, sessionDate: session.date, resultsFile: results.filePath, decided };
}

/** axe-core on what the page shows (the accessibility walk sees these screens empty; here they hold a real pleno). */
async function axeRules(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${v.rule}: ${v.targets.join(', ')}`);
}

/** At 1366×768 a table fits its panel: nothing (the name that opens a row above all) is scrolled out of sight. */
async function fitsAt1366(page: Page, testId: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  const overflow = await page.getByTestId(testId).evaluate((table) => {
    const wrap = table.parentElement!;
    return wrap.scrollWidth - wrap.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1366, height: 900 });
}

async function inEnglish(page: Page, name: string, check: () => Promise<void>): Promise<void> {
  await screenshot(page, `${name}.id`);
  await page.getByTestId('lang-en').click();
  await check();
  await screenshot(page, `${name}.en`);
  await page.getByTestId('lang-id').click();
}

describe('results to a signed pleno, certificate numbers, the BNSP sheet and the SK', () => {
  it('reviews, decides with one departure, signs with the chair password, issues, downloads the BNSP .xlsx, prints the SK and closes an appeal', async () => {
    const seeded = await resultsAtTuk();
    const [first, second] = seeded.decided;
    const { page, problems } = await openStaffPage(browser, lspRoom, 'admin', 'admin123!');

    // 0. The results bundle in, on the LSP's bundles screen.
    await page.getByTestId('link-bundles').click();
    await page.getByTestId('import-results-file').setInputFiles(seeded.resultsFile);
    await page.getByTestId('import-results-check').click();
    await page.getByTestId('bundle-preview').waitFor();
    await page.getByTestId('import-results-confirm-signer').check();
    await page.getByTestId('import-results-apply').click();
    await page.getByTestId('import-results-done').waitFor();
    await page.getByTestId('back-home').click();

    // 1. Results: the session with its counts; the review names who came and who did not.
    await page.getByTestId('link-results').click();
    const resultsRow = page.getByTestId('results-row').filter({ hasText: seeded.sessionCode });
    await resultsRow.waitFor();
    await inEnglish(page, 'pleno-results', async () => {
      await expect.poll(() => page.getByTestId('results-screen').textContent()).toContain(en.plenoScreens.results.recommended);
    });
    await resultsRow.getByRole('link', { name: seeded.sessionCode }).click();
    const reviewRow = page.getByTestId('review-row').filter({ hasText: first.name });
    await reviewRow.waitFor();
    // Brought by the results bundle, not made here.
    expect(await page.getByTestId('results-session-screen').textContent()).toContain(id.plenoScreens.results.importedAt.split('{{')[0].trim());
    expect(await reviewRow.getByTestId('review-recommendation').textContent()).toBe(id.plenoScreens.decision.K);
    expect(await page.getByTestId('review-row').filter({ hasText: id.plenoScreens.flag.absent }).count()).toBeGreaterThan(0);
    await reviewRow.getByTestId('review-open').click();
    await page.getByTestId('review-evidence').waitFor();
    await fitsAt1366(page, 'review-table');
    // Submitted in time at the station: the review, as the workspace, says nothing of late answers, counted or refused.
    expect(await page.getByTestId('review-written-submitted').count()).toBe(1);
    expect(await page.getByTestId('review-late-answers').count()).toBe(0);
    expect(await page.getByTestId('review-held-refused').count()).toBe(0);
    expect(await axeRules(page)).toEqual([]);
    // Issue 18, item 19, at the LSP: every form of this candidate as one PDF, from the imported results.
    await page.locator('.review-detail').getByTestId('print-candidateAll-open').click();
    await expect.poll(() => page.getByTestId('print-bundle-part').count()).toBeGreaterThan(1);
    const allForms = await pdfText(page, 'lsp-candidate-all.id');
    for (const code of ['FR.AK.01', 'FR.IA.05', 'FR.AK.02']) expect(allForms).toContain(code);
    expect(allForms).toContain(first.name);
    await page.getByTestId('print-close').click();
    await page.getByTestId('review-evidence').waitFor();
    await inEnglish(page, 'pleno-review', async () => {
      await expect.poll(() => reviewRow.getByTestId('review-recommendation').textContent()).toBe(en.plenoScreens.decision.K);
    });

    // 2. A new pleno: the session, the admin's account as chair (who signs), two members by name.
    const accounts = await callApi(lspRoom, 'accounts/list', {}, (await callApi(lspRoom, 'auth/signIn', { username: 'admin', password: 'admin123!' })).token);
    const adminAccount = accounts.find((a) => a.username === 'admin')!;
    await page.getByTestId('pleno-nav-pleno').click();
    await page.getByTestId('pleno-new').click();
    const form = page.getByTestId('pleno-form');
    await form.getByTestId('field-heldOn').fill(seeded.sessionDate);
    await form.getByTestId('field-place').fill('Ruang rapat LSP');
    await form.getByTestId(`pleno-session-${seeded.sessionCode}`).check();
    await expect.poll(() => form.getByTestId('member-add').locator(`option[value="account:${adminAccount.id}"]`).count()).toBe(1);
    await form.getByTestId('member-add').selectOption(`account:${adminAccount.id}`);
    for (const name of ['Sari Dewi', 'Andi Wijaya']) {
      await form.getByTestId('member-add-name').click();
      await form.getByTestId('member-name').last().fill(name);
    }
    await form.getByTestId('member-role').last().selectOption('secretary');
    await form.getByTestId('record-save').click();

    // 3. Decide: the recommendation by default; the second candidate departs to BK with its reason.
    const editor = page.getByTestId('decisions-editor');
    const secondRow = editor.getByTestId('decision-row').filter({ hasText: second.name });
    await secondRow.waitFor();
    expect(await editor.getByTestId('decision-row').filter({ hasText: first.name }).getByTestId('decision-select').inputValue()).toBe('K');
    await secondRow.getByTestId('decision-select').selectOption('BK');
    await secondRow.getByTestId('decision-reason').fill('Portofolio tidak dapat diverifikasi keasliannya.');
    await fitsAt1366(page, 'decisions-table');
    expect(await axeRules(page)).toEqual([]);
    await editor.getByTestId('pleno-decide').click();

    // 4. Sign: the SK number and date, the chair's own password; a wrong one is refused in the dialog.
    await page.getByTestId('pleno-sign').click();
    const dialog = page.getByTestId('sign-dialog');
    await dialog.getByTestId('sign-sk-number').fill('SK/017/LSP-UJI/2027');
    await dialog.getByTestId('sign-sk-date').fill(seeded.sessionDate);
    await dialog.getByTestId('sign-password').fill('bukan-sandi-ketua');
    await dialog.getByTestId('action-confirm').click();
    await expect.poll(() => dialog.getByTestId('error-message').getAttribute('data-error-code')).toBe('WRONG_PASSWORD');
    await dialog.getByTestId('sign-password').fill('admin123!');
    await dialog.getByTestId('action-confirm').click();
    await page.getByTestId('pleno-locked').waitFor();
    expect(await axeRules(page)).toEqual([]);
    await inEnglish(page, 'pleno-signed', async () => {
      await expect.poll(() => page.getByTestId('pleno-locked').textContent()).toBe(en.plenoScreens.pleno.sign.locked);
    });

    // 5. Certificate numbers for the one K (the certificates screen's panel on the pleno page).
    const panel = page.getByTestId('pleno-certificates');
    await panel.getByTestId('issue-certificates').click();
    // Asked first, with the date that cannot change afterwards.
    expect(await panel.getByTestId('issue-confirm').textContent()).toContain('?');
    await panel.getByTestId('issue-confirm-yes').click();
    await panel.getByTestId('issue-summary').waitFor();
    expect(await panel.getByTestId('skipped-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reason')))).toEqual([]);
    await expect.poll(() => panel.getByTestId('issued-row').count()).toBe(1);
    expect(await panel.getByTestId('issued-row').textContent()).toContain(first.name);

    // 6. BNSP: the session's codes, then the .xlsx, read back.
    const codes = panel.locator(`[data-testid="session-codes"][data-session="${seeded.sessionCode}"]`);
    await codes.getByTestId('field-scheduleCode').fill('JDW-2027-0017');
    await codes.getByTestId('field-fundingCode').fill('1');
    await codes.getByTestId('field-ministryCode').fill('5');
    await codes.getByTestId('codes-save').click();
    await codes.getByTestId('codes-saved').waitFor();
    const download = page.waitForEvent('download');
    await panel.getByTestId('bnsp-download').click();
    const saved = path.join(lspRoom.dataDir, 'bnsp.xlsx');
    await (await download).saveAs(saved);
    await panel.getByTestId('bnsp-written').waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['No', 'Nama Asesi', 'NIK']);
    const rows = [2, 3].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    const byName = new Map(rows.map((r) => [r[1], r]));
    expect(byName.get(first.name)?.[2]).toBe(first.nik);
    expect(byName.get(first.name)?.at(-1)).toBe('K');
    expect(byName.get(second.name)?.at(-1)).toBe('BK');

    // 7. The SK as PDF: its number, the K candidate with NIK, not the BK one; then in English. The minutes keep the departure.
    await page.getByTestId('pleno-print-sk').click();
    await page.getByTestId('print-pleno-sk').waitFor();
    const skText = await pdfText(page, 'pleno-sk.id');
    expect(skText).toContain('SK/017/LSP-UJI/2027');
    expect(skText).toContain(first.nik);
    expect(skText).toContain(first.name);
    expect(skText).not.toContain(second.name);
    expect(skText).toContain(id.plenoScreens.print.skTitle.toUpperCase());
    await page.getByTestId('print-language').selectOption('en');
    await expect.poll(() => page.getByTestId('print-pleno-sk').textContent()).toContain(en.plenoScreens.print.skTitle.toUpperCase());
    expect(await pdfText(page, 'pleno-sk.en')).toContain(en.plenoScreens.print.skTitle.toUpperCase());
    await page.getByTestId('print-close').click();
    await page.getByTestId('pleno-print-minutes').click();
    await page.getByTestId('print-pleno-minutes').waitFor();
    const minutes = await pdfText(page, 'pleno-minutes.id');
    expect(minutes.replace(/\s+/g, ' ')).toContain('Portofolio tidak dapat diverifikasi keasliannya.');
    // Every sheet of the minutes (pdftotext ends each with a form feed) opens with the document and its SK.
    const minuteSheets = minutes.split('\f').filter((sheet) => sheet.trim() !== '');
    expect(minuteSheets.length).toBeGreaterThan(1);
    for (const sheet of minuteSheets) expect(sheet.trim().split('\n')[0]).toMatch(new RegExp(`^${id.plenoScreens.print.minutesTitle}\\s+SK nomor \\S+$`));
    await page.getByTestId('print-close').click();

    // 8. An appeal lodged at the LSP by the BK candidate, closed as rejected with the reason.
    await page.getByTestId('pleno-nav-appeals').click();
    const record = page.getByTestId('appeal-record');
    await expect.poll(() => record.getByTestId('appeal-record-session').locator(`option[value="${seeded.sessionId}"]`).count()).toBe(1);
    await record.getByTestId('appeal-record-session').selectOption(seeded.sessionId);
    await expect.poll(() => record.getByTestId('appeal-record-candidate').locator(`option[value="${second.candidateId}"]`).count()).toBe(1);
    await record.getByTestId('appeal-record-candidate').selectOption(second.candidateId);
    await record.getByTestId('field-lodgedOn').fill(seeded.sessionDate);
    await record.getByTestId('appeal-record-reasons').fill('Keberatan atas penilaian portofolio.');
    await record.getByTestId('record-save').click();
    const appealRow = page.getByTestId('appeal-row').filter({ hasText: second.name });
    await appealRow.waitFor();
    await appealRow.getByTestId('appeal-close').click();
    const closeDialog = page.getByTestId('appeal-close-dialog');
    await closeDialog.getByTestId('appeal-reject').check();
    await closeDialog.getByTestId('appeal-reason').fill('Portofolio telah diperiksa ulang oleh komite.');
    await closeDialog.getByTestId('action-confirm').click();
    await closeDialog.waitFor({ state: 'detached' });
    await page.getByTestId('filter-status').selectOption('rejected');
    await expect.poll(() => appealRow.textContent()).toContain('Portofolio telah diperiksa ulang oleh komite.');
    await inEnglish(page, 'pleno-appeals', async () => {
      await expect.poll(() => appealRow.textContent()).toContain(en.plenoScreens.appeals.statusValue.rejected);
    });

    expect(problems.filter((p) => !p.includes('status of 4'))).toEqual([]);
  });
});
