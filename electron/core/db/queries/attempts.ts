import type { SubmitReason } from '../../../shared/cbt';
import type { Db } from '../open';
import { sql } from '../statements';

export type AttemptRow = {
  id: string;
  sessionId: string;
  candidateId: string;
  seed: string;
  itemOrder: string;
  /** JSON list of the paper's questions whose options this attempt shows in their order (migration 034). */
  optionsInOrder: string;
  agreedAt: string;
  startedAt: string;
  durationSeconds: number;
  extensionSeconds: number;
  pausedAt: string | null;
  pausedSeconds: number;
  position: number;
  /**
   * The last time the candidate's PC was heard from while the test took answers (exam-day/heard-log.ts),
   * or moved to a question; never after the attempt was submitted, paused or past its late grace.
   */
  lastActivityAt: string | null;
  submittedAt: string | null;
  submitReason: SubmitReason | null;
  receipt: string | null;
};

const COLUMNS = `id, session_id AS sessionId, candidate_id AS candidateId, seed, item_order AS itemOrder,
  options_in_order AS optionsInOrder, agreed_at AS agreedAt, started_at AS startedAt, duration_seconds AS durationSeconds,
  extension_seconds AS extensionSeconds, paused_at AS pausedAt, paused_seconds AS pausedSeconds, position,
  last_activity_at AS lastActivityAt, submitted_at AS submittedAt,
  submit_reason AS submitReason, receipt`;

export function findAttempt(db: Db, sessionId: string, candidateId: string): AttemptRow | undefined {
  return sql<[string, string], AttemptRow>(
    db,
    `SELECT ${COLUMNS} FROM attempt WHERE session_id = ? AND candidate_id = ?`,
  ).get(sessionId, candidateId);
}

/** What telling whether an attempt still takes answers needs, and no more: not its paper order (kilobytes of JSON). */
export type AttemptClockRow = Pick<AttemptRow, 'id' | 'startedAt' | 'durationSeconds' | 'extensionSeconds' | 'pausedAt' | 'pausedSeconds' | 'submittedAt'>;

export function findAttemptClock(db: Db, sessionId: string, candidateId: string): AttemptClockRow | undefined {
  return sql<[string, string], AttemptClockRow>(
    db,
    `SELECT id, started_at AS startedAt, duration_seconds AS durationSeconds, extension_seconds AS extensionSeconds,
       paused_at AS pausedAt, paused_seconds AS pausedSeconds, submitted_at AS submittedAt
     FROM attempt WHERE session_id = ? AND candidate_id = ?`,
  ).get(sessionId, candidateId);
}

export function openAttempts(db: Db, sessionId: string): AttemptRow[] {
  return sql<[string], AttemptRow>(
    db,
    `SELECT ${COLUMNS} FROM attempt WHERE session_id = ? AND submitted_at IS NULL`,
  ).all(sessionId);
}

export type NewAttempt = Pick<
  AttemptRow,
  'id' | 'sessionId' | 'candidateId' | 'seed' | 'itemOrder' | 'optionsInOrder' | 'agreedAt' | 'startedAt' | 'durationSeconds'
>;

export function insertAttempt(db: Db, a: NewAttempt): void {
  sql<[NewAttempt]>(
    db,
    `INSERT INTO attempt (id, session_id, candidate_id, seed, item_order, options_in_order, agreed_at, started_at, duration_seconds, last_activity_at)
     VALUES (@id, @sessionId, @candidateId, @seed, @itemOrder, @optionsInOrder, @agreedAt, @startedAt, @durationSeconds, @startedAt)`,
  ).run(a);
}

export function setPosition(db: Db, id: string, position: number, at: string): void {
  sql<[number, string, string]>(db, 'UPDATE attempt SET position = ?, last_activity_at = ? WHERE id = ?').run(
    position,
    at,
    id,
  );
}

/** The PC was heard from at `at` while the test took answers; an earlier time never replaces a later one. */
export function noteActivity(db: Db, id: string, at: string): void {
  sql<[{ id: string; at: string }]>(
    db,
    'UPDATE attempt SET last_activity_at = @at WHERE id = @id AND (last_activity_at IS NULL OR last_activity_at < @at)',
  ).run({ id, at });
}

/**
 * How many of an attempt's answers, as they count now, reached the core after the test was submitted
 * because its time ran out: late deliveries from a PC that had lost the LAN (core/cbt/attempt.ts). `attempt`
 * is the alias of an attempt row in the outer query: the workspace, the board and the results review count
 * with this one expression.
 */
export const lateAnswersSql = (attempt: string): string =>
  `(SELECT count(*) FROM answer w WHERE w.attempt_id = ${attempt}.id AND ${attempt}.submit_reason = 'timeout' AND w.saved_at > ${attempt}.submitted_at)`;

export function lateAnswerCount(db: Db, attemptId: string): number {
  return sql<[string], number>(db, `SELECT ${lateAnswersSql('a')} FROM attempt a WHERE a.id = ?`).pluck().get(attemptId) ?? 0;
}

export function addExtension(db: Db, id: string, seconds: number): void {
  sql<[number, string]>(db, 'UPDATE attempt SET extension_seconds = extension_seconds + ? WHERE id = ?').run(seconds, id);
}

export function pause(db: Db, id: string, at: string): void {
  sql<[string, string]>(db, 'UPDATE attempt SET paused_at = ? WHERE id = ? AND paused_at IS NULL').run(at, id);
}

