import {
  OVERVIEW_COLUMNS,
  type AssessmentOverview,
  type EssayAcross,
  type OverviewColumn,
  type Progress,
  type Workspace,
  unansweredScore,
} from '../../shared/assessment';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import * as records from '../db/queries/assessment';
import * as content from '../db/queries/assessment-content';
import { sessionAttendance } from './attendance';
import { formHeader, sessionHeaderOrThrow } from './header';
import { isSigned } from './locks';
import { loadWorkspace } from './workspace';

const byCount = (done: number, total: number): Progress =>
  done === 0 ? 'not_started' : done < total ? 'in_progress' : 'scored';

/** The forms whose print says "not used" once FR.AK.02 is signed with nothing recorded on them (print/InstrumentForms). */
const ASKED_WHEN_NEEDED = ['ia07', 'ia01', 'ia03'] as const satisfies readonly OverviewColumn[];

/**
 * Where one candidate stands on each instrument, as the overview shows it. An instrument the scheme has
 * nothing for (no oral, observation or supporting questions) is `not_used`, not work left; so is one of
 * FR.IA.07, FR.IA.01 or FR.IA.03 signed off with nothing recorded, as its printed form says.
 */
export function progressOf(ws: Workspace): Record<OverviewColumn, Progress> {
  const kuks = ws.observation.flatMap((u) => u.elements.flatMap((e) => e.kuks));
  const content: Record<Exclude<OverviewColumn, 'decision'>, number> = {
    ia05: ws.multipleChoice.items.length,
    ia06: ws.essays.length,
    ia07: ws.oral.length,
    ia01: kuks.length,
    ia03: ws.supporting.length,
  };
  const unused = (c: OverviewColumn): boolean =>
    c !== 'decision' && (content[c] === 0 || (ws.signature !== null && ASKED_WHEN_NEEDED.some((f) => f === c) && !ws.formsRecorded[c]));
  const progress = ws.signature
    ? (Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c, 'signed'])) as Record<OverviewColumn, Progress>)
    : workingProgress(ws, kuks);
  for (const c of OVERVIEW_COLUMNS) if (unused(c)) progress[c] = 'not_used';
  return progress;
}

type Scored = { score: { verdict: string | null; score: number | null } | null };

function workingProgress(ws: Workspace, kuks: readonly Scored[]): Record<OverviewColumn, Progress> {
  const scored = (rows: readonly Scored[]) =>
    byCount(rows.filter((r) => r.score && (r.score.verdict !== null || r.score.score !== null)).length, rows.length);
  const decided = ws.units.filter((u) => u.decision?.decision).length;
  return {
    ia05:
      ws.attempt.status === 'absent'
        ? 'not_started'
        : ws.attempt.status === 'in_progress'
          ? 'in_progress'
          : ws.record?.knowledgeConclusion
            ? 'decided'
            : 'scored',
    ia06: scored(ws.essays),
    ia07: scored(ws.oral),
    ia01: scored(kuks),
    ia03: scored(ws.supporting),
    decision:
      decided === 0 ? 'not_started' : decided === ws.units.length && ws.record?.recommendation ? 'decided' : 'in_progress',
  };
}

/** The assessor's candidates in a session with their state per instrument. */
export function overview(db: Db, sessionId: string, assessorId: string): AssessmentOverview {
  const headerRow = sessionHeaderOrThrow(db, sessionId);
  const seats = content.assessorSeats(db, sessionId, assessorId);
  const assessor = seats[0] ?? null;
  const attendance = sessionAttendance(db, sessionId);
  const rows = seats.map((seat) => {
    const ws = loadWorkspace(db, seat, sessionId, attendance);
    return {
      ...ws.candidate,
      attempt: ws.attempt.status,
      attendance: attendance(seat.candidateId).status,
      progress: progressOf(ws),
      recommendation: ws.record?.recommendation ?? null,
      signed: ws.signature !== null,
    };
  });
  const names = assessor ? { name: assessor.assessorName, met: assessor.assessorMet } : { name: '', met: '' };
  return {
    header: formHeader(headerRow, sessionId, names),
    rows,
    essays: content
      .assessItems(db, headerRow.schemeId, { sessionId, candidateId: null })
      .filter((i) => i.kind === 'essay')
      .map((i) => ({ itemId: i.itemId, ref: i.ref, number: i.number })),
    reportSigned: records.liveSignature(db, { form: 'AK.05', sessionId, assessorId, candidateId: null }) !== undefined,
  };
}

function bankNumber(db: Db, sessionId: string, itemId: string): number | undefined {
  const { schemeId } = sessionHeaderOrThrow(db, sessionId);
  return content.assessItems(db, schemeId, { sessionId, candidateId: null }).find((i) => i.itemId === itemId)?.number;
}

/**
 * FR.IA.06 by question: one essay across every candidate of the assessor (Moodle's manual grading). A
 * submitted test lists its candidate even with the essay left empty: that is a score too (0 / Tidak), and
 * the unit's evidence stays missing until the assessor confirms it. Absent candidates and tests still
 * being written with nothing in this essay are not listed: there is nothing to mark yet.
 */
export function essayAcross(db: Db, sessionId: string, assessorId: string, itemId: string): EssayAcross {
  const seats = content.assessorSeats(db, sessionId, assessorId);
  if (seats.length === 0) throw new AppError('NOT_FOUND', { what: 'candidate' });
  let question: EssayAcross['question'] | null = null;
  let header: EssayAcross['header'] | null = null;
  const rows: EssayAcross['rows'] = [];
  const attendance = sessionAttendance(db, sessionId);
  for (const seat of seats) {
    const ws = loadWorkspace(db, seat, sessionId, attendance);
    // Not on this candidate's paper (approved after their test began): nothing of theirs to mark.
    const essay = ws.essays.find((e) => e.itemId === itemId);
    if (!essay) continue;
    const { answer, score, ...rest } = essay;
    // Each candidate's paper numbered it differently: the question across them is the bank's, as the overview lists it.
    question ??= { ...rest, number: bankNumber(db, sessionId, itemId) ?? rest.number };
    header ??= ws.header;
    const answered = answer !== null && answer.trim() !== '';
    const submitted = ws.attempt.status === 'submitted';
    if (!submitted && !answered && score === null) continue;
    rows.push({
      candidate: ws.candidate,
      answer,
      score,
      locked: isSigned(db, sessionId, seat),
      lastSeq: ws.lastSeq,
      unanswered: submitted && !answered && score === null ? unansweredScore(rest.scoring) : null,
    });
  }
  if (!question || !header) throw new AppError('NOT_FOUND', { what: 'item' });
  return { header, question, rows };
}
