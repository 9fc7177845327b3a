/** The proctor's view of the exam day: the status board, attendance and the minutes (berita acara). */
import { z } from 'zod';
import { SUBMIT_REASONS } from './cbt';
import type { AuditHeadSummary } from './types';

/** How often a lab PC says it is alive; the core and the candidate's screen share it. */
export const HEARTBEAT_MS = 10_000;

export const ATTENDANCE = ['present', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** A board row travels in pushes too, so its shape is a schema the receiver checks. */
export const boardRowSchema = z.object({
  candidateId: z.string(),
  participantNo: z.string(),
  name: z.string(),
  seat: z.string().nullable(),
  assessorName: z.string(),
  accountId: z.string(),
  locked: z.boolean(),
  attendance: z.enum(ATTENDANCE).nullable(),
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

export type Incident = { id: number; at: string; text: string; by: string };

export type Minutes = {
  sessionId: string;
  sessionCode: string;
  date: string;
  startedAt: string | null;
  endedAt: string | null;
  registered: number;
  present: number;
  absent: number;
  submitted: number;
  proctorNames: readonly string[];
  assessorNames: readonly string[];
  incidents: readonly Incident[];
  notes: string;
  /** The audit head signed when the minutes were fetched for printing; null while the keys are locked and nothing was signed yet. */
  auditHead: AuditHeadSummary | null;
};
