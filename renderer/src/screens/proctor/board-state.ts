import { countAttendance, type BoardRow, type SessionBoard } from '../../../../electron/shared/exam-day';
import type { EventPayload } from '../../../../electron/shared/contract';
import { offsetFrom } from './server-time';

/** A row as the core computed it, stamped with the server time of that computation. */
export type BoardEntry = BoardRow & { readonly serverAt: number };

export type BoardState = {
  sessionId: string;
  status: SessionBoard['status'];
  startedAt: string | null;
  endedAt: string | null;
  /** Server time minus this PC's time, from the latest message. */
  offsetMs: number;
  entries: readonly BoardEntry[];
};

export type BoardPush = EventPayload<'exam/boardChanged'>;

export function fromBoard(board: SessionBoard, localNowMs: number): BoardState {
  const serverAt = Date.parse(board.serverNow);
  return {
    sessionId: board.sessionId,
    status: board.status,
    startedAt: board.startedAt,
    endedAt: board.endedAt,
    offsetMs: offsetFrom(board.serverNow, localNowMs),
    entries: board.rows.map((row) => ({ ...row, serverAt })),
  };
}

/**
 * A push carries only the rows that changed; each replaces its candidate's row, unless the row on
 * screen is newer (a push can overtake the reply to the first load).
 */
export function mergePush(state: BoardState, push: BoardPush, localNowMs: number): BoardState {
  if (push.sessionId !== state.sessionId) return state;
  const serverAt = Date.parse(push.serverNow);
  const incoming = new Map(push.rows.map((row) => [row.candidateId, row]));
  const entries = state.entries.map((entry) => {
    const row = incoming.get(entry.candidateId);
    if (!row) return entry;
    incoming.delete(entry.candidateId);
    return entry.serverAt > serverAt ? entry : { ...row, serverAt };
  });
  for (const row of incoming.values()) entries.push({ ...row, serverAt });
  return { ...state, offsetMs: offsetFrom(push.serverNow, localNowMs), entries };
}

/** A lock pushed on its own (`accounts/changed`) touches one flag of one row. */
export function mergeLock(state: BoardState, accountId: string, locked: boolean): BoardState {
  if (!state.entries.some((e) => e.accountId === accountId && e.locked !== locked)) return state;
  return { ...state, entries: state.entries.map((e) => (e.accountId === accountId ? { ...e, locked } : e)) };
}

/** Time left now: counted down locally from the core's figure; a paused clock does not move. */
export function remainingNow(entry: BoardEntry, offsetMs: number, localNowMs: number): number | null {
  if (entry.remainingMs === null) return null;
  if (entry.phase === 'paused') return entry.remainingMs;
  // A tick older than the row (the screen's clock is read once a second) counts as no time passed.
  const elapsed = Math.max(0, localNowMs + offsetMs - entry.serverAt);
  return Math.max(0, entry.remainingMs - elapsed);
}

/** Signed in but not heard from: the lab PC or its cable is down (a submitted test no longer matters). */
export function isOffline(row: BoardRow): boolean {
  return row.signedIn && !row.online && row.phase !== 'submitted';
}

/** Attendance is the core's verdict (exam-day/attendance.ts), the same the berita acara and the daftar hadir print. */
export function isPresent(row: BoardRow): boolean {
  return row.attendanceStatus === 'present';
}

/** Lower comes first: what needs the proctor's feet now, then who is working, then who is done or away. */
export function urgency(row: BoardRow): number {
  if (row.locked) return 0;
  if (isOffline(row)) return 1;
  if (row.phase === 'paused') return 2;
  const order = { agreement: 3, test: 4, not_signed_in: 5, submitted: 6, absent: 7, paused: 2 } as const;
  return order[row.phase];
}

export type BoardOrder = 'problems' | 'seat';

const bySeat = (a: BoardRow, b: BoardRow) =>
  (a.seat ?? '\uffff').localeCompare(b.seat ?? '\uffff', undefined, { numeric: true }) ||
  a.participantNo.localeCompare(b.participantNo, undefined, { numeric: true });

export function sortEntries(entries: readonly BoardEntry[], order: BoardOrder): BoardEntry[] {
  const sorted = [...entries];
  sorted.sort(order === 'problems' ? (a, b) => urgency(a) - urgency(b) || bySeat(a, b) : bySeat);
  return sorted;
}

export type BoardSummary = {
  registered: number;
  present: number;
  absent: number;
  notRecorded: number;
  inTest: number;
  submitted: number;
  offline: number;
  locked: number;
};

export function summarize(rows: readonly BoardRow[]): BoardSummary {
  const attendance = countAttendance(rows.map((r) => r.attendanceStatus));
  return {
    registered: attendance.registered,
    present: attendance.present,
    absent: attendance.absent,
    notRecorded: attendance.notRecorded,
    inTest: rows.filter((r) => r.phase === 'test' || r.phase === 'paused').length,
    submitted: rows.filter((r) => r.phase === 'submitted').length,
    offline: rows.filter(isOffline).length,
    locked: rows.filter((r) => r.locked).length,
  };
}
