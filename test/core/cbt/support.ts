import type { Core } from '../../../electron/core';
import { call, candidateId, demo, demoSessionId, releaseToken, signInAs, tempCore } from '../../support/core';
import { movableClock } from '../../support/clock';

/** A demo core with the session started and candidate `index` signed in (not yet agreed). */
export async function examDay(index = 0) {
  const clock = movableClock(new Date());
  const core = await tempCore({ clock });
  const token = await releaseToken(core);
  const c = demo.people.candidates[index];
  const candidate = (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId: `pc-${index}-device` })).token;
  const proctor = await signInAs(core, 'proctor');
  const seat = { sessionId: demoSessionId(core), candidateId: candidateId(core, index) };
  return { clock, core, candidate, proctor, seat, token };
}

/** The original option ordinal marked correct, read straight from the database (the test's own key). */
export function correctOrdinal(core: Core, itemId: string): number {
  return core.db.prepare('SELECT ordinal FROM item_option WHERE item_id = ? AND is_correct = 1').pluck().get(itemId) as number;
}

export function storedAnswer(core: Core, itemId: string): { choice: number | null; text: string | null; doubtful: number; seq: number } | undefined {
  return core.db.prepare('SELECT choice, text, doubtful, seq FROM answer WHERE item_id = ?').get(itemId) as never;
}
