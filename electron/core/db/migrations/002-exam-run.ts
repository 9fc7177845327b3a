import type { Migration } from './types';

/** The exam day: session start/end, rotating tokens, each candidate's attempt and answers. */
export const examRun: Migration = {
  version: 2,
  name: 'exam run: session status, tokens, attempts, answers',
  up(db) {
    db.exec(`
      CREATE TABLE session_run (
        session_id TEXT PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
        started_at TEXT NOT NULL,
        started_by TEXT REFERENCES account(id),
        ended_at TEXT,
        ended_by TEXT REFERENCES account(id),
        notes TEXT NOT NULL DEFAULT ''
      ) STRICT;

      -- Tokens are kept, not overwritten: the previous one stays valid for a grace period and the
      -- history shows which token a candidate used.
      CREATE TABLE session_token (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        token TEXT NOT NULL CHECK (length(token) = 6),
        issued_at TEXT NOT NULL,
        rotates_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX session_token_session ON session_token(session_id, id);
      CREATE INDEX session_token_token ON session_token(token);

      CREATE TABLE attempt (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        -- 32 bytes from a CSPRNG, hex; questions and options are shuffled from it.
        seed TEXT NOT NULL CHECK (length(seed) = 64),
        -- JSON array of item ids in the order this candidate sees them.
        item_order TEXT NOT NULL CHECK (json_valid(item_order)),
        agreed_at TEXT NOT NULL,
        started_at TEXT NOT NULL,
        duration_seconds INTEGER NOT NULL CHECK (duration_seconds > 0),
        extension_seconds INTEGER NOT NULL DEFAULT 0 CHECK (extension_seconds >= 0),
        paused_at TEXT,
        paused_seconds INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),
        position INTEGER NOT NULL DEFAULT 0,
        -- Moves on sign-in and navigation; answer saves are dated in their own rows, so a save
        -- writes one page fewer (the latest of the two is the candidate's last activity).
        last_activity_at TEXT,
        -- How often the test window lost focus (reported by the lab PC), for the proctor's board.
        focus_lost INTEGER NOT NULL DEFAULT 0,
        submitted_at TEXT,
        submit_reason TEXT CHECK (submit_reason IN ('candidate', 'timeout', 'proctor', 'session_ended')),
        receipt TEXT,
        CHECK ((submitted_at IS NULL) = (submit_reason IS NULL)),
        UNIQUE (session_id, candidate_id),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
      ) STRICT;

      -- One row per question: the newest state by the attempt's sequence number. Clustered on its key,
      -- so a save touches one b-tree.
      CREATE TABLE answer (
        attempt_id TEXT NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL REFERENCES item(id),
        -- The original option ordinal, never the displayed letter.
        choice INTEGER CHECK (choice BETWEEN 0 AND 4),
        text TEXT,
        doubtful INTEGER NOT NULL DEFAULT 0 CHECK (doubtful IN (0, 1)),
        seq INTEGER NOT NULL CHECK (seq > 0),
        saved_at TEXT NOT NULL,
        PRIMARY KEY (attempt_id, item_id)
      ) STRICT, WITHOUT ROWID;

      -- Daftar hadir: checked in (present) or marked absent by the proctor.
      CREATE TABLE attendance (
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('present', 'absent')),
        at TEXT NOT NULL,
        by_account_id TEXT REFERENCES account(id),
        PRIMARY KEY (session_id, candidate_id),
        FOREIGN KEY (session_id, candidate_id) REFERENCES session_candidate(session_id, candidate_id)
      ) STRICT;

      -- Berita acara: incidents as they happen, and the proctor's closing notes.
      CREATE TABLE incident (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        text TEXT NOT NULL,
        by_account_id TEXT REFERENCES account(id)
      ) STRICT;

      -- Which exam session a candidate's sign-in belongs to, and from which lab PC.
      ALTER TABLE auth_session ADD COLUMN exam_session_id TEXT REFERENCES session(id);
      ALTER TABLE auth_session ADD COLUMN device_id TEXT;
      CREATE INDEX auth_session_account ON auth_session(account_id);
    `);
  },
};
