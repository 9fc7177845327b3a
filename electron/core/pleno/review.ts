import { recordedCorrections } from '../assessment/key-correction';
import { feedbackOnEarlierDecision } from '../assessment/feedback-decision';
import { sessionKey } from '../cbt/key-corrections';
import { AppError } from '../../shared/errors';
import type { ResultsReview, ResultsSessionSummary, ReviewCandidate } from '../../shared/pleno';
import { parseExtra } from '../assessment/workspace';
import type { Db } from '../db/open';
import * as board from '../db/queries/board';
import * as appeals from '../db/queries/pleno-appeals';
import * as q from '../db/queries/pleno-review';
import { reviewTestActions } from '../db/queries/review-test-actions';
import { sessionEvidence } from './evidence';
import { loadSeats, type LoadedSeat } from './seats';

function summaryOf(s: q.ResultsSessionRow, seats: readonly LoadedSeat[]): ResultsSessionSummary {
  const present = seats.filter((x) => !x.facts.flags.includes('absent'));
  return {
    sessionId: s.sessionId,
    code: s.code,
    title: { id: s.titleId, en: s.titleEn },
    date: s.date,
    scheme: { schemeId: s.schemeId, code: s.schemeCode, title: { id: s.schemeTitleId, en: s.schemeTitleEn } },
    tuk: { tukId: s.tukId, code: s.tukCode, name: s.tukName },
    resultsImportedAt: s.resultsImportedAt,
    candidates: seats.length,
    recommendedK: present.filter((x) => x.row.recommendation === 'K').length,
    recommendedBK: present.filter((x) => x.row.recommendation === 'BK').length,
    absent: seats.length - present.length,
    flagged: seats.filter((x) => x.facts.flags.some((f) => f !== 'absent')).length,
    blocking: seats.filter((x) => x.facts.blocksDecision).length,
    decided: seats.filter((x) => x.plenoDecision !== null).length,
  };
}

/** `results/sessions`: the LSP's sessions that have results (`withoutPleno`: those no pleno holds yet), newest first (a page: default 50), with their counts. */
export function resultsSessions(
  db: Db,
  lspId: string,
  page: { limit?: number | undefined; offset?: number | undefined; withoutPleno?: boolean | undefined } = {},
): ResultsSessionSummary[] {
  return q.resultsSessions(db, lspId, { limit: page.limit ?? 50, offset: page.offset ?? 0, withoutPleno: page.withoutPleno === true }).map((s) => summaryOf(s, loadSeats(db, s.sessionId, s.schemeId)));
}

export function resultsSessionOrThrow(db: Db, lspId: string, sessionId: string): q.ResultsSessionRow {
  const s = q.resultsSession(db, lspId, sessionId);
  if (!s) throw new AppError('NOT_FOUND', { what: 'session' });
  return s;
}

/** `results/review`: every candidate of a session with the recommendation, its evidence and what keeps it from a decision. Read-only. */
export function resultsReview(db: Db, lspId: string, sessionId: string): ResultsReview {
  const s = resultsSessionOrThrow(db, lspId, sessionId);
  const seats = loadSeats(db, sessionId, s.schemeId);
  const units = q.schemeUnits(db, s.schemeId);
  const decisions = new Map<string, Map<string, q.SessionDecisionRow>>();
  for (const d of q.sessionUnitDecisions(db, sessionId)) {
    const mine = decisions.get(d.candidateId) ?? new Map<string, q.SessionDecisionRow>();
    mine.set(d.unitId, d);
    decisions.set(d.candidateId, mine);
  }
  const cases = appeals.sessionCases(db, sessionId);
  const evidenceOf = sessionEvidence(db, sessionId, s.schemeId);
  const testActions = reviewTestActions(db, sessionId);
  const candidates: ReviewCandidate[] = seats.map(({ row, facts, held, incidents, plenoDecision }) => ({
    candidateId: row.candidateId,
    participantNo: row.participantNo,
    name: row.name,
    nik: row.nik,
    seat: row.seat,
    assessor: { assessorId: row.assessorId, name: row.assessorName, met: row.assessorMet },
    attendance: facts.attendance,
    attempt: row.attemptId === null ? 'absent' : row.submittedAt ? 'submitted' : 'in_progress',
    writtenTest:
      row.attemptId === null
        ? null
        : {
            extensionMinutes: Math.round((row.extensionSeconds ?? 0) / 60),
            submittedAt: row.submittedAt,
            submitReason: row.submitReason,
            actions: testActions.get(row.candidateId) ?? [],
            // The workspace's own counts, so the LSP reads the numbers the assessor and the board read.
            lateAnswers: row.lateAnswers,
            heldRefused: row.heldRefused,
          },
    recommendation: row.recommendation,
    followUp: row.followUp,
    assessorComment: row.recordComment,
    units: units.map((u) => {
      const d = decisions.get(row.candidateId)?.get(u.unitId);
      return {
        unitId: u.unitId,
        unitCode: u.unitCode,
        title: { id: u.titleId, en: u.titleEn },
        decision: d?.decision ?? null,
        suggestionAtDecision: d?.suggestion ?? null,
        comment: d?.comment ?? null,
        extraEvidence: d ? parseExtra(d.extraEvidence) : [],
      };
    }),
    evidence: evidenceOf(row),
    signature: row.signedAt && row.signedByName !== null ? { signedAt: row.signedAt, signedByName: row.signedByName } : null,
    acknowledgement: row.acknowledgedAt ? { acknowledgedAt: row.acknowledgedAt } : null,
    // As the assessor's workspace and the print say it: given on a decision since unlocked, it does not answer the one in force.
    feedback:
      row.feedbackBy && row.feedbackAt
        ? { enteredBy: row.feedbackBy, savedAt: row.feedbackAt, onEarlierDecision: feedbackOnEarlierDecision(row.feedbackAt, row.signedAt) }
        : null,
    appeal: {
      tuk: row.tukAppealReasons !== null && row.tukAppealAt !== null ? { reasons: row.tukAppealReasons, savedAt: row.tukAppealAt } : null,
      cases: cases.filter((c) => c.candidateId === row.candidateId).map(({ candidateId: _c, ...c }) => c),
      held,
    },
    incidents,
    plenoDecision: plenoDecision ? { plenoId: plenoDecision.plenoId, status: plenoDecision.status, decision: plenoDecision.decision } : null,
    flags: facts.flags,
    blocksDecision: facts.blocksDecision,
  }));
  return {
    session: { ...summaryOf(s, seats), lspName: s.lspName, tukType: s.tukType, tukZone: s.tukZone, startTime: s.startTime, assessors: q.sessionAssessors(db, sessionId) },
    incidents: board.incidents(db, sessionId),
    notes: board.runNotes(db, sessionId),
    // The TUK's key corrections, which the counts above already apply (cbt/key-corrections.ts).
    keyCorrections: recordedCorrections(sessionKey(db, sessionId)),
    candidates,
  };
}
