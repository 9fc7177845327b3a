import type { TukZone } from '../../../shared/time-zones';
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
  /** The first KUK: where the forms print the question. */
  kukId: string;
  kukNumber: string;
  elementNo: number;
  unitCode: string;
  /** Every KUK the question gives evidence for (JSON array of ids, the first first). */
  kukIds: string;
  /** The stem's images (JSON array of sha256s, in order). */
  stemImages: string;
};

/** A session's candidate, or (candidateId null) every candidate of the session. */
export type AssessScope = { sessionId: string; candidateId: string | null };

/**
 * The questions a session's assessment works with: the approved ones, and a retired one that this seat
 * (or, for the whole session, any seat) already has on its paper or scored. Drafts never.
 */
export function assessItems(db: Db, schemeId: string, scope: AssessScope): AssessItemRow[] {
  return sql<[{ schemeId: string; sessionId: string; candidateId: string | null }], AssessItemRow>(
    db,
    `SELECT i.id AS itemId, i.kind, i.ref, i.ordinal AS number, i.prompt_id AS promptId, i.prompt_en AS promptEn,
       i.expected_id AS expectedId, i.expected_en AS expectedEn, i.scoring, k.id AS kukId, k.number AS kukNumber,
       e.ordinal AS elementNo, u.code AS unitCode,
       (SELECT json_group_array(kuk_id) FROM (SELECT kuk_id FROM item_kuk WHERE item_id = i.id ORDER BY ordinal)) AS kukIds,
       (SELECT json_group_array(sha256) FROM (SELECT sha256 FROM item_image WHERE item_id = i.id AND place = 'stem' ORDER BY ordinal)) AS stemImages
     FROM item i JOIN kuk k ON k.id = i.kuk_id JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
     WHERE i.scheme_id = @schemeId AND (i.status = 'approved' OR (i.status = 'retired' AND (
       EXISTS (SELECT 1 FROM assessment_score s WHERE s.session_id = @sessionId AND (@candidateId IS NULL OR s.candidate_id = @candidateId)
         AND s.instrument = i.kind AND s.target_id = i.id)
       OR EXISTS (SELECT 1 FROM attempt a, json_each(a.item_order) j WHERE a.session_id = @sessionId
         AND (@candidateId IS NULL OR a.candidate_id = @candidateId) AND j.value = i.id))))
     ORDER BY i.kind, i.ordinal, i.id`,
  ).all({ schemeId, sessionId: scope.sessionId, candidateId: scope.candidateId });
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

/**
 * Every KUK of the scheme in the standard's order, with its observation benchmark when the scheme has
 * one: the one this seat was observed against, else the approved one (a retired benchmark stays with the
 * scores given against it; a draft is never shown).
 */
export function schemeKuks(db: Db, schemeId: string, seat: { sessionId: string; candidateId: string } | null = null): KukRow[] {
  return sql<[{ schemeId: string; sessionId: string | null; candidateId: string | null }], KukRow>(
    db,
    `SELECT k.id AS kukId, k.number AS kukNumber, k.text_id AS kukTextId, k.text_en AS kukTextEn,
       e.ordinal AS elementNo, e.title_id AS elementTitleId, e.title_en AS elementTitleEn,
       u.id AS unitId, u.code AS unitCode, u.title_id AS unitTitleId, u.title_en AS unitTitleEn,
       o.id AS observationId, o.benchmark_id AS benchmarkId, o.benchmark_en AS benchmarkEn
     FROM unit u JOIN element e ON e.unit_id = u.id JOIN kuk k ON k.element_id = e.id
     LEFT JOIN observation_item o ON o.id = (
       SELECT c.id FROM (
         SELECT b.id, EXISTS (SELECT 1 FROM assessment_score s WHERE s.session_id = @sessionId AND s.candidate_id = @candidateId
           AND s.instrument = 'observation' AND s.target_id = b.id) AS scored, b.status
         FROM observation_item b WHERE b.kuk_id = k.id AND b.status <> 'draft') c
       WHERE c.scored OR c.status = 'approved' ORDER BY c.scored DESC, c.id LIMIT 1)
     WHERE u.scheme_id = @schemeId ORDER BY u.ordinal, e.ordinal, k.ordinal`,
  ).all({ schemeId, sessionId: seat?.sessionId ?? null, candidateId: seat?.candidateId ?? null });
}

export type HeaderRow = {
  lspName: string;
  lspLicenceNo: string | null;
  schemeId: string;
  schemeCode: string;
  schemeTitleId: string;
  schemeTitleEn: string | null;
  sessionCode: string;
  sessionTitleId: string;
  sessionTitleEn: string | null;
  tukName: string;
  tukType: 'sewaktu' | 'tempat_kerja' | 'mandiri';
  tukZone: TukZone | null;
  date: string;
  startTime: string;
};

export function sessionHeader(db: Db, sessionId: string): HeaderRow | undefined {
  return sql<[string], HeaderRow>(
    db,
    `SELECT l.name AS lspName, l.license_no AS lspLicenceNo, sc.id AS schemeId, sc.code AS schemeCode, sc.title_id AS schemeTitleId,
       sc.title_en AS schemeTitleEn, s.code AS sessionCode, s.title_id AS sessionTitleId, s.title_en AS sessionTitleEn,
       t.name AS tukName, t.type AS tukType, t.time_zone AS tukZone, s.date, s.start_time AS startTime
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

/** A question an assessor may score: never a draft. */
export function findItem(db: Db, itemId: string): { schemeId: string; kind: string; scoring: 'yes_no' | 'score_0_3'; ref: string } | undefined {
  return sql<[string], { schemeId: string; kind: string; scoring: 'yes_no' | 'score_0_3'; ref: string }>(
    db,
    "SELECT scheme_id AS schemeId, kind, scoring, ref FROM item WHERE id = ? AND status <> 'draft'",
  ).get(itemId);
}

export function findObservation(db: Db, id: string): { schemeId: string } | undefined {
  return sql<[string], { schemeId: string }>(db, "SELECT scheme_id AS schemeId FROM observation_item WHERE id = ? AND status <> 'draft'").get(id);
}
