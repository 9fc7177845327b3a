import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { CONSOLE_TABS } from '../../renderer/src/screens/proctor/ConsoleTabs';
import { CANDIDATE_FORMS } from '../../renderer/src/screens/print/forms';
import { demo, staff } from '../support/core';
import { ROOT } from '../support/source-files';
import { launchChromium } from './support/browser';
import { acceptAndStart, signInCandidate } from './support/candidate-pc';
import { callApi, releaseToken } from './support/exam-api';
import { REFUSED_CSV_HEADERS, englishWalk, goTo, openApp as openAppAt, staffPage as staffPageAt } from './support/english-walk';
import { indonesianIn, visibleTexts } from './support/indonesian-text';
import { startRoom, type Room } from './support/room';

/*
 * "Indonesian first, English complete", as an English user sees it: every role switches to English and walks
 * its screens, main tabs and dialogs, and nothing Indonesian-only may show (see support/indonesian-text.ts),
 * nor name a downloaded file. The catalogues' test checks keys; this one checks what reaches the screen from
 * elsewhere: file names, hard-coded strings, server-made text, option labels, printed forms, the title.
 * english-complete-station.test.ts walks, with the same detector and allowances (support/english-walk.ts), what
 * this demo room does not reach: a TUK station's homes and bundles, a password to change, an APL review.
 */

/**
 * One walk per role, each a few dozen screens; no axe here, so each screen costs its navigation only. Side by
 * side the LSP admin's took 31 s on a 2-core machine: twice that before calling it stuck.
 */
const WALK_TIMEOUT = 120_000;

let room: Room;
let browser: Browser;
let token = '';
const { read, download, readPrint, checked, downloads, report } = englishWalk();

beforeAll(async () => {
  room = await startRoom();
  browser = await launchChromium();
  ({ token } = await releaseToken(room));
});

afterAll(async () => {
  await browser?.close();
  room?.stop();
});

/** A computer in English (or Indonesian), at the walk's demo room unless told. */
const openApp = (language: 'en' | 'id' = 'en', at: Room = room) => openAppAt(browser, at, language);
/** A staff member signed in on an Indonesian screen, switched to English. */
const staffPage = (username: string, password: string, at: Room = room) => staffPageAt(browser, at, username, password);

/**
 * The demo's exam day closed over the API, as pleno.test.ts does it at a TUK and the core's demo test in one
 * installation: two of the first assessor's candidates submit, the session ends, they are decided K and
 * signed; a pleno of the admin as chair decides as recommended and is signed (its certificates are issued on screen).
 */
