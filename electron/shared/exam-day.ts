/** The proctor's view of the exam day: the status board, attendance and the minutes (berita acara). */
import { z } from 'zod';
import { SUBMIT_REASONS } from './cbt';
import type { AuditHeadSummary } from './types';

/** How often a lab PC says it is alive; the core and the candidate's screen share it. */
export const HEARTBEAT_MS = 10_000;

export const ATTENDANCE = ['present', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/**
 * Whether a candidate was there, by the one definition the core applies (exam-day/attendance.ts) and
 * every screen and print shows: present once checked in or once they started the test; absent when
 * marked so; until the session closes, anyone else is not recorded yet (after it, absent).
 */
export const ATTENDANCE_STATUSES = ['present', 'absent', 'not_recorded'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export type AttendanceCounts = { registered: number; present: number; absent: number; notRecorded: number };

/** The counts of those statuses: the berita acara, the daftar hadir and the console add them up the same way. */
export function countAttendance(statuses: readonly AttendanceStatus[]): AttendanceCounts {
  return {
    registered: statuses.length,
    present: statuses.filter((s) => s === 'present').length,
    absent: statuses.filter((s) => s === 'absent').length,
    notRecorded: statuses.filter((s) => s === 'not_recorded').length,
  };
}

/** A board row travels in pushes too, so its shape is a schema the receiver checks. */
export const boardRowSchema = z.object({
  candidateId: z.string(),
  participantNo: z.string(),
  name: z.string(),
  seat: z.string().nullable(),
  assessorName: z.string(),
  /** Null while the candidate has no sign-in account here (no password from the LSP yet): exam/issueCard makes one. */
  accountId: z.string().nullable(),
  locked: z.boolean(),
  /** While locked: when the lock lifts by itself (core/auth/lock-lapse.ts), for the proctor to tell the candidate. */
  lockedUntil: z.string().optional(),
  attendance: z.enum(ATTENDANCE).nullable(),
  /** The core's verdict from `attendance`, the attempt and whether the session has closed. */
  attendanceStatus: z.enum(ATTENDANCE_STATUSES),
  phase: z.enum(['absent', 'not_signed_in', 'agreement', 'test', 'paused', 'submitted']),
  signedIn: z.boolean(),
  /** Heard from within the last few heartbeats; false while signed in means the PC or its link is down. */
  online: z.boolean(),
  lastActivityAt: z.string().nullable(),
  answered: z.number(),
  total: z.number(),
  doubtful: z.number(),
  remainingMs: z.number().nullable(),
  deadline: z.string().nullable(),
  extensionMinutes: z.number(),
  focusLost: z.number(),
  submittedAt: z.string().nullable(),
  submitReason: z.enum(SUBMIT_REASONS).nullable(),
  /** How many of the answers that count reached the core after time ran out, from a PC that had lost the LAN. */
  lateAnswers: z.number(),
  /**
   * How many answers this PC sent after time ran out were refused because the room server had heard from it
   * after they were given (ANSWER_HELD_WHILE_ONLINE): held back, or stamped early by hand. Counted in the
   * audit log, which the exam day writes within about a minute of the refusals.
   */
  heldRefused: z.number(),
});
export type BoardRow = z.output<typeof boardRowSchema>;
export type BoardPhase = BoardRow['phase'];

export type SessionBoard = {
  sessionId: string;
  serverNow: string;
  status: 'not_started' | 'running' | 'ended';
  startedAt: string | null;
  endedAt: string | null;
  rows: readonly BoardRow[];
};

/**
 * A new card issued by the proctor at the TUK (exam/issueCard): the clear password, shown and printed
 * once, never stored; and how many sign-ins made with the old card it ended.
 */
export type CardPassword = {
  sessionId: string;
  candidateId: string;
  participantNo: string;
  name: string;
  password: string;
  issuedAt: string;
  revokedSessions: number;
  /** The candidate had no sign-in here before (no password from the LSP yet): there is no old card to void. */
  firstCard: boolean;
  /** Codes of the candidate's other sessions here still to write (a second scheme the same day): the new password is theirs too. */
  alsoFor: string[];
};

export type Incident = { id: number; at: string; text: string; by: string };

/** A room-wide action's outcome: the candidates it changed (none when nobody was in that state). */
export type RoomActionResult = { sessionId: string; candidateIds: readonly string[] };

/**
 * What a proctor did to one candidate's test, or to the whole room at once (the `…All` kinds), as the
 * berita acara lists it (from the audit log).
 */
export const PROCTOR_ACTIONS = [
  'extended',
  'paused',
  'resumed',
  'resetLogin',
  'passwordIssued',
  'forceSubmitted',
  'extendedAll',
  'pausedAll',
  'resumedAll',
  'markedAllAbsent',
  // Buka kunci semua yang terkunci: wrong passwords typed in the room locked seats, the proctor opened them at once.
  'unlockedAll',
  'markedAbsent',
  'checkedInAgain',
  'sessionEnded',
  'collectedAtEnd',
  'serverRestarted',
] as const;
export type ProctorActionKind = (typeof PROCTOR_ACTIONS)[number];
export type ProctorAction = {
  at: string;
  action: ProctorActionKind;
  /** Empty for a room-wide action, which names how many candidates it concerned in `candidates`. */
  participantNo: string;
  candidateName: string;
  /** How many candidates a room-wide action changed (sessionEnded: the tests it collected); null for one candidate's action. */
  candidates: number | null;
  reason: string;
  /**
   * Minutes added (extended), credited back (resumed), or still left on the candidate's clock when closing
   * the session collected the test (collectedAtEnd); null for the others.
   */
  minutes: number | null;
  /** Empty for a system row (serverRestarted), which no one did. */
  by: string;
  /** serverRestarted only: the last activity recorded before the restart (absent on every other row). */
  since?: string;
};

export type Minutes = {
  sessionId: string;
  sessionCode: string;
  date: string;
  startedAt: string | null;
  endedAt: string | null;
  registered: number;
  present: number;
  absent: number;
  /** Neither checked in, started nor marked absent; always 0 once the session has closed. */
  notRecorded: number;
  submitted: number;
  proctorNames: readonly string[];
  assessorNames: readonly string[];
  incidents: readonly Incident[];
  /**
   * Extensions, pauses, resumes, login resets, forced submissions, attendance changes, and the session's
   * closing with each test it collected, oldest first, with reasons.
   */
  proctorActions: readonly ProctorAction[];
  notes: string;
  /** The audit head signed when the minutes were fetched for printing; null while the keys are locked and nothing was signed yet. */
  auditHead: AuditHeadSummary | null;
};
