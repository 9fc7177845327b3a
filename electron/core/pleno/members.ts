import { AppError } from '../../shared/errors';
import type { PlenoMemberInput } from '../../shared/pleno';
import type { Db } from '../db/open';
import * as records from '../db/queries/pleno-records';
import * as q from '../db/queries/pleno-review';
import { plenoSettings } from './settings';

/**
 * The LSP's rules on who sits on a pleno: at least `minMembers`, exactly one chair, every linked account
 * and assessor of this LSP, and (when the rule is on) none of the sessions' own assessors, whether named
 * as an assessor or through the account they sign in with. Each refusal names the rule and the person.
 */
export function checkMembers(db: Db, lspId: string, members: readonly PlenoMemberInput[], sessionIds: readonly string[]): records.MemberRow[] {
  const settings = plenoSettings(db);
  if (members.length < settings.minMembers) throw new AppError('PLENO_MEMBERS_TOO_FEW', { min: settings.minMembers, count: members.length });
  const chairs = members.filter((m) => m.role === 'chair').length;
  if (chairs !== 1) throw new AppError('PLENO_CHAIR_COUNT', { count: chairs });
  const rows = members.map((m, i) => {
    const accountId = m.accountId ?? null;
    const assessorId = m.assessorId ?? null;
    const account = accountId === null ? undefined : records.accountOf(db, accountId);
    if (accountId !== null && (!account || account.role === 'candidate' || (account.lspId !== null && account.lspId !== lspId))) {
      throw new AppError('PLENO_MEMBER_UNKNOWN', { member: m.name });
    }
    if (assessorId !== null && records.assessorLsp(db, assessorId) !== lspId) throw new AppError('PLENO_MEMBER_UNKNOWN', { member: m.name });
    return { position: i + 1, role: m.role, name: m.name, accountId, assessorId, linkedAssessor: account?.assessorId ?? null };
  });
  // One person, one seat: an account, an assessor record, or an account and the assessor record it is linked to.
  const seats = new Map<string, (typeof rows)[number]>();
  for (const m of rows) {
    for (const who of [m.accountId && `account:${m.accountId}`, m.assessorId && `assessor:${m.assessorId}`, m.linkedAssessor && `assessor:${m.linkedAssessor}`]) {
      if (!who) continue;
      const first = seats.get(who);
      if (first && first !== m) throw new AppError('PLENO_MEMBER_TWICE', { member: m.name, other: first.name });
      seats.set(who, m);
    }
  }
  if (settings.excludeSessionAssessors) {
    for (const sessionId of sessionIds) {
      const assessors = new Map(q.sessionAssessors(db, sessionId).map((a) => [a.assessorId, a]));
      for (const m of rows) {
        const hit = [m.assessorId, m.linkedAssessor].find((a) => a !== null && assessors.has(a));
        if (hit) {
          const session = q.resultsSession(db, lspId, sessionId);
          throw new AppError('PLENO_MEMBER_CONFLICT', { member: m.name, assessor: assessors.get(hit)?.name ?? m.name, session: session?.code ?? sessionId });
        }
      }
    }
  }
  return rows.map(({ linkedAssessor: _l, ...m }) => m);
}