export function resume(db: Db, id: string, creditedSeconds: number): void {
  sql<[number, string]>(
    db,
    'UPDATE attempt SET paused_seconds = paused_seconds + ?, paused_at = NULL WHERE id = ?',
  ).run(creditedSeconds, id);
}

export function submit(db: Db, id: string, at: string, reason: SubmitReason, receipt: string): void {
  sql<[string, SubmitReason, string, string]>(
    db,
    'UPDATE attempt SET submitted_at = ?, submit_reason = ?, receipt = ?, paused_at = NULL WHERE id = ? AND submitted_at IS NULL',
  ).run(at, reason, receipt, id);
}

/** The highest sequence number stored for this attempt (0 before the first save). */
export function lastSeq(db: Db, attemptId: string): number {
  return sql<[string], { n: number }>(db, 'SELECT coalesce(max(seq), 0) AS n FROM answer WHERE attempt_id = ?').get(attemptId)?.n ?? 0;
}

export function setReceipt(db: Db, id: string, receipt: string): void {
  sql<[string, string]>(db, 'UPDATE attempt SET receipt = ? WHERE id = ?').run(receipt, id);
}

export type ExamItemRow = {
  id: string;
  kind: 'multiple_choice' | 'essay';
  ref: string;
  ordinal: number;
  promptId: string;
  promptEn: string | null;
  status: 'approved' | 'retired';
  optionsInOrder: 0 | 1;
};

/**
 * The written test: multiple choice first, then essays, each in the scheme's order. Approved items make
 * a new paper; retired ones are read only for papers that already hold them. Drafts never reach a candidate.
 */
export function examItems(db: Db, schemeId: string): ExamItemRow[] {
  return sql<[string], ExamItemRow>(
    db,
    `SELECT id, kind, ref, ordinal, prompt_id AS promptId, prompt_en AS promptEn, status, options_in_order AS optionsInOrder FROM item
     WHERE scheme_id = ? AND kind IN ('multiple_choice', 'essay') AND status <> 'draft'
     ORDER BY CASE kind WHEN 'multiple_choice' THEN 0 ELSE 1 END, ordinal, id`,
  ).all(schemeId);
}

/** Option texts only: whether an option is correct never leaves this module's callers in the CBT path. */
export function optionTexts(db: Db, schemeId: string): { itemId: string; ordinal: number; textId: string; textEn: string | null }[] {
  return sql<[string], { itemId: string; ordinal: number; textId: string; textEn: string | null }>(
    db,
    `SELECT o.item_id AS itemId, o.ordinal, o.text_id AS textId, o.text_en AS textEn
     FROM item_option o JOIN item i ON i.id = o.item_id WHERE i.scheme_id = ? AND i.status <> 'draft' ORDER BY o.item_id, o.ordinal`,
  ).all(schemeId);
}

/** The images of the written test's stems and options (by the option's original ordinal), in order. */
export function paperImages(db: Db, schemeId: string): { itemId: string; place: string; sha256: string }[] {
  return sql<[string], { itemId: string; place: string; sha256: string }>(
    db,
    `SELECT m.item_id AS itemId, m.place, m.sha256 FROM item_image m JOIN item i ON i.id = m.item_id
     WHERE i.scheme_id = ? AND i.kind IN ('multiple_choice', 'essay') AND i.status <> 'draft' ORDER BY m.item_id, m.place, m.ordinal`,
  ).all(schemeId);
}

/** Just enough to check and map one save, without loading the whole paper. */
export function itemShape(
  db: Db,
  itemId: string,
): { itemId: string; kind: 'multiple_choice' | 'essay'; optionCount: number } | undefined {
  return sql<[string], { itemId: string; kind: 'multiple_choice' | 'essay'; optionCount: number }>(
    db,
    `SELECT i.id AS itemId, i.kind, (SELECT count(*) FROM item_option o WHERE o.item_id = i.id) AS optionCount
     FROM item i WHERE i.id = ? AND i.kind IN ('multiple_choice', 'essay')`,
  ).get(itemId);
}

export type AnswerRow = {
  itemId: string;
  choice: number | null;
  text: string | null;
  doubtful: 0 | 1;
  seq: number;
  savedAt: string;
};

export function listAnswers(db: Db, attemptId: string): AnswerRow[] {
  return sql<[string], AnswerRow>(
    db,
    `SELECT item_id AS itemId, choice, text, doubtful, seq, saved_at AS savedAt FROM answer
     WHERE attempt_id = ? ORDER BY item_id`,
  ).all(attemptId);
}

/** Writes only when `seq` is newer than what is stored, so a late retry never overwrites newer text. */
export function upsertAnswer(db: Db, attemptId: string, a: AnswerRow): boolean {
  return (
    sql<[{ attemptId: string } & AnswerRow]>(
      db,
      `INSERT INTO answer (attempt_id, item_id, choice, text, doubtful, seq, saved_at)
       VALUES (@attemptId, @itemId, @choice, @text, @doubtful, @seq, @savedAt)
       ON CONFLICT (attempt_id, item_id) DO UPDATE SET choice = excluded.choice, text = excluded.text,
         doubtful = excluded.doubtful, seq = excluded.seq, saved_at = excluded.saved_at
       WHERE excluded.seq > answer.seq`,
    ).run({ attemptId, ...a }).changes > 0
  );
}
