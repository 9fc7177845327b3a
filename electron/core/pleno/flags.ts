import { BLOCKING_FLAGS, type ReviewFlag } from '../../shared/pleno';
import type { AttendanceStatus } from '../../shared/exam-day';
import { attendanceStatus } from '../exam-day/attendance';
import type { ReviewSeatRow } from '../db/queries/pleno-review';

/** What the flags of one seat are read from: the same facts for the sessions list and the review. */
export type SeatFacts = {
  attendance: AttendanceStatus;
  flags: ReviewFlag[];
  blocksDecision: boolean;
};

/**
 * A seat's flags. A candidate who did not come and has no signed record is `absent` only: no decision
 * is made for them and they block nothing. Anyone else needs the assessor's signed FR.AK.02 with every
 * unit decided and an overall recommendation before the pleno can decide.
 */
export function seatFacts(
  row: ReviewSeatRow,
  context: { unitsTotal: number; sessionEnded: boolean; held: boolean; incidents: number; writtenTest: boolean },
): SeatFacts {
  const attendance = attendanceStatus(row.recorded, row.attemptId !== null, context.sessionEnded);
  const flags: ReviewFlag[] = [];
  if (attendance === 'absent' && row.signedAt === null && row.recommendation === null) {
    flags.push('absent');
  } else {
    if (row.signedAt === null) flags.push('unsigned');
    if (row.recommendation === null) flags.push('noRecommendation');
    if (row.unitsDecided < context.unitsTotal) flags.push('unitsUndecided');
    if (row.attemptId !== null && row.submittedAt === null) flags.push('testNotSubmitted');
    // Present (or assessed) without ever starting the test: flagged, never read as a score of 0.
    if (row.attemptId === null && context.writtenTest) flags.push('testNotTaken');
    if (row.signedAt !== null && row.acknowledgedAt === null) flags.push('notAcknowledged');
  }
  if (context.held) flags.push('appealOpen');
  if (context.incidents > 0) flags.push('incident');
  return { attendance, flags, blocksDecision: flags.some((f) => BLOCKING_FLAGS.includes(f)) };
}

/**
 * Berita acara entries that name the candidate: the proctor writes the participant number or the name.
 * The texts come lower-cased once per session (`lowered`), not once per candidate.
 */
export function namesCandidate(lowered: string, candidate: { participantNo: string; name: string }): boolean {
  return lowered.includes(candidate.participantNo.toLowerCase()) || (candidate.name.length >= 3 && lowered.includes(candidate.name.toLowerCase()));
}
