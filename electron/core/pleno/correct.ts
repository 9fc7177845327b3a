import { AppError } from '../../shared/errors';
import type { PlenoDetail } from '../../shared/pleno';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { newId } from '../ids';
import * as records from '../db/queries/pleno-records';
import { plenoDetail, plenoOrThrow } from './plenos';

/**
 * A signed pleno is never changed: a correction is a new draft naming it (`corrects_id`) and why, with
 * its sessions, members and decisions copied to start from. The old one stays as it was and counts
 * until the correction is signed.
 */
export function correctPleno(db: Db, principal: Principal, lspId: string, plenoId: string, reason: string, now: Date): PlenoDetail {
  const p = plenoOrThrow(db, lspId, plenoId);
  if (p.status !== 'signed' || p.supersededBy !== null) throw new AppError('PLENO_LOCKED', { status: p.supersededBy ? 'superseded' : p.status });
  const open = records.openCorrection(db, plenoId);
  if (open) throw new AppError('PLENO_CORRECTION_OPEN', { pleno: open });
  const id = newId();
  records.insertPleno(db, { id, lspId, heldOn: p.heldOn, place: p.place, correctsId: plenoId, correctionReason: reason, at: now.toISOString(), by: principal.accountId });
  records.setSessions(db, id, records.plenoSessionIds(db, plenoId));
  records.setMembers(db, id, records.plenoMembers(db, plenoId).map(({ position, role, name, accountId, assessorId }) => ({ position, role, name, accountId, assessorId })));
  records.setDecisions(db, id, records.plenoDecisions(db, plenoId).map(({ sessionId, candidateId, recommendation, decision, reason: why }) => ({ sessionId, candidateId, recommendation, decision, reason: why })));
  appendAudit(db, principal, { action: 'pleno.corrected', entity: 'pleno', entityId: plenoId, details: { correction: id, reason } }, now);
  return plenoDetail(db, lspId, id);
}
