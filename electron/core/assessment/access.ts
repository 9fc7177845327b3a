import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { Db } from '../db/open';
import * as content from '../db/queries/assessment-content';

/**
 * The seat (session + candidate) an assessor may work on: only their own candidates. LSP staff may
 * read every seat; writing is the assigned assessor's alone (the contract already keeps others out).
 */
export function seatFor(
  db: Db,
  principal: Principal,
  seat: { sessionId: string; candidateId: string },
  mode: 'read' | 'write',
): content.SeatRow {
  const row = content.findSeat(db, seat.sessionId, seat.candidateId);
  if (!row) throw new AppError('NOT_FOUND', { what: 'candidate' });
  const own = principal.role === 'assessor' && principal.assessorId === row.assessorId;
  const staffRead = principal.role === 'lsp_admin' && mode === 'read';
  if (own || staffRead) return row;
  // Another assessor's candidate (an address typed or kept): said as such, not as the role's refusal.
  const reasons = principal.role === 'assessor' ? [{ code: 'SEAT_OTHER_ASSESSOR' as const, params: {} }] : undefined;
  throw new AppError('FORBIDDEN', { role: principal.role }, undefined, reasons);
}

/** The assessor a session-wide call (overview, FR.AK.05) is about: the caller, or for LSP staff the one named. */
export function assessorFor(principal: Principal, named: string | undefined): string {
  if (principal.role === 'assessor' && principal.assessorId) {
    if (named && named !== principal.assessorId) throw new AppError('FORBIDDEN', { role: principal.role });
    return principal.assessorId;
  }
  if (principal.role === 'lsp_admin' && named) return named;
  throw new AppError('FORBIDDEN', { role: principal.role });
}
