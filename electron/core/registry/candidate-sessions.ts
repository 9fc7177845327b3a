import type { CandidateSession } from '../../shared/registry';
import type { Db } from '../db/open';
import * as q from '../db/queries/candidate-sessions';
import { nowMinutes } from '../scheduling/time';

const entryOf = (r: q.CandidateSessionRow): CandidateSession => ({
  sessionId: r.session_id,
  code: r.code,
  date: r.date,
  startTime: r.start_time,
  status: r.status,
  scheme: { code: r.scheme_code, version: r.scheme_version, titleId: r.scheme_title_id, titleEn: r.scheme_title_en },
  tuk: { code: r.tuk_code, name: r.tuk_name },
  attendance: r.attendance,
  recommendation: r.recommendation,
  pleno: r.pleno_id !== null && r.pleno_decision !== null ? { plenoId: r.pleno_id, decision: r.pleno_decision, signed: r.pleno_signed === 1, skNumber: r.pleno_sk_number } : null,
  certificate:
    r.certificate_id !== null && r.certificate_number !== null && r.certificate_valid_until !== null
      ? { certificateId: r.certificate_id, number: r.certificate_number, validUntil: r.certificate_valid_until, revoked: r.certificate_revoked === 1 }
      : null,
});

/** Every session the candidate was planned in, newest first, each with its outcome as the LSP knows it. */
export function candidateSessions(db: Db, lspId: string, candidateId: string, now: Date): CandidateSession[] {
  return q.candidateSessions(db, lspId, candidateId, nowMinutes(now)).map(entryOf);
}