async function signedPleno(office: Room): Promise<{ sessionId: string; plenoId: string }> {
  const { sessionId, token: examToken, proctor } = await releaseToken(office);
  const assessor = staff.assessor1;
  const assessorToken = (await callApi(office, 'auth/signIn', { username: assessor.username, password: assessor.password })).token;
  const mine = (await callApi(office, 'assessment/overview', { sessionId }, assessorToken)).rows.slice(0, 2);
  for (const [i, row] of mine.entries()) {
    const person = demo.people.candidates.find((c) => c.participantNo === row.participantNo)!;
    const token = (await callApi(office, 'auth/candidateSignIn', { participantNo: person.participantNo, password: person.password, token: examToken, deviceId: `e2e-english-${i}` })).token;
    await callApi(office, 'cbt/agree', { accept: true }, token);
    await callApi(office, 'cbt/submit', { confirm: true }, token);
  }
  // What people type here is in English: this walk reads what the app itself says.
  await callApi(office, 'exam/endSession', { sessionId, reason: 'Test time is over' }, proctor);
  for (const row of mine) {
    const seat = { sessionId, candidateId: row.candidateId };
    let ws = await callApi(office, 'assessment/workspace', seat, assessorToken);
    let seq = ws.lastSeq;
    for (const unit of ws.units) {
      await callApi(office, 'assessment/decideUnit', { ...seat, unitId: unit.unitId, seq: ++seq, decision: 'K', comment: 'Observation and portfolio evidence sufficient.', extraEvidence: ['portfolio'] }, assessorToken);
    }
    ws = await callApi(office, 'assessment/workspace', seat, assessorToken);
    const record = { knowledgeConclusion: 'achieved', knowledgeNote: null, recommendation: ws.allowedRecommendation, followUp: null, comment: null } as const;
    await callApi(office, 'assessment/saveRecord', { ...seat, seq: ws.lastSeq + 1, ...record }, assessorToken);
    await callApi(office, 'assessment/sign', { ...seat, password: assessor.password }, assessorToken);
  }
  const admin = (await callApi(office, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password })).token;
  const chair = (await callApi(office, 'accounts/list', {}, admin)).find((a) => a.username === staff.admin.username)!;
  const date = (await callApi(office, 'sessions/get', { sessionId }, admin)).date;
  const members = [
    { role: 'chair', name: 'Dr. Hendra Wijaya', accountId: chair.id },
    { role: 'member', name: 'Andi Pratama' },
    { role: 'secretary', name: 'Sari Dewi' },
  ] as const;
  const { plenoId } = await callApi(office, 'pleno/create', { pleno: { heldOn: date, place: 'LSP meeting room', sessionIds: [sessionId], members: [...members] } }, admin);
  await callApi(office, 'pleno/decide', { plenoId, decisions: [] }, admin);
  await callApi(office, 'pleno/sign', { plenoId, skNumber: 'SK/001/LSP-DEMO/2026', skDate: date, password: staff.admin.password }, admin);
  return { sessionId, plenoId };
}

