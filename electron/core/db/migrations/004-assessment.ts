import type { Migration } from './types';

/**
 * The assessor's records: scores of every instrument, unit decisions, the candidate's assessment
 * record (FR.IA.05 conclusion, FR.AK.02), feedback (FR.AK.03), appeal (FR.AK.04), the assessor's
 * session report (FR.AK.05) and signatures. Numbered 004 in the project's list: it follows the
 * bundles migration (003).
 */
export const assessment: Migration = {
  version: 4,
  name: 'assessment: scores, unit decisions, records, feedback, appeal, report, signatures',
  up(db) {
    db.exec(`
      -- One row per instrument item per candidate: the newest state by the seat's sequence number.
      -- essay (FR.IA.06): verdict yes/no, or score 0-3 when the item says so; note = comment.
      -- oral (FR.IA.07): response = the assessor's summary of the answer; verdict yes/no.
      -- observation (FR.IA.01): target = the KUK's observation item; verdict k/bk/further; note.
      -- supporting (FR.IA.03): response = the candidate's tanggapan; verdict yes/no.
      CREATE TABLE assessment_score (
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        instrument TEXT NOT NULL CHECK (instrument IN ('essay', 'oral', 'observation', 'supporting')),
        target_id TEXT NOT NULL,
        verdict TEXT CHECK (verdict IN ('yes', 'no', 'k', 'bk', 'further')),
        score INTEGER CHECK (score BETWEEN 0 AND 3),
        response TEXT,
        note TEXT,
        seq INTEGER NOT NULL CHECK (seq > 0),
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES account(id),
        CHECK (instrument = 'observation' OR verdict IS NULL OR verdict IN ('yes', 'no')),
        CHECK (instrument <> 'observation' OR verdict IS NULL OR verdict IN ('k', 'bk', 'further')),
        CHECK (score IS NULL OR (instrument = 'essay' AND verdict IS NULL)),
        PRIMARY KEY (session_id, candidate_id, instrument, target_id),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
      ) STRICT, WITHOUT ROWID;

      -- The assessor's K / BK per unit, with the core's suggestion at the time (a departure needs a comment).
      CREATE TABLE unit_decision (
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        unit_id TEXT NOT NULL REFERENCES unit(id),
        decision TEXT CHECK (decision IN ('K', 'BK')),
        suggestion TEXT NOT NULL CHECK (suggestion IN ('K', 'BK')),
        comment TEXT,
        -- FR.AK.02 evidence the instruments cannot show (portfolio, project, third party, other): JSON array.
        extra_evidence TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(extra_evidence)),
        seq INTEGER NOT NULL CHECK (seq > 0),
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES account(id),
        PRIMARY KEY (session_id, candidate_id, unit_id),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
      ) STRICT, WITHOUT ROWID;

      -- One per candidate: FR.IA.05 conclusion and the FR.AK.02 recommendation, follow-up and comments.
      CREATE TABLE assessment_record (
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        knowledge_conclusion TEXT CHECK (knowledge_conclusion IN ('achieved', 'not_yet')),
        knowledge_note TEXT,
        recommendation TEXT CHECK (recommendation IN ('K', 'BK')),
        follow_up TEXT,
        comment TEXT,
        seq INTEGER NOT NULL CHECK (seq > 0),
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES account(id),
        PRIMARY KEY (session_id, candidate_id),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
      ) STRICT, WITHOUT ROWID;

      -- FR.AK.03: ten Ya/Tidak items with comments (JSON), by the candidate or by the assessor for them.
      CREATE TABLE assessment_feedback (
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        comment TEXT,
        entered_by_role TEXT NOT NULL CHECK (entered_by_role IN ('candidate', 'assessor')),
        seq INTEGER NOT NULL CHECK (seq > 0),
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES account(id),
        PRIMARY KEY (session_id, candidate_id),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
      ) STRICT, WITHOUT ROWID;

      -- FR.AK.04: the appeal as the candidate states it, recorded by the assessor.
      CREATE TABLE assessment_appeal (
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        process_explained INTEGER NOT NULL CHECK (process_explained IN (0, 1)),
        discussed_with_assessor INTEGER NOT NULL CHECK (discussed_with_assessor IN (0, 1)),
        involve_other INTEGER NOT NULL CHECK (involve_other IN (0, 1)),
        reasons TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq > 0),
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES account(id),
        PRIMARY KEY (session_id, candidate_id),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
      ) STRICT, WITHOUT ROWID;

      -- FR.AK.05: one per assessor per session.
      CREATE TABLE assessment_report (
        session_id TEXT NOT NULL REFERENCES session(id),
        assessor_id TEXT NOT NULL REFERENCES assessor(id),
        positives TEXT,
        negatives TEXT,
        rejections TEXT,
        suggestions TEXT,
        seq INTEGER NOT NULL CHECK (seq > 0),
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL REFERENCES account(id),
        PRIMARY KEY (session_id, assessor_id)
      ) STRICT, WITHOUT ROWID;

      -- Signatures are kept when unlocked (revoked with a reason), so the history stays readable.
      -- form AK.02 signs (and locks) one candidate's whole assessment; AK.05 the assessor's report.
      CREATE TABLE assessment_signature (
        id INTEGER PRIMARY KEY,
        form TEXT NOT NULL CHECK (form IN ('AK.02', 'AK.05')),
        session_id TEXT NOT NULL REFERENCES session(id),
        assessor_id TEXT NOT NULL REFERENCES assessor(id),
        candidate_id TEXT REFERENCES candidate(id),
        signed_at TEXT NOT NULL,
        signed_by TEXT NOT NULL REFERENCES account(id),
        revoked_at TEXT,
        revoked_by TEXT REFERENCES account(id),
        revoke_reason TEXT,
        CHECK ((form = 'AK.02') = (candidate_id IS NOT NULL)),
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX assessment_signature_live
        ON assessment_signature(form, session_id, assessor_id, coalesce(candidate_id, '')) WHERE revoked_at IS NULL;
    `);
  },
};
