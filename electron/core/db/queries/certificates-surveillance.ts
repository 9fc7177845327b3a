/** Surveillances of certificate holders (migration 029). */
import type { SurveillanceMethod, SurveillanceResult } from '../../../shared/surveillance';
import type { Db } from '../open';
import { sql } from '../statements';

export type SurveillanceRow = {
  id: string;
  held_on: string;
  method: SurveillanceMethod;
  result: SurveillanceResult;
  note: string;
  recorded_at: string;
  recorded_by: string;
};

/** Newest first: by the day held, then by when recorded (two on one day read in the order written). */
export const surveillancesOf = (db: Db, certificateId: string) =>
  sql<[string], SurveillanceRow>(
    db,
    `SELECT s.id, s.held_on, s.method, s.result, s.note, s.recorded_at, a.display_name AS recorded_by
       FROM certificate_surveillance s JOIN account a ON a.id = s.recorded_by
      WHERE s.certificate_id = ? ORDER BY s.held_on DESC, s.recorded_at DESC, s.id DESC`,
  ).all(certificateId);

export type NewSurveillance = {
  id: string;
  lsp_id: string;
  certificate_id: string;
  held_on: string;
  method: SurveillanceMethod;
  result: SurveillanceResult;
  note: string;
  recorded_at: string;
  recorded_by: string;
};

export const insertSurveillance = (db: Db, row: NewSurveillance) =>
  sql<[NewSurveillance]>(
    db,
    `INSERT INTO certificate_surveillance (id, lsp_id, certificate_id, held_on, method, result, note, recorded_at, recorded_by)
     VALUES (@id, @lsp_id, @certificate_id, @held_on, @method, @result, @note, @recorded_at, @recorded_by)`,
  ).run(row);

/** The day the last surveillance was held (or the issue date): the next is due a period after it. */
export const SURVEILLED_OR_ISSUED_SQL = 'coalesce((SELECT max(s.held_on) FROM certificate_surveillance s WHERE s.certificate_id = ce.id), ce.issued_on)';
/** The last surveillance's result, as surveillancesOf orders them. */
export const LAST_RESULT_SQL =
  '(SELECT s.result FROM certificate_surveillance s WHERE s.certificate_id = ce.id ORDER BY s.held_on DESC, s.recorded_at DESC, s.id DESC LIMIT 1)';
