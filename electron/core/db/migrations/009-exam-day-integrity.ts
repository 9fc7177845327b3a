import type { Migration } from './types';

/**
 * Issue 18, exam-day records that must state only what happened.
 *
 * `attempt_pause`: every pause of an attempt, not only the one under way (`attempt.paused_at`), so an
 * answer a lab PC stamped inside an earlier pause (queued while the LAN was down, sent after the
 * resume) is refused by the core. Filled from the audit log for pauses before this version.
 *
 * `assessment_acknowledgement`: the candidate's own acknowledgement of a signed FR.AK.02 (their
 * password typed on the assessor's screen). It names the signature it acknowledged by that signature's
 * natural key (local ids differ between computers, and it travels in results bundles): when that
 * signature is revoked (unlocked), the acknowledgement no longer covers the record in force. Who typed
 * it in is in the audit log.
 */
export const examDayIntegrity: Migration = {
  version: 9,
  name: 'exam-day integrity: pause history, candidate acknowledgement of FR.AK.02',
  up(db) {
    db.exec(`
      CREATE TABLE attempt_pause (
        attempt_id TEXT NOT NULL REFERENCES attempt(id),
        paused_at TEXT NOT NULL,
        resumed_at TEXT,
        PRIMARY KEY (attempt_id, paused_at),
        CHECK (resumed_at IS NULL OR resumed_at >= paused_at)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO attempt_pause (attempt_id, paused_at, resumed_at)
      SELECT p.entity_id, p.at,
        coalesce(
          (SELECT min(r.at) FROM audit_log r
           WHERE r.entity = 'attempt' AND r.entity_id = p.entity_id AND r.action = 'exam.resumed' AND r.seq > p.seq),
          (SELECT a.submitted_at FROM attempt a WHERE a.id = p.entity_id AND a.paused_at IS NULL))
      FROM audit_log p
      WHERE p.action = 'exam.paused' AND p.entity = 'attempt' AND p.entity_id IN (SELECT id FROM attempt);

      CREATE TABLE assessment_acknowledgement (
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        assessor_id TEXT NOT NULL REFERENCES assessor(id),
        signed_at TEXT NOT NULL,
        acknowledged_at TEXT NOT NULL,
        PRIMARY KEY (session_id, candidate_id, assessor_id, signed_at),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id),
        CHECK (acknowledged_at >= signed_at)
      ) STRICT;
    `);
  },
};
