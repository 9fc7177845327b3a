import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../electron/core';
import { call, demo, demoSessionId, releaseToken, signInAs, staff, tempCore, tempDir } from '../support/core';
import { answerAndSubmit, ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved } from '../core/assessment/support';
import { members } from '../core/pleno/support';

export const SK_NUMBER = 'SK/001/LSP-DEMO/2026';

export type PlenoDay = { dataDir: string; plenoId: string; sessionId: string; date: string; appealed: { participantNo: string; name: string } };

/**
 * A demo data folder whose exam day ran through to a signed pleno (as test/core/demo/bnsp-sheet.test.ts
 * walks it, through the contract): every candidate sat, was assessed K and decided, the pleno signed with
 * SK_NUMBER on the session's day, and the last candidate's appeal (FR.AK.04) recorded after it and left
 * open. The core is closed again, so the CLI opens the folder as it would the office's.
 * `prepare` runs, as the admin, before the core closes.
 *
 * Without `prepare` each call gets its own copy of one folder built once per worker: the day takes ~8 s to
 * walk, and the CLI's pleno, certificate and appeal tests asked for it five times over.
 */
export async function plenoDay(prepare?: Prepare): Promise<PlenoDay> {
  if (prepare) return walkDay(tempDir(), prepare);
  const built = await (shared ??= sharedDay());
  const dataDir = tempDir();
  fs.cpSync(built.dataDir, dataDir, { recursive: true });
  return { ...built, dataDir };
}

type Prepare = (core: Core, admin: string, day: Omit<PlenoDay, 'dataDir'>) => Promise<void>;

let shared: Promise<PlenoDay> | null = null;

/** The copied folder lives as long as the worker: a test's own temp folder is removed when that test ends. */
function sharedDay(): Promise<PlenoDay> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-pleno-day-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return walkDay(dir);
}

async function walkDay(dataDir: string, prepare?: Prepare): Promise<PlenoDay> {
  const core = await tempCore({ dataDir });
  const sessionId = demoSessionId(core);
  const date = core.db.prepare('SELECT date FROM session WHERE id = ?').pluck().get(sessionId) as string;
  const token = await releaseToken(core);
  const candidateIds = new Map<string, string>();
  for (const [i, c] of demo.people.candidates.entries()) {
    const signedIn = await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: `cli-pc-${i + 1}` });
    await answerAndSubmit(core, signedIn.token);
    candidateIds.set(c.participantNo, core.db.prepare('SELECT id FROM candidate WHERE participant_no = ?').pluck().get(c.participantNo) as string);
  }
  await call(core, 'exam/endSession', { sessionId, reason: 'Waktu uji selesai' }, await signInAs(core, 'proctor'));
  const assessors = {
    [staff.assessor1.key]: { token: await signInAs(core, 'assessor1'), password: ASSESSOR_PASSWORD.assessor1 },
    [staff.assessor2.key]: { token: await signInAs(core, 'assessor2'), password: ASSESSOR_PASSWORD.assessor2 },
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
  await call(core, 'pleno/sign', { plenoId, skNumber: SK_NUMBER, skDate: date, password: staff.admin.password }, admin);
  const last = demo.people.candidates[demo.people.candidates.length - 1];
  await call(core, 'appeals/record', { sessionId, candidateId: candidateIds.get(last.participantNo)!, lodgedOn: date, reasons: 'Keberatan atas penilaian observasi', unitIds: [] }, admin);
  const day = { plenoId, sessionId, date, appealed: { participantNo: last.participantNo, name: last.name } };
  await prepare?.(core, admin, day);
  core.close();
  return { dataDir: core.dataDir, ...day };
}
