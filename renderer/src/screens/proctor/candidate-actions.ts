import type { BoardRow, CardPassword, SessionBoard } from '../../../../electron/shared/exam-day';
import type { Client } from '../../api/client';

export const CANDIDATE_ACTIONS = ['extendTime', 'pause', 'resume', 'resetLogin', 'issueCard', 'unlock', 'forceSubmit', 'markAbsent', 'checkIn'] as const;
export type CandidateAction = (typeof CANDIDATE_ACTIONS)[number];

/**
 * Which actions make sense for a row as it stands. Only a convenience: the core decides, and a
 * refusal (say the candidate submitted a second ago) comes back as its error in the dialog.
 * Attendance is frozen once the session is closed, so no attendance action is offered then.
 */
export function actionsFor(row: BoardRow, status: SessionBoard['status']): CandidateAction[] {
  const running = row.phase === 'test' || row.phase === 'paused';
  const attendanceOpen = status !== 'ended';
  const shown: Record<CandidateAction, boolean> = {
    extendTime: running,
    pause: row.phase === 'test',
    resume: row.phase === 'paused',
    resetLogin: row.signedIn,
    // A lost card or a forgotten password, until the test is handed in.
    issueCard: attendanceOpen && row.phase !== 'submitted' && row.phase !== 'absent',
    unlock: row.locked,
    forceSubmit: running,
    markAbsent: attendanceOpen && (row.phase === 'not_signed_in' || row.phase === 'agreement') && row.attendance !== 'absent',
    // Undoing a recorded absence asks a reason, so it goes through the dialog; it is offered on the daftar hadir.
    checkIn: false,
  };
  return CANDIDATE_ACTIONS.filter((action) => shown[action]);
}

export const DEFAULT_EXTRA_MINUTES = 10;
export const MAX_EXTRA_MINUTES = 240;

export type ActionInput = { sessionId: string; row: BoardRow; reason: string; minutes: number };

/** One audited call per action; each carries the proctor's reason. A new card comes back to be shown once; the others return nothing. */
export async function runAction(client: Client, action: CandidateAction, input: ActionInput): Promise<CardPassword | null> {
  const seat = { sessionId: input.sessionId, candidateId: input.row.candidateId, reason: input.reason };
  switch (action) {
    case 'extendTime':
      await client.call('exam/extendTime', { ...seat, minutes: input.minutes });
      return null;
    case 'pause':
      await client.call('exam/pause', seat);
      return null;
    case 'resume':
      await client.call('exam/resume', seat);
      return null;
    case 'resetLogin':
      await client.call('exam/resetLogin', seat);
      return null;
    case 'issueCard':
      return client.call('exam/issueCard', seat);
    case 'unlock':
      // Offered only for a locked account: a seat without one (no password from the LSP yet) is never locked.
      if (input.row.accountId) await client.call('accounts/unlock', { accountId: input.row.accountId, reason: input.reason });
      return null;
    case 'forceSubmit':
      await client.call('exam/forceSubmit', seat);
      return null;
    case 'markAbsent':
      await client.call('exam/markAbsent', seat);
      return null;
    case 'checkIn':
      await client.call('exam/checkIn', seat);
      return null;
  }
}
