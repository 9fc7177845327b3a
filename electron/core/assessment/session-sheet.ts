import type { SessionSheet } from '../../shared/assessment';
import type { Db } from '../db/open';
import * as content from '../db/queries/assessment-content';
import { demoLogins, isDemo } from '../demo/seed';
import { countAttendance } from '../../shared/exam-day';
import { lastPasswordsIssuedAt } from '../db/queries/session-handover';
import { candidatesWithLocalPassword } from '../db/queries/local-passwords';
import { sessionAttendance } from './attendance';
import { formHeader, sessionHeaderOrThrow } from './header';

/** Everyone in the session for the candidate cards and the daftar hadir, with attendance by the core's one definition. */
export function sessionSheet(db: Db, sessionId: string): SessionSheet {
  const row = sessionHeaderOrThrow(db, sessionId);
  const { assessorName: _n, assessorMet: _m, ...header } = formHeader(row, sessionId, { name: '', met: '' });
  const seats = content.sessionSeats(db, sessionId);
  const attendanceOf = sessionAttendance(db, sessionId);
  const statusOf = (candidateId: string) => attendanceOf(candidateId).status;
  // Those who have candidates here, by name: each once, with the MET number the BNSP forms print beside it.
  const byId = new Map(seats.map((s) => [s.assessorId, { name: s.assessorName, metNumber: s.assessorMet }]));
  const assessors = [...byId.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // The demo's public passwords hold only until the LSP issues the session's own: then they no longer sign in.
  const demoPasswords = isDemo(db) && lastPasswordsIssuedAt(db, sessionId) === null;
  const passwords = demoPasswords ? new Map(demoLogins().filter((l) => l.role === 'candidate').map((l) => [l.username, l.password])) : new Map<string, string>();
  // Nor for a candidate the proctor gave a new card (exam/issueCard): its password replaced theirs.
  const newCard = demoPasswords ? candidatesWithLocalPassword(db, sessionId) : new Set<string>();
  return {
    header: { ...header, assessorNames: assessors.map((a) => a.name), assessors },
    attendance: countAttendance(seats.map((s) => statusOf(s.candidateId))),
    rows: seats.map((s) => ({
      candidateId: s.candidateId,
      participantNo: s.participantNo,
      name: s.name,
      seat: s.seat,
      nik: s.nik,
      institution: s.institution,
      assessorName: s.assessorName,
      attendance: statusOf(s.candidateId),
      cardPassword: newCard.has(s.candidateId) ? null : (passwords.get(s.participantNo) ?? null),
    })),
  };
}
