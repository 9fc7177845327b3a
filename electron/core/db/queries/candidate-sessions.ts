/** The sessions one candidate was planned in, with what the LSP holds of their outcome in each (candidates/sessions). */
import type { SessionStatus } from '../../../shared/scheduling';
import type { Db } from '../open';
import { sql } from '../statements';
import { IN_FORCE } from './pleno-records';
import { STATUS_FROM, STATUS_SQL } from './scheduling-sessions';

export type CandidateSessionRow = {
  session_id: string;
  code: string;
  date: string;
  start_time: string;
  status: SessionStatus;
  scheme_code: string;
  scheme_version: number;
  scheme_title_id: string;
  scheme_title_en: string | null;
  tuk_code: string;
  tuk_name: string;
  attendance: 'present' | 'absent' | null;
  recommendation: 'K' | 'BK' | null;
  pleno_id: string | null;
  pleno_decision: 'K' | 'BK' | null;
  pleno_signed: 0 | 1 | null;
  pleno_sk_number: string | null;
  certificate_id: string | null;
  certificate_number: string | null;
  certificate_valid_until: string | null;
  certificate_revoked: 0 | 1 | null;
};

/**
 * Newest first, from the candidate's seats (index session_candidate_candidate): a handful of rows, each
 * with the session's status as sessions/list derives it (@now: the current instant, nowInstantMinutes). The recommendation only
 * under a live FR.AK.02 signature (a draft is the assessor's, not yet a recommendation); the pleno's
 * decision in force as the appeals read it: a signed pleno's first, else the newest decided one.
 */
export function candidateSessions(db: Db, lspId: string, candidateId: string, now: number): CandidateSessionRow[] {
  return sql<[{ lspId: string; candidateId: string; now: number }], CandidateSessionRow>(
    db,
    `SELECT s.id AS session_id, s.code, s.date, s.start_time, ${STATUS_SQL} AS status,
       sc.code AS scheme_code, sc.version AS scheme_version, sc.title_id AS scheme_title_id, sc.title_en AS scheme_title_en,
       t.code AS tuk_code, t.name AS tuk_name, att.status AS attendance,
       CASE WHEN EXISTS (SELECT 1 FROM assessment_signature g WHERE g.form = 'AK.02' AND g.session_id = s.id AND g.candidate_id = x.candidate_id
         AND g.revoked_at IS NULL) THEN r.recommendation END AS recommendation,
       pl.id AS pleno_id, d.decision AS pleno_decision, pl.status = 'signed' AS pleno_signed, pl.sk_number AS pleno_sk_number,
       ce.id AS certificate_id, ce.number AS certificate_number, ce.valid_until AS certificate_valid_until, ce.revoked_at IS NOT NULL AS certificate_revoked
     FROM session_candidate x
     JOIN session s ON s.id = x.session_id
     JOIN scheme sc ON sc.id = s.scheme_id
     JOIN tuk t ON t.id = s.tuk_id
     ${STATUS_FROM}
     LEFT JOIN attendance att ON att.session_id = x.session_id AND att.candidate_id = x.candidate_id
     LEFT JOIN assessment_record r ON r.session_id = x.session_id AND r.candidate_id = x.candidate_id
     LEFT JOIN pleno pl ON pl.id = (
       SELECT p.id FROM pleno_decision pd JOIN pleno p ON p.id = pd.pleno_id
       WHERE pd.session_id = x.session_id AND pd.candidate_id = x.candidate_id AND p.status IN ('decided', 'signed') AND ${IN_FORCE}
       ORDER BY (p.status = 'signed') DESC, p.created_at DESC LIMIT 1)
     LEFT JOIN pleno_decision d ON d.pleno_id = pl.id AND d.session_id = x.session_id AND d.candidate_id = x.candidate_id
     LEFT JOIN certificate ce ON ce.session_id = x.session_id AND ce.candidate_id = x.candidate_id
     WHERE x.candidate_id = @candidateId AND s.lsp_id = @lspId
     ORDER BY s.starts_min DESC, s.id DESC`,
  ).all({ lspId, candidateId, now });
}
