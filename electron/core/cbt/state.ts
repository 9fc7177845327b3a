import { AppError } from '../../shared/errors';
import type { CbtAgreement, CbtItem, CbtState } from '../../shared/cbt';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import { findCandidate } from '../db/queries/catalog';
import * as run from '../db/queries/exam-run';
import { agreementEvidence } from './agreement-evidence';
import type { Seat } from './attempt';
import { examSessionOrThrow } from './attempt';
import { choiceMapping, itemOrderOf, loadPaper } from './paper';
import { clockOf } from './timing';

export function agreementFor(db: Db, seat: Seat, attempt = attempts.findAttempt(db, seat.sessionId, seat.candidateId)): CbtAgreement {
  const session = examSessionOrThrow(db, seat.sessionId);
  const candidate = findCandidate(db, seat.candidateId);
  const assessor = run.seatAssessor(db, seat.sessionId, seat.candidateId);
  if (!candidate || !assessor) throw new AppError('NOT_IN_SESSION');
  return {
    candidateName: candidate.name,
    participantNo: candidate.participantNo,
    schemeCode: session.schemeCode,
    schemeTitle: { id: session.schemeTitleId, en: session.schemeTitleEn },
    sessionTitle: { id: session.titleId, en: session.titleEn },
    tukName: session.tukName,
    tukType: session.tukType,
    date: session.date,
    startTime: session.startTime,
    // Once accepted, the duration the candidate agreed to and their clock runs on (attempt.duration_seconds),
    // which a session bundle re-planned afterwards does not change; before, the session's as it now stands.
    durationMinutes: attempt ? Math.round(attempt.durationSeconds / 60) : session.durationMinutes,
    assessorName: assessor.name,
    assessorMet: assessor.metNumber,
    evidence: agreementEvidence(db, session.schemeId),
  };
}

/**
 * Everything the candidate's screen needs, and nothing more: no key, no expected answer, no score,
 * nobody else's data. Options arrive in this candidate's order and answers in displayed positions.
 */
export function candidateState(db: Db, seat: Seat, now: Date): CbtState {
  const attempt = attempts.findAttempt(db, seat.sessionId, seat.candidateId);
  const agreement = agreementFor(db, seat, attempt);
  const base = { sessionId: seat.sessionId, agreement };
  if (!attempt) {
    return { ...base, phase: 'agreement', agreedAt: null, items: [], answers: [], position: 0, lastSeq: 0, clock: null, submitted: null };
  }
  if (attempt.submittedAt && attempt.submitReason && attempt.receipt) {
    return {
      ...base,
      phase: 'submitted',
      agreedAt: attempt.agreedAt,
      items: [],
      answers: [],
      position: attempt.position,
      lastSeq: attempts.lastSeq(db, attempt.id),
      clock: null,
      submitted: { at: attempt.submittedAt, receipt: attempt.receipt, reason: attempt.submitReason },
    };
  }

  const paper = loadPaper(db, examSessionOrThrow(db, seat.sessionId).schemeId);
  const mappings = new Map<string, ReturnType<typeof choiceMapping>>();
  const items: CbtItem[] = [];
  for (const itemId of itemOrderOf(attempt)) {
    const item = paper.get(itemId);
    if (!item) continue;
    const mapping = choiceMapping(attempt, item);
    mappings.set(itemId, mapping);
    const options = item.kind === 'multiple_choice' ? mapping.toOriginal : [];
    const optionImages = options.map((orig) => item.optionImages[orig] ?? []);
    const hasImages = item.stemImages.length > 0 || optionImages.some((list) => list.length > 0);
    items.push({
      itemId,
      number: items.length + 1,
      kind: item.kind,
      prompt: item.prompt,
      options: options.map((orig) => item.options[orig]),
      // Images follow their option into this candidate's order.
      ...(hasImages ? { images: { stem: item.stemImages, options: optionImages } } : {}),
    });
  }
  const answers = attempts.listAnswers(db, attempt.id).map((a) => ({
    itemId: a.itemId,
    choice: a.choice === null ? null : (mappings.get(a.itemId)?.toDisplayed.get(a.choice) ?? null),
    text: a.text,
    doubtful: a.doubtful === 1,
    seq: a.seq,
  }));
  return {
    ...base,
    phase: 'test',
    agreedAt: attempt.agreedAt,
    items,
    answers,
    position: attempt.position,
    lastSeq: attempts.lastSeq(db, attempt.id),
    clock: clockOf(attempt, now),
    submitted: null,
  };
}
