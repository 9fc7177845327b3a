import type { BoardPhase, BoardRow, SessionBoard } from '../../shared/exam-day';
import type { Db } from '../db/open';
import * as q from '../db/queries/board';
import * as run from '../db/queries/exam-run';
import { clockOf } from '../cbt/timing';
import { lockLiftsAt } from '../auth/lock-lapse';
import { itemOrderOf } from '../cbt/paper';
import { attendanceStatus } from './attendance';
import type { Presence } from './presence';

function phaseOf(r: q.BoardSqlRow): BoardPhase {
  if (r.submittedAt) return 'submitted';
  if (r.pausedAt) return 'paused';
  if (r.attemptId) return 'test';
  if (r.attendance === 'absent') return 'absent';
  return r.signedIn ? 'agreement' : 'not_signed_in';
}

function latest(...values: (string | null)[]): string | null {
  return values.filter((v): v is string => v !== null).sort().at(-1) ?? null;
}

export function toBoardRow(sessionId: string, r: q.BoardSqlRow, presence: Presence, now: Date): BoardRow {
  const timed =
    r.attemptId && r.startedAt && r.durationSeconds !== null && !r.submittedAt
      ? clockOf(
          {
            startedAt: r.startedAt,
            durationSeconds: r.durationSeconds,
            extensionSeconds: r.extensionSeconds ?? 0,
            pausedAt: r.pausedAt,
            pausedSeconds: r.pausedSeconds ?? 0,
          },
          now,
        )
      : null;
  const seen = r.accountId === null ? null : presence.lastSeen(r.accountId, sessionId);
  return {
    candidateId: r.candidateId,
    participantNo: r.participantNo,
    name: r.name,
    seat: r.seat,
    assessorName: r.assessorName,
    accountId: r.accountId,
    locked: r.locked === 1,
    ...(r.lockedAt ? { lockedUntil: lockLiftsAt(r.lockedAt).toISOString() } : {}),
    attendance: r.attendance,
    attendanceStatus: attendanceStatus(r.attendance, r.attemptId !== null, r.sessionEnded === 1),
    phase: phaseOf(r),
    signedIn: r.signedIn === 1,
    online: r.signedIn === 1 && r.accountId !== null && presence.isOnline(r.accountId, sessionId, now.getTime()),
    lastActivityAt: latest(r.lastActivityAt, r.lastSavedAt, seen === null ? null : new Date(seen).toISOString()),
    answered: r.answered,
    total: r.itemOrder ? itemOrderOf({ itemOrder: r.itemOrder }).length : 0,
    doubtful: r.doubtful,
    remainingMs: timed?.remainingMs ?? null,
    deadline: timed?.deadline ?? null,
    extensionMinutes: Math.round((r.extensionSeconds ?? 0) / 60),
    focusLost: r.focusLost ?? 0,
    submittedAt: r.submittedAt,
    submitReason: r.submitReason,
    lateAnswers: r.lateAnswers,
    heldRefused: r.heldRefused,
  };
}

export function sessionBoard(db: Db, sessionId: string, presence: Presence, now: Date): SessionBoard {
  const state = run.findRun(db, sessionId);
  return {
    sessionId,
    serverNow: now.toISOString(),
    status: !state ? 'not_started' : state.endedAt ? 'ended' : 'running',
    startedAt: state?.startedAt ?? null,
    endedAt: state?.endedAt ?? null,
    rows: q.boardRows(db, sessionId, now.toISOString()).map((r) => toBoardRow(sessionId, r, presence, now)),
  };
}
