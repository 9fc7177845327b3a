import type { Core } from '../../../electron/core';
import type { PlenoMemberInput } from '../../../electron/shared/pleno';
import { call, candidateId, signInAs, staff } from '../../support/core';
import { ASSESSOR_PASSWORD, decideAsSuggested, scoreAllAchieved, testTaken } from '../assessment/support';

/**
 * The demo session at the LSP with candidate 0's FR.AK.02 complete (signed unless `sign` is false) and
 * everyone else marked absent by the proctor, so only candidate 0 gets a decision.
 */
export async function assessedSession(options: { sign?: boolean } = {}) {
  const taken = await testTaken(0);
  const { core, assessor, seat, proctor } = taken;
  await scoreAllAchieved(core, assessor, seat);
  await decideAsSuggested(core, assessor, seat);
  if (options.sign !== false) await call(core, 'assessment/sign', { ...seat, password: ASSESSOR_PASSWORD.assessor1 }, assessor);
  await call(core, 'exam/markAllAbsent', { sessionId: seat.sessionId, reason: 'Tidak datang sampai sesi selesai' }, proctor);
  const admin = await signInAs(core, 'admin');
  return { ...taken, admin };
}

export function accountIdOf(core: Core, username: string): string {
  return core.db.prepare('SELECT id FROM account WHERE username = ?').pluck().get(username) as string;
}

export function assessorIdOf(core: Core, index: 0 | 1): string {
  return core.db.prepare('SELECT assessor_id FROM session_candidate WHERE candidate_id = ?').pluck().get(candidateId(core, index === 0 ? 0 : 11)) as string;
}

/** Three members who assessed nothing: the admin (chair, with the account that signs) and two without accounts. */
export function members(core: Core): PlenoMemberInput[] {
  return [
    { role: 'chair', name: 'Dr. Ketua Komite', accountId: accountIdOf(core, staff.admin.username) },
    { role: 'member', name: 'Ir. Anggota Teknis' },
    { role: 'secretary', name: 'Sekretaris LSP' },
  ];
}

export const HELD_ON = '2026-03-10';
