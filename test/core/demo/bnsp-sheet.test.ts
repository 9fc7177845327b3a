import { describe, expect, it } from 'vitest';
import { bnspDate } from '../../../electron/core/certificates/bnsp-sheet';
import { BNSP_COLUMNS } from '../../../electron/shared/certificates';
import { call, demo, demoSessionId, releaseToken, signInAs, staff, tempCore } from '../../support/core';
import { answerAndSubmit, ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved } from '../assessment/support';
import { members } from '../pleno/support';
import { exported, sheetValues } from '../registry-import/support';

/*
 * The demo's whole exam day, as a walk-through of the app would run it, through to the LSP's certificates
 * and the BNSP upload sheet: nothing of the registry is typed in on the way. The sheet refuses a row with
 * any required column empty (bnsp-sheet.ts), so a demo candidate lacking a field fails here.
 */
describe('the demo through to the BNSP sheet', () => {
  it('sits, assesses and decides every candidate, numbers their certificates and writes the BNSP sheet with every column filled', async () => {
    const core = await tempCore();
    const sessionId = demoSessionId(core);
    const date = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(sessionId) as string;
    const token = await releaseToken(core);
    const candidateIds = new Map<string, string>();
    for (const [i, c] of demo.people.candidates.entries()) {
      const signedIn = await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: `demo-pc-${i + 1}` });
      await answerAndSubmit(core, signedIn.token);
      candidateIds.set(c.participantNo, core.db.prepare('SELECT id FROM candidate WHERE participant_no = ?').pluck().get(c.participantNo) as string);
    }
    await call(core, 'exam/endSession', { sessionId, reason: 'Waktu uji selesai' }, await signInAs(core, 'proctor'));

    const assessors = {
      [staff.assessor1.key]: { token: await signInAs(core, 'assessor1'), password: ASSESSOR_PASSWORD.assessor1, met: staff.assessor1.metNumber },
      [staff.assessor2.key]: { token: await signInAs(core, 'assessor2'), password: ASSESSOR_PASSWORD.assessor2, met: staff.assessor2.metNumber },
    };
    for (const c of demo.people.candidates) {
      const seat = { sessionId, candidateId: candidateIds.get(c.participantNo)! };
      const assessor = assessors[c.assessor];
      await scoreAllAchieved(core, assessor.token, seat);
      await decideAsSuggested(core, assessor.token, seat);
      await call(core, 'assessment/sign', { ...seat, password: assessor.password }, assessor.token);
    }

    const admin = await signInAs(core, 'admin');
    const { plenoId } = await call(core, 'pleno/create', { pleno: { heldOn: date, place: 'Ruang rapat LSP', sessionIds: [sessionId], members: members(core) } }, admin);
    await call(core, 'pleno/decide', { plenoId, decisions: [] }, admin);
    await call(core, 'pleno/sign', { plenoId, skNumber: 'SK/001/LSP-DEMO/2026', skDate: date, password: staff.admin.password }, admin);

    // The scheme's KBLI code comes with the demo: no candidate is skipped for want of it.
    const issued = await call(core, 'certificates/issue', { plenoId, issuedOn: date }, admin);
    expect(issued.skipped).toEqual([]);
    expect(issued.issued).toHaveLength(demo.people.candidates.length);
    expect(issued.issued[0].number).toMatch(new RegExp(`^${demo.scheme.kbliCode} \\d{7} \\d{4}$`));

    const sheet = await call(core, 'certificates/bnspSheet', { plenoId }, admin);
    if (!sheet.ok) throw new Error(`BNSP sheet refused: ${JSON.stringify(sheet.problems)}`);
    expect(sheet.rows).toBe(demo.people.candidates.length);
    const [header, ...rows] = await sheetValues(exported(core, sheet.fileName));
    expect(header).toEqual(BNSP_COLUMNS.map((col) => col.header));
    // Every column, the optional Email too: each demo candidate has one.
    const column = (row: unknown[], key: (typeof BNSP_COLUMNS)[number]['key']) => row[BNSP_COLUMNS.findIndex((col) => col.key === key)];
    const { scheduleCode, fundingCode, ministryCode } = demo.people.session.bnsp;
    expect(rows.map((row) => Object.fromEntries(BNSP_COLUMNS.map((col) => [col.key, column(row, col.key)])))).toEqual(
      demo.people.candidates.map((c, i) => ({
        no: i + 1,
        name: c.name,
        nik: c.nik,
        birthPlace: c.birthPlace,
        birthDate: bnspDate(c.birthDate),
        sex: c.sex,
        address: c.address,
        regencyCode: c.regencyCode,
        provinceCode: c.provinceCode,
        phone: c.phone,
        email: c.email,
        educationCode: c.educationCode,
        occupationCode: c.occupationCode,
        scheduleCode,
        testDate: bnspDate(date),
        assessorMet: assessors[c.assessor].met,
        fundingCode,
        ministryCode,
        status: 'K',
      })),
    );
  });
});
