import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEDULING_SETTINGS_DEFAULT } from '../../electron/shared/scheduling';
import { TUK_ZONE_IANA, zoneOffsetMinutes } from '../../electron/shared/time-zones';
import { PASSWORD_ALPHABET } from '../../electron/core/scheduling/handover';
import { candidateInput } from '../core/registry/support';
import { demo } from '../support/core';
import { launchChromium, openStaffPage, screenshot } from './support/browser';
import { callApi, releaseToken } from './support/exam-api';
import { pdfText } from './support/pdf';
import { startRoom, type Room } from './support/room';

let lspRoom: Room;
let tukRoom: Room;
let browser: Browser;

beforeAll(async () => {
  // The station's computer is on its TUK's zone, as a real one is: its day of sessions (proctor/today) is that
  // computer's date, and the session is planned on the TUK's wall clock. On this machine's UTC the two dates
  // differ from 17:00 UTC and the station listed no session.
  [lspRoom, tukRoom] = await Promise.all([startRoom(), startRoom({ tukStation: true, timeZone: TUK_ZONE_IANA[demo.people.tuk.timeZone] })]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  lspRoom?.stop();
  tukRoom?.stop();
});

const PASSWORD = new RegExp(`[${PASSWORD_ALPHABET}]{4}-[${PASSWORD_ALPHABET}]{4}-[${PASSWORD_ALPHABET}]{4}`, 'g');

describe('a planned session handed over to a TUK', () => {
  it('is planned, its passwords issued and printed on the cards, exported, imported at a TUK station, and a candidate signs in with the printed password to the assembled test', async () => {
    // 1. LSP, by the API: three new candidates in a session starting in a few minutes (the room server shares
    //    this machine's clock), the demo's scheme, TUK and first assessor, a written test drawn per unit.
    const admin = (await callApi(lspRoom, 'auth/signIn', { username: 'admin', password: 'admin123!' })).token;
    // The demo's assessor already sits the demo session today, and the new candidates have no APL forms.
    await callApi(lspRoom, 'sessions/setSettings', { settings: { ...SCHEDULING_SETTINGS_DEFAULT, aplGate: false, assessorOverlap: false } }, admin);
    const demoSession = (await callApi(lspRoom, 'sessions/list', {}, admin)).rows[0];
    const demoDetail = await callApi(lspRoom, 'sessions/get', { sessionId: demoSession.id }, admin);
    const assessorId = demoDetail.assessors[0].id;
    const candidates = [];
    for (let i = 0; i < 3; i++) candidates.push(await callApi(lspRoom, 'candidates/create', { candidate: candidateInput(8100 + i) }, admin));
    // The start is on the TUK's wall clock (its zone), whatever zone this machine is set to.
    const start = new Date(Date.now() + (3 + zoneOffsetMinutes(demoSession.tuk.timeZone)) * 60_000);
    const session = await callApi(
      lspRoom,
      'sessions/create',
      {
        session: {
          schemeId: demoSession.scheme.id,
          tukId: demoSession.tuk.id,
          code: null,
          titleId: null,
          titleEn: null,
          date: start.toISOString().slice(0, 10),
          startTime: start.toISOString().slice(11, 16),
          durationMinutes: 120,
          mode: 'room_server',
          assessorIds: [assessorId],
          candidates: candidates.map((c) => ({ candidateId: c.id, assessorId })),
        },
      },
      admin,
    );
    await callApi(lspRoom, 'sessions/setWrittenTest', { sessionId: session.id, test: { mode: 'draw', per: 'unit', count: 1, perCandidate: true } }, admin);

    // 2. LSP, on the session page: issue the passwords, print the cards (the passwords come from this window's memory).
    const lsp = await openStaffPage(browser, lspRoom, 'admin', 'admin123!');
    await lsp.page.goto(`${lspRoom.url}#/sessions/${session.id}`);
    // Before the issue the panel names everyone without a password (a warning before the export); after it, no one.
    const missing = lsp.page.getByTestId('handover-passwords-missing');
    await missing.waitFor();
    for (const c of candidates) expect(await missing.textContent()).toContain(c.participantNo);
    await lsp.page.getByTestId('handover-issue').click();
    await lsp.page.getByTestId('handover-issued').waitFor();
    await expect.poll(() => missing.count()).toBe(0);
    await screenshot(lsp.page, 'handover-issued.id');
    await lsp.page.getByTestId('handover-print-card').click();
    await lsp.page.locator('.print-card').first().waitFor();
    const passwords = new Map<string, string>();
    for (const c of candidates) {
      const text = (await lsp.page.locator(`[data-participant="${c.participantNo}"]`).textContent()) ?? '';
      const found = text.match(PASSWORD);
      expect(found, `a password on ${c.participantNo}'s card`).toHaveLength(1);
      passwords.set(c.participantNo, found![0]);
    }
    const printed = await pdfText(lsp.page, 'handover-cards');
    for (const [participantNo, password] of passwords) {
      expect(printed).toContain(participantNo);
      expect(printed).toContain(password);
    }
    await lsp.page.getByTestId('print-close').click();

    // 3. Export: the session bundle goes out (the demo TUK's verification for it is still to record: a warning).
    const exported = await callApi(lspRoom, 'bundles/exportSession', { sessionId: session.id, operationId: crypto.randomUUID(), to: { generatePassphrase: true } }, admin);
    expect(exported.pendingConflicts?.map((c) => c.code)).toEqual(['SCHEDULE_TUK_NOT_VERIFIED']);
    expect(fs.existsSync(exported.filePath)).toBe(true);
    expect((await callApi(lspRoom, 'sessions/get', { sessionId: session.id }, admin)).changedSinceExport).toBe(false);

    // 4. The TUK station imports it from the "USB stick", confirming the LSP's fingerprint.
    const tuk = await openStaffPage(browser, tukRoom, 'proktor', 'proktor123!');
    await tuk.page.getByTestId('link-bundles').click();
    await tuk.page.getByTestId('import-session-file').setInputFiles(exported.filePath);
    await tuk.page.getByTestId('import-session-passphrase').fill(exported.generatedPassphrase ?? '');
    await tuk.page.getByTestId('import-session-check').click();
    await tuk.page.getByTestId('bundle-preview').waitFor();
    await tuk.page.getByTestId('import-session-confirm-signer').check();
    await tuk.page.getByTestId('import-session-apply').click();
    await tuk.page.getByTestId('import-session-done').waitFor();

    // 5. The exam day there: a candidate signs in with the printed password and gets the drawn test, one question per unit.
    const { token } = await releaseToken(tukRoom);
    const first = candidates[0];
    const candidate = (await callApi(tukRoom, 'auth/candidateSignIn', { participantNo: first.participantNo, password: passwords.get(first.participantNo)!, token, deviceId: 'lab-pc-handover-01' })).token;
    const paper = await callApi(tukRoom, 'cbt/agree', { accept: true }, candidate);
    // The demo scheme has 8 units: the whole bank would give 28 questions.
    expect(paper.items).toHaveLength(8);
    const preview = await callApi(lspRoom, 'sessions/writtenTest', { sessionId: session.id }, admin);
    expect(preview.units.length).toBe(8);
  });
});
