import type { Migration } from './types';

/**
 * The upcoming sessions that now break a rule (queries/session-rule-breaks.ts) are read for the LSP home's
 * task and the sessions list's filter, all of them at each call. The TUK capacity rule needs each one's seat
 * count: counting session_candidate rows was a third of that statement's time at 5,000 upcoming sessions.
 *
 * `session_seats` holds each session's count, written only by these triggers, each of which counts the
 * session's rows again rather than adding or taking one: whatever wrote session_candidate (a plan saved, a
 * bundle merged, a backup restored, a session deleted), the count is the rows' own count once the statement
 * ends. A session with no row here has no seats. Backups leave it out (bundles/kinds/backup.ts): a restore
 * writes the seats, and these triggers the counts.
 *
 * `tuk_verification_session`: the latest verification recorded against a session (a TUK Sewaktu's or Tempat
 * Kerja's, one per session) is found by the session; by the TUK it read every verification the TUK ever had.
 * `session_upcoming`: the sessions not cancelled from a start time on, with what the rule breaks read of each,
 * so they are read from the index alone (session_lsp_start led to each row).
 */
export const sessionSeats: Migration = {
  version: 33,
  name: 'session seat counts kept by triggers; TUK verifications by session; sessions not cancelled by start',
  up(db) {
    db.exec(`
      CREATE TABLE session_seats (
        session_id TEXT PRIMARY KEY,
        seats INTEGER NOT NULL CHECK (seats >= 0)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO session_seats (session_id, seats) SELECT session_id, count(*) FROM session_candidate GROUP BY session_id;
      CREATE TRIGGER session_seats_insert AFTER INSERT ON session_candidate BEGIN
        INSERT INTO session_seats (session_id, seats) VALUES (NEW.session_id, (SELECT count(*) FROM session_candidate WHERE session_id = NEW.session_id))
          ON CONFLICT (session_id) DO UPDATE SET seats = excluded.seats;
      END;
      CREATE TRIGGER session_seats_delete AFTER DELETE ON session_candidate BEGIN
        UPDATE session_seats SET seats = (SELECT count(*) FROM session_candidate WHERE session_id = OLD.session_id) WHERE session_id = OLD.session_id;
      END;
      CREATE TRIGGER session_seats_move AFTER UPDATE OF session_id ON session_candidate WHEN NEW.session_id IS NOT OLD.session_id BEGIN
        UPDATE session_seats SET seats = (SELECT count(*) FROM session_candidate WHERE session_id = OLD.session_id) WHERE session_id = OLD.session_id;
        INSERT INTO session_seats (session_id, seats) VALUES (NEW.session_id, (SELECT count(*) FROM session_candidate WHERE session_id = NEW.session_id))
          ON CONFLICT (session_id) DO UPDATE SET seats = excluded.seats;
      END;
      CREATE TRIGGER session_seats_gone AFTER DELETE ON session BEGIN
        DELETE FROM session_seats WHERE session_id = OLD.id;
      END;
      CREATE INDEX tuk_verification_session ON tuk_verification(session_id, tuk_id, verified_on, recorded_at) WHERE session_id IS NOT NULL;
      CREATE INDEX session_upcoming ON session(lsp_id, starts_min, id, date, tuk_id, scheme_id) WHERE cancelled_at IS NULL;
    `);
  },
};
