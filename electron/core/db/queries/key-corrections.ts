import type { Db } from '../open';
import { sql } from '../statements';

export type KeyCorrectionRow = {
  sessionId: string;
  itemId: string;
  ref: string;
  action: 'accept' | 'annul';
  /** The option accepted too, by its original ordinal; null for an annulment. */
  acceptedOption: number | null;
  reason: string;
  assessorId: string;
  assessorName: string;
  correctedAt: string;
  /** Who withdrew it (the assessor's name), when and why; null while it is in force. */
  withdrawal: { by: string; at: string; reason: string } | null;
};

type Flat = Omit<KeyCorrectionRow, 'withdrawal'> & { withdrawnBy: string | null; withdrawnAt: string | null; withdrawReason: string | null };

/**
 * A session's key corrections, oldest first (as made, for two in the same millisecond), with who made each (the
 * assessor's name as the registry has it) and its withdrawal, if any. A withdrawal names its correction by what it
 * did and when it was made.
 */
export function listCorrections(db: Db, sessionId: string): KeyCorrectionRow[] {
  return sql<[string], Flat>(
    db,
    `SELECT k.session_id AS sessionId, k.item_id AS itemId, i.ref, k.action, k.accepted_option AS acceptedOption, k.reason,
       k.assessor_id AS assessorId, a.name AS assessorName, k.corrected_at AS correctedAt,
       wa.name AS withdrawnBy, w.withdrawn_at AS withdrawnAt, w.reason AS withdrawReason
     FROM key_correction k JOIN assessor a ON a.id = k.assessor_id JOIN item i ON i.id = k.item_id
     LEFT JOIN key_correction_withdrawal w ON w.session_id = k.session_id AND w.item_id = k.item_id AND w.action = k.action
       AND w.accepted_option IS k.accepted_option AND w.corrected_at = k.corrected_at
     LEFT JOIN assessor wa ON wa.id = w.assessor_id
     WHERE k.session_id = ? ORDER BY k.corrected_at, k.rowid`,
  )
    .all(sessionId)
    .map(({ withdrawnBy, withdrawnAt, withdrawReason, ...r }) => ({
      ...r,
      withdrawal: withdrawnAt === null ? null : { by: withdrawnBy ?? '', at: withdrawnAt, reason: withdrawReason ?? '' },
    }));
}

export function insertCorrection(
  db: Db,
  r: { sessionId: string; itemId: string; action: 'accept' | 'annul'; acceptedOption: number | null; reason: string; assessorId: string; correctedAt: string },
): void {
  sql<[typeof r]>(
    db,
    `INSERT INTO key_correction (session_id, item_id, action, accepted_option, reason, assessor_id, corrected_at)
     VALUES (@sessionId, @itemId, @action, @acceptedOption, @reason, @assessorId, @correctedAt)`,
  ).run(r);
}

/** Withdraws the correction made at `correctedAt` (its row stays; the key reads as if it had not been made). */
export function insertWithdrawal(
  db: Db,
  r: { sessionId: string; itemId: string; action: 'accept' | 'annul'; acceptedOption: number | null; correctedAt: string; reason: string; assessorId: string; withdrawnAt: string },
): void {
  sql<[typeof r]>(
    db,
    `INSERT INTO key_correction_withdrawal (session_id, item_id, action, accepted_option, corrected_at, reason, assessor_id, withdrawn_at)
     VALUES (@sessionId, @itemId, @action, @acceptedOption, @correctedAt, @reason, @assessorId, @withdrawnAt)`,
  ).run(r);
}

/** Whether the assessor is one of the session's: planned for it, or seated with a candidate of it. */
export function isSessionAssessor(db: Db, sessionId: string, assessorId: string): boolean {
  return (
    sql<[string, string, string, string], { n: number }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM session_assessor WHERE session_id = ? AND assessor_id = ?)
        OR EXISTS (SELECT 1 FROM session_candidate WHERE session_id = ? AND assessor_id = ?) AS n`,
    ).get(sessionId, assessorId, sessionId, assessorId)!.n === 1
  );
}

/** A multiple-choice question of the session's scheme (never a draft), its key and how many options it has. */
export function sessionQuestion(
  db: Db,
  sessionId: string,
  itemId: string,
): { itemId: string; ref: string; status: 'approved' | 'retired'; correct: number | null; options: number } | undefined {
  return sql<[string, string], { itemId: string; ref: string; status: 'approved' | 'retired'; correct: number | null; options: number }>(
    db,
    `SELECT i.id AS itemId, i.ref, i.status,
       (SELECT o.ordinal FROM item_option o WHERE o.item_id = i.id AND o.is_correct = 1) AS correct,
       (SELECT count(*) FROM item_option o WHERE o.item_id = i.id) AS options
     FROM item i JOIN session s ON s.scheme_id = i.scheme_id
     WHERE s.id = ? AND i.id = ? AND i.kind = 'multiple_choice' AND i.status <> 'draft'`,
  ).get(sessionId, itemId);
}

/** The seats of the session whose FR.AK.02 is signed (not revoked), with their paper when they have one. */
export function signedSeats(db: Db, sessionId: string): { candidateId: string; name: string; itemOrder: string | null }[] {
  return sql<[string], { candidateId: string; name: string; itemOrder: string | null }>(
    db,
    `SELECT s.candidate_id AS candidateId, c.name, t.item_order AS itemOrder
     FROM assessment_signature s JOIN candidate c ON c.id = s.candidate_id
     LEFT JOIN attempt t ON t.session_id = s.session_id AND t.candidate_id = s.candidate_id
     WHERE s.form = 'AK.02' AND s.revoked_at IS NULL AND s.session_id = ? ORDER BY c.name, c.id`,
  ).all(sessionId);
}

/**
 * Whether the session's exam day is held somewhere else than here: this installation sent its session
 * bundle away (the LSP office), or took whole results of it from another installation (the LSP after the
 * TUK's results came back). A lab PC's partial results taken at the proctor station do not count: the
 * station is where the day is held.
 */
export function examDayElsewhere(db: Db, sessionId: string): boolean {
  return (
    sql<[string, string], { n: number }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM bundle_import WHERE kind = 'results' AND session_id = ? AND json_extract(summary, '$.partial') IS NULL)
        OR EXISTS (SELECT 1 FROM audit_log WHERE action = 'bundle.export' AND entity = 'bundle' AND json_extract(details, '$.kind') = 'session'
          AND json_extract(details, '$.session') = (SELECT code FROM session WHERE id = ?)) AS n`,
    ).get(sessionId, sessionId)!.n === 1
  );
}

/** Every seat of the session with its candidate's paper, when they have one. */
export function sessionPapers(db: Db, sessionId: string): { candidateId: string; itemOrder: string | null }[] {
  return sql<[string], { candidateId: string; itemOrder: string | null }>(
    db,
    `SELECT x.candidate_id AS candidateId, t.item_order AS itemOrder FROM session_candidate x
     LEFT JOIN attempt t ON t.session_id = x.session_id AND t.candidate_id = x.candidate_id WHERE x.session_id = ?`,
  ).all(sessionId);
}
