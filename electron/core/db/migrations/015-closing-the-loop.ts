import type { Migration } from './types';

/**
 * Closing the loop at the LSP (issue 17): the rapat pleno, appeals tracked to their outcome, the
 * certificate register and its counters, and the codes BNSP's upload sheet asks per session.
 *
 * - `pleno` moves draft → decided → signed; a signed one is never changed, a correction is a new pleno
 *   naming the one it corrects (`corrects_id`) and why.
 * - `pleno_decision` keeps the assessor's recommendation beside the committee's decision, so a departure
 *   (and its reason) stays visible after the assessment rows change.
 * - `certificate` numbers are unique per LSP, and each takes one value of a counter: the counter row and
 *   the certificate are written in one transaction, so a crash mid-issue leaves neither (no gap that
 *   was printed, no number twice).
 * - `session_bnsp` is its own table, not session columns: the session row travels in bundles.
 */
export const closingTheLoop: Migration = {
  version: 15,
  name: 'closing the loop: pleno, appeals, certificate register, BNSP session codes',
  up(db) {
    db.exec(`
      CREATE TABLE pleno (
        id TEXT PRIMARY KEY,
        lsp_id TEXT NOT NULL REFERENCES lsp(id),
        held_on TEXT NOT NULL,
        place TEXT,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'decided', 'signed')),
        sk_number TEXT,
        sk_date TEXT,
        corrects_id TEXT REFERENCES pleno(id),
        correction_reason TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES account(id),
        decided_at TEXT,
        decided_by TEXT REFERENCES account(id),
        signed_at TEXT,
        signed_by TEXT REFERENCES account(id),
        CHECK ((corrects_id IS NULL) = (correction_reason IS NULL)),
        CHECK (status = 'draft' OR decided_at IS NOT NULL),
        CHECK (status <> 'signed' OR (signed_at IS NOT NULL AND sk_number IS NOT NULL AND sk_date IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX pleno_sk ON pleno(lsp_id, sk_number) WHERE sk_number IS NOT NULL;
      CREATE INDEX pleno_held_on ON pleno(lsp_id, held_on, id);

      CREATE TABLE pleno_session (
        pleno_id TEXT NOT NULL REFERENCES pleno(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL REFERENCES session(id),
        PRIMARY KEY (pleno_id, session_id)
      ) STRICT;
      CREATE INDEX pleno_session_session ON pleno_session(session_id);

      CREATE TABLE pleno_member (
        pleno_id TEXT NOT NULL REFERENCES pleno(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 1),
        role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary')),
        name TEXT NOT NULL,
        account_id TEXT REFERENCES account(id),
        assessor_id TEXT REFERENCES assessor(id),
        PRIMARY KEY (pleno_id, position)
      ) STRICT;
      CREATE UNIQUE INDEX pleno_member_chair ON pleno_member(pleno_id) WHERE role = 'chair';

      CREATE TABLE pleno_decision (
        pleno_id TEXT NOT NULL,
        session_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL REFERENCES candidate(id),
        recommendation TEXT CHECK (recommendation IN ('K', 'BK')),
        decision TEXT NOT NULL CHECK (decision IN ('K', 'BK')),
        reason TEXT,
        PRIMARY KEY (pleno_id, session_id, candidate_id),
        FOREIGN KEY (pleno_id, session_id) REFERENCES pleno_session(pleno_id, session_id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX pleno_decision_candidate ON pleno_decision(session_id, candidate_id);

      CREATE TABLE appeal_case (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES session(id),
        candidate_id TEXT NOT NULL REFERENCES candidate(id),
        lodged_at TEXT NOT NULL CHECK (lodged_at IN ('tuk', 'lsp')),
        lodged_on TEXT NOT NULL,
        reasons TEXT NOT NULL,
        unit_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(unit_ids)),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
        outcome_reason TEXT,
        reassessment_session_id TEXT REFERENCES session(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES account(id),
        closed_at TEXT,
        closed_by TEXT REFERENCES account(id),
        CHECK ((status = 'open') = (closed_at IS NULL))
      ) STRICT;
      CREATE INDEX appeal_case_candidate ON appeal_case(candidate_id, status);
      CREATE INDEX appeal_case_session ON appeal_case(session_id);

      CREATE TABLE certificate_counter (
        scope TEXT PRIMARY KEY,
        value INTEGER NOT NULL CHECK (value >= 0)
      ) STRICT;

      CREATE TABLE certificate (
        id TEXT PRIMARY KEY,
        lsp_id TEXT NOT NULL REFERENCES lsp(id),
        pleno_id TEXT NOT NULL REFERENCES pleno(id),
        session_id TEXT NOT NULL REFERENCES session(id),
        candidate_id TEXT NOT NULL REFERENCES candidate(id),
        scheme_id TEXT NOT NULL REFERENCES scheme(id),
        number TEXT NOT NULL,
        registration_number TEXT NOT NULL,
        counter_scope TEXT NOT NULL,
        counter_value INTEGER NOT NULL CHECK (counter_value >= 1),
        issued_on TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        blanko_number TEXT,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL REFERENCES account(id),
        revoked_at TEXT,
        revoke_reason TEXT,
        UNIQUE (lsp_id, number),
        UNIQUE (lsp_id, registration_number),
        UNIQUE (counter_scope, counter_value),
        UNIQUE (session_id, candidate_id)
      ) STRICT;
      CREATE UNIQUE INDEX certificate_blanko ON certificate(lsp_id, blanko_number) WHERE blanko_number IS NOT NULL;
      CREATE INDEX certificate_valid_until ON certificate(lsp_id, valid_until, id);
      CREATE INDEX certificate_candidate ON certificate(candidate_id);

      CREATE TABLE session_bnsp (
        session_id TEXT PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
        schedule_code TEXT,
        funding_code TEXT,
        ministry_code TEXT
      ) STRICT;
    `);
  },
};
