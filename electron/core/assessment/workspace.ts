import { feedbackOnEarlierDecision } from './feedback-decision';
import {
  ESSAY_ACHIEVED_FROM,
  type Ak02Evidence,
  type AttemptStatus,
  type EssayRow,
  type ExtraEvidence,
  type FeedbackAnswer,
  type FormsRecorded,
  type ObservationUnit,
  type QuestionRow,
  type ScoreState,
  type UnitState,
  type Workspace,
} from '../../shared/assessment';
import { agreementEvidence } from '../cbt/agreement-evidence';
import { sessionAttendance } from './attendance';
import { itemOrderOf } from '../cbt/paper';
import { multipleChoiceSheet } from '../cbt/scoring';
import { passHintOfSession } from '../db/queries/scheme-policy';
import type { Db } from '../db/open';
import * as acknowledgements from '../db/queries/acknowledgements';
import * as records from '../db/queries/assessment';
import * as content from '../db/queries/assessment-content';
import * as attempts from '../db/queries/attempts';
import { heldRefusedCount } from '../db/queries/held-refusals';
import { formSignatures } from './form-signatures';
import { formHeader, sessionHeaderOrThrow } from './header';
import { allowedRecommendation, suggestUnit, type ItemEvidence, type KukEvidence } from './suggestion';

const key = (instrument: string, targetId: string) => `${instrument}:${targetId}`;

function toScore(row: records.ScoreRow | undefined): ScoreState | null {
  if (!row) return null;
  return {
    instrument: row.instrument,
    targetId: row.targetId,
    verdict: row.verdict,
    score: row.score,
    response: row.response,
    note: row.note,
    seq: row.seq,
    savedAt: row.savedAt,
  };
}

/** Whether a scored question shows the knowledge: Ya, or an essay's 0–3 score from ESSAY_ACHIEVED_FROM up. */
export function questionState(score: ScoreState | null): ItemEvidence['state'] {
  if (!score) return 'pending';
  if (score.score !== null) return score.score >= ESSAY_ACHIEVED_FROM ? 'achieved' : 'not_achieved';
  if (score.verdict === 'yes') return 'achieved';
  if (score.verdict === 'no') return 'not_achieved';
  return 'pending';
}

export function attemptStatus(attempt: attempts.AttemptRow | undefined): AttemptStatus {
  if (!attempt) return 'absent';
  return attempt.submittedAt ? 'submitted' : 'in_progress';
}

export function parseExtra(json: string): ExtraEvidence[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((e): e is ExtraEvidence => typeof e === 'string') : [];
}

function parseFeedback(json: string): FeedbackAnswer[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((a: { agree?: unknown; comment?: unknown }) => ({
    agree: typeof a.agree === 'boolean' ? a.agree : null,
    comment: typeof a.comment === 'string' ? a.comment : '',
  }));
}

const strings = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
};

function kukIdsOf(row: content.AssessItemRow): string[] {
  const ids = strings(row.kukIds);
  return ids.length ? ids : [row.kukId];
}

/** Only a question with images carries them, so the forms of one without look as they always did. */
function stemImagesOf(row: content.AssessItemRow): { stemImages?: string[] } {
  const images = strings(row.stemImages);
  return images.length ? { stemImages: images } : {};
}

/**
 * Everything one candidate's assessment needs; the suggestions are computed here, never in the UI.
 * `attendanceOf`: the session's attendance, read once by a caller that loads many seats (the overview).
 */
