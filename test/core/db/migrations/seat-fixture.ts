import type { Database } from 'better-sqlite3';

/** One LSP, TUK, scheme, assessor and candidate with a seat in one session: what migration tests build on. */
export function insertOneSeat(db: Database): void {
  db.exec(`
    INSERT INTO lsp (id, code, name) VALUES ('l', 'L', 'LSP');
    INSERT INTO tuk (id, lsp_id, code, name, type) VALUES ('t', 'l', 'T', 'TUK', 'sewaktu');
    INSERT INTO scheme (id, lsp_id, code, kind, skkni, title_id) VALUES ('s', 'l', 'S', 'kkni', 'x', 'Skema');
    INSERT INTO assessor (id, lsp_id, name, met_number, met_expires_on) VALUES ('a', 'l', 'Asesor', 'MET.1', '2030-01-01');
    INSERT INTO candidate (id, lsp_id, participant_no, name, nik) VALUES ('c', 'l', 'P-1', 'Peserta', '1');
    INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
      VALUES ('ses', 'l', 's', 't', 'SES', 'Sesi', '2026-11-21', '08:00', 60);
    INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES ('ses', 'c', 'a');
  `);
}
