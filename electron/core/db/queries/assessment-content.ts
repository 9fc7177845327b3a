import type { Db } from '../open';
import { sql } from '../statements';

/** The scheme side of the assessment: questions with their keys and where each KUK sits. Assessor-side only. */

export type AssessItemRow = {
  itemId: string;
  kind: 'multiple_choice' | 'essay' | 'oral' | 'supporting';
  ref: string;
  number: number;
  promptId: string;
  promptEn: string | null;
  expectedId: string | null;
  expectedEn: string | null;
  scoring: 'yes_no' | 'score_0_3';
  kukId: string;
  kukNumber: string;
  elementNo: number;
  unitCode: string;
};

export function assessItems(db: Db, schemeId: string): AssessItemRow[] {
  return sql<[string], AssessItemRow>(
    db,
    `SELECT i.id AS itemId, i.kind, i.ref, i.ordinal AS number, i.prompt_id AS promptId, i.prompt_en AS promptEn,
       i.expected_id AS expectedId, i.expected_en AS expectedEn, i.scoring, k.id AS kukId, k.number AS kukNumber,
       e.ordinal AS elementNo, u.code AS unitCode
     FROM item i JOIN kuk k ON k.id = i.kuk_id JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
     WHERE i.scheme_id = ? ORDER BY i.kind, i.ordinal`,
  ).all(schemeId);
}

export type KukRow = {
  kukId: string;
  kukNumber: string;
  kukTextId: string;
  kukTextEn: string | null;
  elementNo: number;
  elementTitleId: string;
  elementTitleEn: string | null;
  unitId: string;
  unitCode: string;
  unitTitleId: string;
  unitTitleEn: string | null;
  observationId: string | null;
  benchmarkId: string | null;
  benchmarkEn: string | null;
};

/** Every KUK of the scheme in the standard's order, with its observation benchmark when the scheme has one. */
export function schemeKuks(db: Db, schemeId: string): KukRow[] {
  return sql<[string], KukRow>(
    db,
    `SELECT k.id AS kukId, k.number AS kukNumber, k.text_id AS kukTextId, k.text_en AS kukTextEn,
       e.ordinal AS elementNo, e.title_id AS elementTitleId, e.title_en AS elementTitleEn,
       u.id AS unitId, u.code AS unitCode, u.title_id AS unitTitleId, u.title_en AS unitTitleEn,
       o.id AS observationId, o.benchmark_id AS benchmarkId, o.benchmark_en AS benchmarkEn
     FROM unit u JOIN element e ON e.unit_id = u.id JOIN kuk k ON k.element_id = e.id
     LEFT JOIN observation_item o ON o.kuk_id = k.id
     WHERE u.scheme_id = ? ORDER BY u.ordinal, e.ordinal, k.ordinal`,
  ).all(schemeId);
}

export type HeaderRow = {
  lspName: string;
  schemeId: string;
  schemeCode: string;
  schemeTitleId: string;
  schemeTitleEn: string | null;
  sessionCode: string;
  sessionTitleId: string;
  sessionTitleEn: string | null;
  tukName: string;
  tukType: 'sewaktu' | 'tempat_kerja' | 'mandiri';
  date: string;
  startTime: string;
};

export function sessionHeader(db: Db, sessionId: string): HeaderRow | undefined {
  return sql<[string], HeaderRow>(
    db,
    `SELECT l.name AS lspName, sc.id AS schemeId, sc.code AS schemeCode, sc.title_id AS schemeTitleId,
       sc.title_en AS schemeTitleEn, s.code AS sessionCode, s.title_id AS sessionTitleId, s.title_en AS sessionTitleEn,
       t.name AS tukName, t.type AS tukType, s.date, s.start_time AS startTime
     FROM session s JOIN scheme sc ON sc.id = s.scheme_id JOIN tuk t ON t.id = s.tuk_id JOIN lsp l ON l.id = s.lsp_id
     WHERE s.id = ?`,
  ).get(sessionId);
}

export type SeatRow = {
  candidateId: string;
  participantNo: string;
  name: string;
  seat: string | null;
  assessorId: string;
  assessorName: string;
  assessorMet: string;
};

const SEAT_COLUMNS = `c.id AS candidateId, c.participant_no AS participantNo, c.name, x.seat, a.id AS assessorId,
  a.name AS assessorName, a.met_number AS assessorMet`;

export function findSeat(db: Db, sessionId: string, candidateId: string): SeatRow | undefined {
  return sql<[string, string], SeatRow>(
    db,
    `SELECT ${SEAT_COLUMNS} FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id
     JOIN assessor a ON a.id = x.assessor_id WHERE x.session_id = ? AND x.candidate_id = ?`,
  ).get(sessionId, candidateId);
}

/** The assessor's candidates in a session, in participant-number order. */
export function assessorSeats(db: Db, sessionId: string, assessorId: string): SeatRow[] {
  return sql<[string, string], SeatRow>(
    db,
    `SELECT ${SEAT_COLUMNS} FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id
     JOIN assessor a ON a.id = x.assessor_id WHERE x.session_id = ? AND x.assessor_id = ? ORDER BY c.participant_no`,
  ).all(sessionId, assessorId);
}

/** Every candidate of a session (attendance list, candidate cards), in participant-number order. */
export function sessionSeats(db: Db, sessionId: string): (SeatRow & { nik: string; institution: string | null })[] {
  return sql<[string], SeatRow & { nik: string; institution: string | null }>(
    db,
    `SELECT ${SEAT_COLUMNS}, c.nik, c.institution FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id
     JOIN assessor a ON a.id = x.assessor_id WHERE x.session_id = ? ORDER BY c.participant_no`,
  ).all(sessionId);
}

export function findItem(db: Db, itemId: string): { schemeId: string; kind: string; scoring: 'yes_no' | 'score_0_3'; ref: string } | undefined {
  return sql<[string], { schemeId: string; kind: string; scoring: 'yes_no' | 'score_0_3'; ref: string }>(
    db,
    'SELECT scheme_id AS schemeId, kind, scoring, ref FROM item WHERE id = ?',
  ).get(itemId);
}

export function findObservation(db: Db, id: string): { schemeId: string } | undefined {
  return sql<[string], { schemeId: string }>(db, 'SELECT scheme_id AS schemeId FROM observation_item WHERE id = ?').get(id);
}
