import { AppError } from '../../../shared/errors';
import { localDate } from '../../clock';
import * as catalog from '../../db/queries/catalog';
import { lspOverview } from '../../homes/lsp-overview';
import * as sessions from '../../db/queries/sessions';
import { findRun } from '../../db/queries/exam-run';
import { sessionScope } from '../../db/queries/bundles';
import { lastResultsExport } from '../../db/queries/results-exports';
import type { Db } from '../../db/open';
import { me, type Handlers } from '../context';
import { credentialStates } from '../../registry/assessors';
import { officeClocksOff, stationClockOff } from '../../homes/station-clock';
import { isTukStation } from '../../setup/installation';

/** How long a session closed after its day stays on the proctor's list: the night's berita acara and results. */
const CLOSED_SESSION_STAYS_MS = 12 * 3_600_000;

/** Once exported, the home says so (and to whom) instead of asking for the export again. */
function resultsExportOf(db: Db, sessionId: string, sessionCode: string) {
  const last = lastResultsExport(db, sessionCode);
  const lspName = last ? sessionScope(db, sessionId)?.lspName : undefined;
  return last && lspName !== undefined ? { at: last.at, by: last.byName, lspName } : null;
}

/** The first screen of each role, each limited to what that principal may see. */
export const homeHandlers = {
  'lsp/overview': (_args, call) => lspOverview(call.core.db, me(call).lspId, call.core.clock.now()),

  'proctor/today': (_args, call) => {
    const principal = me(call);
    const { db, clock } = call.core;
    const now = clock.now();
    const date = localDate(now);
    const closedSince = new Date(now.getTime() - CLOSED_SESSION_STAYS_MS).toISOString();
    const listed = sessions.listForProctorDay(db, date, closedSince).map((session) => ({
      session,
      // A closed session stays listed for 12 hours: the home says it is closed, with what is left to do.
      run: findRun(db, session.id) ?? null,
      resultsExport: resultsExportOf(db, session.id, session.code),
      candidates: sessions.proctorCandidates(db, session.id),
      assessors: sessions.proctorAssessors(db, session.id),
    }));
    return {
      date,
      sessions: listed,
      clockOff: stationClockOff(db, now),
      // An office has no TUK of its own: its clock is judged against each TUK whose session it runs.
      tukClocksOff: isTukStation(db, principal) ? [] : officeClocksOff(db, listed, now),
    };
  },

  // The sessions whose day is still to come: the proctor checks before the day that the right bundle arrived.
  'proctor/upcoming': (_args, call) => {
    me(call);
    const { db, clock } = call.core;
    const date = localDate(clock.now());
    return { date, sessions: sessions.listAfter(db, date).map((s) => ({ ...s, withoutPassword: sessions.withoutAccount(db, s.id) })) };
  },

  'assessor/assigned': (_args, call) => {
    const principal = me(call);
    const { db, clock } = call.core;
    const assessor = principal.assessorId ? catalog.findAssessor(db, principal.assessorId) : undefined;
    if (!assessor) throw new AppError('NOT_FOUND', { what: 'assessor' });
    const today = localDate(clock.now());
    return {
      assessor: { ...assessor, ...credentialStates(db, assessor, clock.now()) },
      sessions: sessions.listForAssessor(db, assessor.id, today).map((session) => ({
        session,
        candidates: sessions.assessorCandidates(db, session.id, assessor.id),
      })),
    };
  },

  'candidate/home': (_args, call) => {
    const principal = me(call);
    const { db, clock } = call.core;
    const candidate = principal.candidateId ? catalog.findCandidate(db, principal.candidateId) : undefined;
    if (!candidate) throw new AppError('NOT_FOUND', { what: 'candidate' });
    const s = sessions.candidateSession(db, candidate.id, localDate(clock.now()));
    return {
      participantNo: candidate.participantNo,
      name: candidate.name,
      session: s
        ? {
            title: s.title,
            schemeTitle: s.schemeTitle,
            date: s.date,
            startTime: s.startTime,
            durationMinutes: s.durationMinutes,
            tukName: s.tukName,
            seat: s.seat,
          }
        : null,
    };
  },
} satisfies Partial<Handlers>;
