import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, staff } from '../support/core';
import { launchChromium, openStaffPage } from './support/browser';
import { callApi } from './support/exam-api';
import { PDFS, pdfText } from './support/pdf';
import { startRoom, type Room } from './support/room';

/**
 * The line atop every sheet of a candidate's form names them, name and participant number, as Chromium prints it.
 * A name as long as the registry takes (120 characters) ran past the page's right edge on one line: the sheet lost
 * the end of the participant number ("(No. peserta JWP-2026-0"), the one thing that tells two namesakes apart.
 */
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

const LONG_NAME = 'Raden Ajeng Siti Aisyah Rahmawati Kusumaningrum Wijayakusuma Hadiningrat Prawirodirjo Suryaningtyas Mangkunegara Wulan S';

describe("a candidate's running header", () => {
  it('keeps a 120-character name and the whole participant number on the page, the participant number unbroken', { timeout: 120_000 }, async () => {
    expect(LONG_NAME.length).toBe(120);
    const who = demo.people.candidates.find((c) => c.assessor === staff.assessor1.username)!;
    const admin = (await callApi(room, 'auth/signIn', { username: staff.admin.username, password: staff.admin.password })).token;
    const assessor = (await callApi(room, 'auth/signIn', { username: staff.assessor1.username, password: staff.assessor1.password })).token;
    const proctor = (await callApi(room, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password })).token;
    const sessionId = (await callApi(room, 'proctor/today', {}, proctor)).sessions[0].session.id;
    const candidateId = (await callApi(room, 'assessment/overview', { sessionId }, assessor)).rows.find((r) => r.participantNo === who.participantNo)!.candidateId;
    const { id: _id, participantNo: _p, revision, ...record } = await callApi(room, 'candidates/get', { candidateId }, admin);
    const input = {
      name: LONG_NAME,
      nik: record.nik,
      birthPlace: record.birthPlace,
      birthDate: record.birthDate,
      sex: record.sex,
      address: record.address,
      regencyCode: record.regencyCode,
      provinceCode: record.provinceCode,
      phone: record.phone,
      email: record.email,
      educationCode: record.educationCode,
      occupationCode: record.occupationCode,
      institution: record.institution,
      photoSha256: record.photoSha256,
    };
    await callApi(room, 'candidates/update', { candidateId, candidate: input, revision }, admin);

    const { page } = await openStaffPage(browser, room, staff.assessor1.username, staff.assessor1.password);
    await page.goto(`${room.url}#/workspace/${sessionId}/candidate/${candidateId}/form/ak01`);
    await page.getByTestId('print-ak01').waitFor();
    await pdfText(page, 'running-header-long-name.id');
    const file = path.join(PDFS, 'running-header-long-name.id.pdf');
    // Page 1's text above the LSP's name: the running header, however many lines it took.
    const sheet = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const head = sheet.slice(0, sheet.indexOf('LSP Demo Teknologi Informasi')).replace(/\s+/g, ' ').trim();
    expect(head).toMatch(/^FR\.AK\.01 /);
    expect(head).toContain(LONG_NAME);
    expect(head).toContain(`(No. peserta ${who.participantNo})`);
    await page.context().close();
  });
});
