import type { CertificateDetail } from '../../shared/certificates';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { SurveillanceMethod, SurveillanceResult, SurveillanceState } from '../../shared/surveillance';
import { appendAudit } from '../audit/log';
import { addDays, localDate } from '../clock';
import * as q from '../db/queries/certificates-surveillance';
import type { Db } from '../db/open';
import { newId } from '../ids';
import { isExpired } from '../registry/assessors';
import { addMonths, verificationCutoff } from '../registry/tuks';
import { surveillancePeriod } from './settings';

/**
 * Where a certificate stands with its surveillance on `today`: the next is due a period (the LSP's surveillanceMonths)
 * after the last one held, or after the issue date if none was; a certificate no longer in force (revoked, or past
 * its last day) has none due. The last result 'not competent' waits for the LSP's decision, surveillance does not
 * revoke. Due on the day itself, as the register's filter lists it.
 */
export function surveillanceState(
  db: Db,
  c: { id: string; issuedOn: string; validUntil: string; revokedAt: string | null },
  months: number,
  today: string,
): SurveillanceState {
  const records = q.surveillancesOf(db, c.id).map((r) => ({
    id: r.id,
    heldOn: r.held_on,
    method: r.method,
    result: r.result,
    note: r.note,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
  }));
  const inForce = c.revokedAt === null && !isExpired(c.validUntil, today);
  const last = records.reduce((latest, r) => (r.heldOn > latest ? r.heldOn : latest), c.issuedOn);
  const dueOn = nextSurveillanceOn({ ...c, surveilledOn: last }, months, today);
  return { records, dueOn, due: dueOn !== null && dueOn <= today, needsDecision: inForce && records[0]?.result === 'not_competent' };
}

/**
 * When the next surveillance is due: a period after the last one held (or the issue date, `surveilledOn`), or none
 * once the certificate is no longer in force. The page's state and the register's rows both date it so.
 */
export function nextSurveillanceOn(c: { surveilledOn: string; validUntil: string; revokedAt: string | null }, months: number, today: string): string | null {
  return c.revokedAt === null && !isExpired(c.validUntil, today) ? addMonths(c.surveilledOn, months) : null;
}

/**
 * The register's 'surveillance due' filter as one date: a certificate last surveilled (or issued) before it is due
 * today, addMonths(last, months) <= today, which is the state's `due`. The earliest day whose period ends after
 * today (verificationCutoff counts the same clamped months for the TUKs' verification).
 */
export const surveilledBefore = (today: string, months: number) => verificationCutoff(addDays(today, 1), months);

export type SurveillanceInput = { heldOn: string; method: SurveillanceMethod; result: SurveillanceResult; note: string };

/**
 * Records a surveillance of a certificate in force, held on a day from its issue to today. Audited with what was
 * found. A holder not found competent keeps the certificate: its page and the LSP home say it waits for the LSP's
 * decision (a pleno's, whose SK may revoke it), until a later surveillance finds them competent.
 */
export function recordSurveillance(
  db: Db,
  principal: Principal,
  lspId: string,
  certificateId: string,
  input: SurveillanceInput,
  now: Date,
  get: (id: string) => CertificateDetail,
): CertificateDetail {
  const c = get(certificateId);
  const today = localDate(now);
  if (c.revokedAt !== null || c.expired) throw new AppError('CERTIFICATE_SURVEILLANCE_NOT_IN_FORCE', { number: c.number });
  if (input.heldOn > today) throw new AppError('CERTIFICATE_SURVEILLANCE_IN_FUTURE', { date: today }, [{ field: 'heldOn', reason: 'future' }]);
  if (input.heldOn < c.issuedOn) throw new AppError('CERTIFICATE_SURVEILLANCE_BEFORE_ISSUE', { date: c.issuedOn }, [{ field: 'heldOn', reason: 'before_issue' }]);
  const id = newId();
  const note = input.note.trim();
  q.insertSurveillance(db, {
    id,
    lsp_id: lspId,
    certificate_id: c.id,
    held_on: input.heldOn,
    method: input.method,
    result: input.result,
    note,
    recorded_at: now.toISOString(),
    recorded_by: principal.accountId,
  });
  appendAudit(
    db,
    principal,
    { action: 'certificates.surveillance', entity: 'certificate', entityId: c.id, details: { surveillanceId: id, number: c.number, heldOn: input.heldOn, method: input.method, result: input.result, note } },
    now,
  );
  return get(certificateId);
}

export const surveillanceMonths = surveillancePeriod;