export function loadWorkspace(db: Db, seat: content.SeatRow, sessionId: string, attendanceOf = sessionAttendance(db, sessionId)): Workspace {
  const headerRow = sessionHeaderOrThrow(db, sessionId);
  const header = formHeader(headerRow, sessionId, { name: seat.assessorName, met: seat.assessorMet });
  const seatKey = { sessionId, candidateId: seat.candidateId };
  const attempt = attempts.findAttempt(db, sessionId, seat.candidateId);
  const status = attemptStatus(attempt);
  const mc = multipleChoiceSheet(db, seatKey);
  const answers = new Map((attempt ? attempts.listAnswers(db, attempt.id) : []).map((a) => [a.itemId, a]));
  const scores = new Map(records.listScores(db, seatKey).map((s) => [key(s.instrument, s.targetId), s]));
  const paperOrder = attempt ? itemOrderOf(attempt) : null;
  const onPaper = paperOrder ? new Set(paperOrder) : null;
  // Where the candidate saw each written question (1-based), as FR.IA.05 numbers their multiple choice.
  const shownAt = new Map((paperOrder ?? []).map((itemId, i) => [itemId, i + 1]));
  // Written questions: the candidate's paper once they have one (an essay approved since is not theirs).
  const items = content
    .assessItems(db, headerRow.schemeId, seatKey)
    .filter((i) => !onPaper || (i.kind !== 'essay' && i.kind !== 'multiple_choice') || onPaper.has(i.itemId));
  const kuks = content.schemeKuks(db, headerRow.schemeId, seatKey);

  const kukById = new Map(kuks.map((k) => [k.kukId, k]));
  const question = (row: content.AssessItemRow): QuestionRow => ({
    kuks: kukIdsOf(row).flatMap((id) => {
      const k = kukById.get(id);
      return k ? [{ unitCode: k.unitCode, kukNumber: k.kukNumber }] : [];
    }),
    itemId: row.itemId,
    ref: row.ref,
    number: row.number,
    unitCode: row.unitCode,
    elementNo: row.elementNo,
    kukNumber: row.kukNumber,
    prompt: { id: row.promptId, en: row.promptEn },
    ...stemImagesOf(row),
    expected: { id: row.expectedId ?? '', en: row.expectedEn },
    scoring: row.scoring,
    score: toScore(scores.get(key(row.kind, row.itemId))),
  });
  // FR.IA.06 as the candidate's paper had the essays: their numbers, in their order ("No. 26", not the bank's "No. 1").
  const essays: EssayRow[] = items
    .filter((i) => i.kind === 'essay')
    .map((i) => ({ ...question(i), number: shownAt.get(i.itemId) ?? i.number, answer: answers.get(i.itemId)?.text ?? null }))
    .sort((a, b) => a.number - b.number);
  const oral = items.filter((i) => i.kind === 'oral').map(question);
  const supporting = items.filter((i) => i.kind === 'supporting').map(question);

  // Evidence per KUK, from every instrument mapped to it.
  const evidence = new Map<string, ItemEvidence[]>();
  const add = (kukId: string, e: ItemEvidence) => evidence.set(kukId, [...(evidence.get(kukId) ?? []), e]);
  const mcAchieved = new Map(mc.items.map((i) => [i.itemId, i.achieved]));
  const annulled = new Set(mc.corrections.filter((c) => c.action === 'annul').map((c) => c.itemId));
  for (const row of items) {
    // An annulled question (key-corrections.ts) is evidence for no KUK: FR.IA.05 no longer lists it.
    if (row.kind === 'multiple_choice' && annulled.has(row.itemId)) continue;
    const e: ItemEvidence =
      row.kind === 'multiple_choice'
        ? { ref: row.ref, instrument: 'multiple_choice', state: status !== 'submitted' ? 'pending' : mcAchieved.get(row.itemId) ? 'achieved' : 'not_achieved' }
        : { ref: row.ref, instrument: row.kind, state: questionState(toScore(scores.get(key(row.kind, row.itemId)))) };
    // A question mapped to several KUK is evidence for each of them.
    for (const kukId of kukIdsOf(row)) add(kukId, e);
  }

  const observation: ObservationUnit[] = [];
  const unitKuks = new Map<string, { row: content.KukRow; evidence: KukEvidence }[]>();
  for (const k of kuks) {
    const obs = k.observationId ? toScore(scores.get(key('observation', k.observationId))) : null;
    let unit = observation.find((u) => u.unitId === k.unitId);
    if (!unit) {
      unit = { unitId: k.unitId, unitCode: k.unitCode, title: { id: k.unitTitleId, en: k.unitTitleEn }, elements: [] };
      observation.push(unit);
    }
    let element = unit.elements.find((e) => e.elementNo === k.elementNo);
    if (!element) {
      element = { elementNo: k.elementNo, title: { id: k.elementTitleId, en: k.elementTitleEn }, kuks: [] };
      unit.elements.push(element);
    }
    if (k.observationId) {
      element.kuks.push({
        kukId: k.kukId,
        observationId: k.observationId,
        number: k.kukNumber,
        text: { id: k.kukTextId, en: k.kukTextEn },
        benchmark: { id: k.benchmarkId ?? '', en: k.benchmarkEn },
        score: obs,
      });
    }
    const verdict = obs?.verdict;
    const observed = verdict === 'k' || verdict === 'bk' || verdict === 'further' ? verdict : null;
    const list = unitKuks.get(k.unitId) ?? [];
    list.push({
      row: k,
      evidence: {
        kukNumber: k.kukNumber,
        elementNo: k.elementNo,
        text: { id: k.kukTextId, en: k.kukTextEn },
        observation: k.observationId ? observed : 'none',
        items: evidence.get(k.kukId) ?? [],
      },
    });
    unitKuks.set(k.unitId, list);
  }

  const decisions = new Map(records.listDecisions(db, seatKey).map((d) => [d.unitId, d]));
  const units: UnitState[] = observation.map((u) => {
    const list = unitKuks.get(u.unitId) ?? [];
    const { suggestion, reasons } = suggestUnit(list.map((k) => k.evidence));
    const used = new Set<Ak02Evidence>();
    for (const k of list) {
      if (k.evidence.observation !== null && k.evidence.observation !== 'none') used.add('observation');
      for (const e of k.evidence.items) {
        if (e.state === 'pending') continue;
        if (e.instrument === 'multiple_choice' || e.instrument === 'essay') used.add('written');
        // FR.IA.03 questions are asked during the observation and support it.
        else if (e.instrument === 'supporting') used.add('observation');
        else used.add('oral');
      }
    }
    const d = decisions.get(u.unitId);
    return {
      unitId: u.unitId,
      unitCode: u.unitCode,
      title: u.title,
      suggestion,
      reasons,
      evidenceUsed: [...used],
      decision: d
        ? {
            decision: d.decision,
            suggestionAtDecision: d.suggestion,
            comment: d.comment,
            extraEvidence: parseExtra(d.extraEvidence),
            seq: d.seq,
            savedAt: d.savedAt,
          }
        : null,
    };
  });

  const record = records.findRecord(db, seatKey);
  const signature = records.liveSignature(db, { form: 'AK.02', sessionId, assessorId: seat.assessorId, candidateId: seat.candidateId });
  const feedback = records.findFeedback(db, seatKey);
  const appeal = records.findAppeal(db, seatKey);
  const acknowledged = signature
    ? acknowledgements.acknowledgedAt(db, { sessionId, candidateId: seat.candidateId, assessorId: seat.assessorId, signedAt: signature.signedAt })
    : undefined;
  const scored = (rows: readonly { score: ScoreState | null }[]) => rows.some((r) => r.score !== null);
  const formsRecorded: FormsRecorded = {
    // FR.IA.05's answers are the candidate's and its score the core's: the assessor's part is the conclusion.
    ia05: Boolean(record?.knowledgeConclusion),
    ia06: scored(essays),
    ia07: scored(oral),
    ia01: scored(observation.flatMap((u) => u.elements.flatMap((e) => e.kuks))),
    ia03: scored(supporting),
  };
  return {
    header,
    candidate: { candidateId: seat.candidateId, participantNo: seat.participantNo, name: seat.name, seat: seat.seat },
    attempt: {
      status,
      missed: attendanceOf(seat.candidateId).missedWrittenTest,
      submittedAt: attempt?.submittedAt ?? null,
      agreedAt: attempt?.agreedAt ?? null,
      agreementEvidence: agreementEvidence(db, headerRow.schemeId),
      lateAnswers: attempt ? attempts.lateAnswerCount(db, attempt.id) : 0,
      heldRefused: attempt ? heldRefusedCount(db, seat.candidateId, attempt.id) : 0,
    },
    multipleChoice: mc,
    passHintPercent: passHintOfSession(db, sessionId),
    essays,
    oral,
    supporting,
    observation,
    units,
    record: record ?? null,
    allowedRecommendation: allowedRecommendation(units.map((u) => u.decision?.decision ?? null)),
    signature: signature ? { signedAt: signature.signedAt, signedByName: signature.signedByName } : null,
    acknowledgement: acknowledged ? { acknowledgedAt: acknowledged } : null,
    formSignatures: formSignatures({
      agreedAt: attempt?.agreedAt ?? null,
      signedAt: signature?.signedAt ?? null,
      acknowledgedAt: acknowledged ?? null,
      feedbackByCandidateAt: feedback?.enteredByRole === 'candidate' ? feedback.savedAt : null,
      recorded: formsRecorded,
    }),
    formsRecorded,
    feedback: feedback
      ? {
          answers: parseFeedback(feedback.answers),
          comment: feedback.comment,
          enteredBy: feedback.enteredByRole,
          seq: feedback.seq,
          savedAt: feedback.savedAt,
          // The candidate's mark read as given on the decision signed again.
          onEarlierDecision: feedbackOnEarlierDecision(feedback.savedAt, signature?.signedAt ?? null),
        }
      : null,
    appeal: appeal
      ? {
          processExplained: appeal.processExplained === 1,
          discussedWithAssessor: appeal.discussedWithAssessor === 1,
          involveOther: appeal.involveOther === 1,
          reasons: appeal.reasons,
          seq: appeal.seq,
          savedAt: appeal.savedAt,
        }
      : null,
    lastSeq: records.lastSeq(db, seatKey),
  };
}
