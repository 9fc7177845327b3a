import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import * as records from '../db/queries/assessment';
import type { SeatRow } from '../db/queries/assessment-content';

/** A signed FR.AK.02 locks the candidate's scores, decisions and record until it is unlocked with a reason. */
export function assertUnlocked(db: Db, sessionId: string, seat: SeatRow): void {
  const live = records.liveSignature(db, { form: 'AK.02', sessionId, assessorId: seat.assessorId, candidateId: seat.candidateId });
  if (live) throw new AppError('RECORD_LOCKED', { form: 'FR.AK.02' });
}

export function isSigned(db: Db, sessionId: string, seat: SeatRow): boolean {
  return records.liveSignature(db, { form: 'AK.02', sessionId, assessorId: seat.assessorId, candidateId: seat.candidateId }) !== undefined;
}

export const seatEntity = (sessionId: string, candidateId: string) => `${sessionId}/${candidateId}`;