describe('English complete: no Indonesian-only text on any screen in English', () => {
  it('finds the Indonesian of the same screen in Indonesian (the detector sees what it is meant to)', async () => {
    const { context, page } = await openApp('id');
    await page.getByTestId('signin-form').waitFor();
    const found = indonesianIn(await visibleTexts(page));
    expect(found.length).toBeGreaterThan(3);
    // A label of one word, and a date, in Indonesian: caught too.
    const one = (text: string) => indonesianIn([{ text, where: 'check' }]).map((hit) => hit.phrase);
    expect([one('Peran'), one('Minggu, 6 Desember 2026'), one('6 Des 2026, 20.53')]).toEqual([['Peran'], ['Minggu'], ['Des']]);
    await context.close();
  });

  /**
   * The walks run side by side, each in its own browser context: most of a walk is waiting on the server and
   * the page, and one after another they took most of a minute.
   */
  describe.concurrent("each role's walk", () => {
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
      await page.getByTestId('cbt-confirm').click();
      await page.getByTestId('cbt-thanks').waitFor();
      await read(page, 'candidate.thanks');
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
        await page.locator(`[data-testid="console-tab-${tab}"][aria-selected="true"]`).waitFor();
        await read(page, `proctor.console.${tab}`);
      }
      // A candidate no walk signs in (the walks run side by side): the actions of a row still waiting.
      await page.getByTestId('console-tab-board').click();
      const waiting = page.locator(`[data-testid="board-row"][data-candidate="${demo.people.candidates[3].participantNo}"]`);
      await waiting.getByTestId('board-actions').click();
      await read(page, 'proctor.board.menu');
      await waiting.getByTestId('board-action-issueCard').click();
      await page.getByTestId('action-cancel').waitFor();
      await read(page, 'proctor.board.card-dialog');
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
        ['#/code-names', 'code-names-screen'],
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

    it("closing the loop in another demo room: results, a signed pleno and its prints, a certificate and its print, appeals", async () => {
      const office = await startRoom();
      try {
        const seeded = await signedPleno(office);
        const { context, page } = await staffPage(staff.admin.username, staff.admin.password, office);
        await goTo(page, '#/results', 'results-screen');
        await read(page, 'loop.results');
        await goTo(page, `#/results/${seeded.sessionId}`, 'review-table');
        await read(page, 'loop.results.session');
        await page.getByTestId('review-open').first().click();
        await page.getByTestId('review-evidence').waitFor();
        await read(page, 'loop.results.candidate');
        await goTo(page, '#/pleno', 'pleno-list-screen');
        await read(page, 'loop.pleno');
        await goTo(page, `#/pleno/${seeded.plenoId}`, 'pleno-locked');
        await read(page, 'loop.pleno.signed');
        const panel = page.getByTestId('pleno-certificates');
        await panel.getByTestId('issue-certificates').click();
        await panel.getByTestId('issue-confirm').waitFor();
        await read(page, 'loop.pleno.issue-confirm');
        await panel.getByTestId('issue-confirm-yes').click();
        await panel.getByTestId('issue-summary').waitFor();
        await read(page, 'loop.pleno.issued');
        await download(page, 'bnsp-download');
        await page.getByTestId('bnsp-written').waitFor();
        for (const form of ['sk', 'minutes']) {
          await page.getByTestId(`pleno-print-${form}`).click();
          await page.getByTestId(`print-pleno-${form}`).waitFor();
          await readPrint(page, `loop.pleno.print.${form}`);
          await page.getByTestId('print-close').click();
          await page.getByTestId('pleno-locked').waitFor();
        }
        await goTo(page, '#/certificates', 'certificates-screen');
        await read(page, 'loop.certificates');
        await page.getByTestId('certificates-screen').locator('tbody a').first().click();
        await page.getByTestId('certificate-screen').waitFor();
        await read(page, 'loop.certificate');
        // Printed in both languages at once: its Indonesian half is marked lang="id", the English half read.
        await page.getByTestId('certificate-print').click();
        await page.getByTestId('print-view').waitFor();
        await read(page, 'loop.certificate.print');
        await goTo(page, '#/appeals', 'appeals-screen');
        await read(page, 'loop.appeals');
        await context.close();
      } finally {
        office.stop();
      }
    }, WALK_TIMEOUT);

    it('the set-up of an empty installation, chosen in English, to its first admin at the key backup and home', async () => {
      const empty = await startRoom({ noDemo: true });
      try {
        const { context, page } = await openApp('en', empty);
        await page.getByTestId('setup-screen').waitFor();
        await page.getByTestId('setup-restore').locator('summary').click();
        await read(page, 'setup');
        await page.getByTestId('setup-kind-lsp').check();
        await page.getByTestId('setup-lsp-name').fill('LSP Digital Skills');
        await page.getByTestId('setup-lsp-code').fill('LSP-DS');
        await page.getByTestId('setup-licence').fill('BNSP-LSP-124-ID');
        await page.getByTestId('setup-admin-name').fill('Dewi Anggraini');
        await page.getByTestId('setup-admin-username').fill('dewi');
        // A weak password, refused on the screen.
        await page.getByTestId('setup-password').fill('short');
        await page.getByTestId('setup-password-confirm').fill('short');
        await page.getByTestId('setup-submit').click();
        await page.getByTestId('problem-setup-password').waitFor();
        await read(page, 'setup.refused');
        await page.getByTestId('setup-password').fill('Strong-pass-2026');
        await page.getByTestId('setup-password-confirm').fill('Strong-pass-2026');
        await page.getByTestId('setup-submit').click();
        await page.getByTestId('key-panel').waitFor();
        await read(page, 'setup.keys');
        // The first thing the new office does: its key backup, named in English.
        await page.getByTestId('key-backup').click();
        await download(page, page.getByTestId('key-backup-result').getByRole('button', { name: en.keys.downloadBackup }), 'setup.key-backup');
        await goTo(page, '#/', 'home-lsp_admin');
        await read(page, 'setup.home');
        await context.close();
      } finally {
        empty.stop();
      }
    }, WALK_TIMEOUT);
  });

  it('shows no Indonesian-only text on any screen read, nor in any file name', () => {
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results', 'english-complete.txt'), `${checked.join('\n')}\n\n${downloads.join('\n')}\n\n${report()}\n`);
    expect(checked.length).toBeGreaterThan(60);
    expect(downloads).toHaveLength(10);
    expect(report()).toBe('');
  });
});
