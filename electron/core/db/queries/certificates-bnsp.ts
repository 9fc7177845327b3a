/** What BNSP's upload sheet needs of a pleno's decided candidates, and the per-session BNSP codes. */
import type { Db } from '../open';
import { sql } from '../statements';

export type BnspRow = {
  candidate_id: string;
  session_id: string;
  session_code: string;
  name: string;
  nik: string;
  birth_place: string | null;
  birth_date: string | null;
  sex: string | null;
  address: string | null;
  regency_code: string | null;
  province_code: string | null;
  phone: string | null;
  email: string | null;
  education_code: string | null;
  occupation_code: string | null;
  schedule_code: string | null;
  test_date: string;
  met_number: string | null;
  funding_code: string | null;
  ministry_code: string | null;
  decision: 'K' | 'BK';
};

/** Every decision of the pleno, K and BK (BNSP counts both), in session then participant order. */
export const bnspRows = (db: Db, plenoId: string) =>
  sql<[string], BnspRow>(
    db,
    `SELECT d.candidate_id, d.session_id, s.code AS session_code, c.name, c.nik, c.birth_place, c.birth_date, c.sex, c.address,
        c.regency_code, c.province_code, c.phone, c.email, c.education_code, c.occupation_code, b.schedule_code,
        s.date AS test_date, a.met_number, b.funding_code, b.ministry_code, d.decision
       FROM pleno_decision d
       JOIN session s ON s.id = d.session_id
       JOIN candidate c ON c.id = d.candidate_id
       LEFT JOIN session_candidate sc ON sc.session_id = d.session_id AND sc.candidate_id = d.candidate_id
       LEFT JOIN assessor a ON a.id = sc.assessor_id
       LEFT JOIN session_bnsp b ON b.session_id = d.session_id
      WHERE d.pleno_id = ?
      ORDER BY s.date, s.code, c.participant_no`,
  ).iterate(plenoId);

export const sessionOfLsp = (db: Db, lspId: string, sessionId: string) =>
  sql<[string, string], { id: string }>(db, 'SELECT id FROM session WHERE lsp_id = ? AND id = ?').get(lspId, sessionId);

export type SessionBnspRow = { schedule_code: string | null; funding_code: string | null; ministry_code: string | null };

export const sessionBnsp = (db: Db, sessionId: string) =>
  sql<[string], SessionBnspRow>(db, 'SELECT schedule_code, funding_code, ministry_code FROM session_bnsp WHERE session_id = ?').get(sessionId);

export const setSessionBnsp = (db: Db, sessionId: string, row: SessionBnspRow) =>
  sql<[string, string | null, string | null, string | null]>(
    db,
    `INSERT INTO session_bnsp (session_id, schedule_code, funding_code, ministry_code) VALUES (?, ?, ?, ?)
     ON CONFLICT(session_id) DO UPDATE SET schedule_code = excluded.schedule_code, funding_code = excluded.funding_code,
       ministry_code = excluded.ministry_code`,
  ).run(sessionId, row.schedule_code, row.funding_code, row.ministry_code);
