import { OPTION_LETTERS } from '../../shared/cbt';
import { AppError } from '../../shared/errors';
import type { KeyCorrection, KeyCorrectionAction, KeyCorrectionBlock, KeyCorrectionView } from '../../shared/key-corrections';
import type { Principal } from '../../shared/roles';
import type { TukZone } from '../../shared/time-zones';
import { appendAudit } from '../audit/log';
import { sessionKey, type SessionKey } from '../cbt/key-corrections';
import { itemOrderOf, loadPaper } from '../cbt/paper';
import { countsForCandidate } from '../cbt/scoring';
import type { Db } from '../db/open';
import * as content from '../db/queries/assessment-content';
import * as q from '../db/queries/key-corrections';
import { keyedMultipleChoice } from '../db/queries/scoring';

/*
 * Who corrects a key: the session's assessor, where the exam day is held. The assessor judges the evidence
 * and signs the recommendation that rests on it, so a key changed under them is a change to their judgement;
 * and the TUK's results are what the LSP receives, so a correction made there travels with them.
 * The LSP admin may not (the contract admits assessors only): at the office the session's records are the
 * TUK's, come in a results bundle, and a correction made there would never reach the TUK, which would go on
 * scoring by the old key and send it again. An LSP that finds a bad key tells the session's assessor, who
 * unlocks what is signed and corrects it at the TUK; the bank's question is fixed for later sessions at the LSP.
 */

/** Why this caller cannot correct the session's key here (nor withdraw a correction), or null. The session must exist. */
function blockOf(db: Db, principal: Principal, sessionId: string): KeyCorrectionBlock | null {
  if (principal.role !== 'assessor' || !principal.assessorId || !q.isSessionAssessor(db, sessionId, principal.assessorId)) return 'KEY_CORRECTION_NOT_ASSESSOR';
  if (q.examDayElsewhere(db, sessionId)) return 'KEY_CORRECTION_NOT_HERE';
  return null;
}

/**
 * Whether a signed FR.AK.02 counts the question so that a correction would change it: their paper holds it. A
 * candidate who never started the test (absent, no paper) answered nothing a key could make right or wrong, so
 * their signature does not stand in the way (it did, and an assessor had to unlock and sign again every absentee).
 */
const signedOnPaper = (question: { itemId: string; status: string }, paper: ReadonlySet<string> | null): boolean => paper !== null && countsForCandidate(question, paper);

/** The candidates whose signed FR.AK.02 counts the question (signedOnPaper). */
function signedCounting(db: Db, sessionId: string, question: { itemId: string; status: string }): string[] {
  return q
    .signedSeats(db, sessionId)
    .filter((s) => signedOnPaper(question, s.itemOrder === null ? null : new Set(itemOrderOf({ itemOrder: s.itemOrder }))))
    .map((s) => s.name);
}

function sessionOrThrow(db: Db, sessionId: string): { schemeId: string; tukZone: TukZone | null } {
  const header = content.sessionHeader(db, sessionId);
  if (!header) throw new AppError('NOT_FOUND', { what: 'session' });
  return header;
}

/**
 * The session's multiple-choice questions (those on some candidate's paper, or any approved one while a seat
 * has none), with their key and corrections, for the assessor's key-correction view. LSP staff read it too.
 */
export function keyCorrectionView(db: Db, principal: Principal, sessionId: string): KeyCorrectionView {
  const { schemeId, tukZone } = sessionOrThrow(db, sessionId);
  if (principal.role === 'assessor' && (!principal.assessorId || !q.isSessionAssessor(db, sessionId, principal.assessorId))) {
    throw new AppError('FORBIDDEN', { role: principal.role });
  }
  const key = sessionKey(db, sessionId);
  const papers = q.sessionPapers(db, sessionId).map((p) => (p.itemOrder === null ? null : new Set(itemOrderOf({ itemOrder: p.itemOrder }))));
  const signed = q.signedSeats(db, sessionId).map((s) => ({ name: s.name, paper: s.itemOrder === null ? null : new Set(itemOrderOf({ itemOrder: s.itemOrder })) }));
  const paper = loadPaper(db, schemeId);
  const questions: KeyCorrectionView['questions'] = [];
  for (const row of keyedMultipleChoice(db, schemeId)) {
    if (!papers.some((p) => countsForCandidate(row, p))) continue;
    questions.push({
      itemId: row.itemId,
      ref: row.ref,
      ordinal: row.ordinal,
      prompt: paper.get(row.itemId)?.prompt ?? { id: '', en: '' },
      options: paper.get(row.itemId)?.options ?? [],
      correct: row.correct,
      annulled: key.annulled.has(row.itemId),
      accepted: [...(key.accepted.get(row.itemId) ?? [])].sort((a, b) => a - b),
      signedBy: signed.filter((s) => signedOnPaper(row, s.paper)).map((s) => s.name),
    });
  }
  return {
    sessionId,
    tukZone,
    blocked: blockOf(db, principal, sessionId),
    questions,
    corrections: recordedCorrections(key),
  };
}

/** The session's corrections as the screens list them (the workspace's view, the LSP's results review). */
export function recordedCorrections(key: SessionKey): KeyCorrection[] {
  return key.history.map((r) => ({
    itemId: r.itemId,
    ref: r.ref,
    action: r.action,
    acceptedOption: r.acceptedOption,
    reason: r.reason,
    by: r.assessorName,
    at: r.correctedAt,
    withdrawal: r.withdrawal,
  }));
}

/**
 * A correction is named by what it did and when (its withdrawal names it so, here and in the results bundle): the same
 * correction made again after its withdrawal, in the same millisecond, is dated one later, so the two stay apart.
 */
function unusedTime(taken: readonly string[], now: Date): string {
  let t = now.getTime();
  while (taken.includes(new Date(t).toISOString())) t += 1;
  return new Date(t).toISOString();
}

/** A correction to make, or the one to withdraw (named by what it did): the contract's keyCorrectionArgs. */
export type KeyCorrectionInput = { sessionId: string; itemId: string; action: KeyCorrectionAction; option: number | null; reason: string };

/** A new correction's refusals in its own words (a withdrawal has its own, WITHDRAWAL_BLOCK). */
const CORRECTION_BLOCK = {
  KEY_CORRECTION_NOT_HERE: 'KEY_CORRECTION_NOT_HERE',
  KEY_CORRECTION_NOT_ASSESSOR: 'KEY_CORRECTION_NOT_ASSESSOR',
} as const satisfies Record<KeyCorrectionBlock, string>;

/** Its own words for each refusal a new correction would meet: the same rule, said of a withdrawal. */
const WITHDRAWAL_BLOCK = {
  KEY_CORRECTION_NOT_HERE: 'KEY_WITHDRAWAL_NOT_HERE',
  KEY_CORRECTION_NOT_ASSESSOR: 'KEY_WITHDRAWAL_NOT_ASSESSOR',
} as const satisfies Record<KeyCorrectionBlock, string>;

/**
 * The session's question a correction (or its withdrawal) changes, once the caller may change its key here:
 * anyone but the session's assessor is FORBIDDEN with the reason, elsewhere than the exam day's computer refused,
 * each in `words`.
 */
function questionToChange(db: Db, principal: Principal, input: KeyCorrectionInput, words: typeof CORRECTION_BLOCK | typeof WITHDRAWAL_BLOCK) {
  sessionOrThrow(db, input.sessionId);
  const block = blockOf(db, principal, input.sessionId);
  if (block === 'KEY_CORRECTION_NOT_ASSESSOR') throw new AppError('FORBIDDEN', { role: principal.role }, undefined, [{ code: words[block], params: {} }]);
  if (block) throw new AppError(words[block]);
  const question = q.sessionQuestion(db, input.sessionId, input.itemId);
  if (!question) throw new AppError('NOT_FOUND', { what: 'item' });
  return question;
}

/** Refused (with `code`, naming them) while a signed FR.AK.02 counts the question: its scores would change behind the signature. */
function refuseIfSigned(db: Db, sessionId: string, question: { itemId: string; status: string; ref: string }, code: 'KEY_CORRECTION_SIGNED' | 'KEY_WITHDRAWAL_SIGNED'): void {
  const signed = signedCounting(db, sessionId, question);
  if (signed.length > 0) throw new AppError(code, { question: question.ref, count: signed.length, candidates: signed.join(', ') });
}

/**
 * Records one correction of a multiple-choice key for the whole session, inside a write transaction. Refused
 * once a signed recommendation counts the question: the scores it rests on would change behind the
 * signature; unlocking it (with its reason) comes first, as for any change to a signed record.
 */
export function correctKey(db: Db, principal: Principal, input: KeyCorrectionInput, now: Date): KeyCorrectionView {
  const question = questionToChange(db, principal, input, CORRECTION_BLOCK);
  const key = sessionKey(db, input.sessionId);
  if (key.annulled.has(question.itemId)) throw new AppError('KEY_CORRECTION_ANNULLED', { question: question.ref });
  let option: number | null = null;
  if (input.action === 'accept') {
    if (input.option === null || input.option >= question.options) throw new AppError('KEY_CORRECTION_NO_OPTION', { question: question.ref });
    if (input.option === question.correct || key.accepted.get(question.itemId)?.has(input.option)) {
      throw new AppError('KEY_CORRECTION_ALREADY_CORRECT', { question: question.ref, option: OPTION_LETTERS[input.option] ?? String(input.option) });
    }
    option = input.option;
  }
  refuseIfSigned(db, input.sessionId, question, 'KEY_CORRECTION_SIGNED');
  const assessorId = principal.assessorId ?? '';
  const correctedAt = unusedTime(
    key.history.filter((r) => r.itemId === question.itemId && r.action === input.action && r.acceptedOption === option).map((r) => r.correctedAt),
    now,
  );
  q.insertCorrection(db, { sessionId: input.sessionId, itemId: question.itemId, action: input.action, acceptedOption: option, reason: input.reason, assessorId, correctedAt });
  appendAudit(
    db,
    principal,
    {
      action: 'assessment.keyCorrected',
      entity: 'session',
      entityId: input.sessionId,
      details: { action: input.action, itemId: question.itemId, question: question.ref, option: option === null ? null : (OPTION_LETTERS[option] ?? String(option)), reason: input.reason },
    },
    now,
  );
  return keyCorrectionView(db, principal, input.sessionId);
}

/**
 * Withdraws a correction made by mistake (the wrong question annulled, the wrong option accepted), inside a write
 * transaction: the key reads as it did without it for every reader (FR.IA.05, the unit counts, the suggestion's
 * evidence, the LSP's review), and the printed FR.IA.05 no longer states it. Refused exactly where a new correction
 * would be, for the same reasons: it changes the same scores. The correction's row stays, with its withdrawal beside
 * it (migration 032 says why), and both travel in the results bundle.
 */
export function withdrawKeyCorrection(db: Db, principal: Principal, input: KeyCorrectionInput, now: Date): KeyCorrectionView {
  const question = questionToChange(db, principal, input, WITHDRAWAL_BLOCK);
  const option = input.action === 'accept' ? input.option : null;
  const correction = sessionKey(db, input.sessionId).rows.find((r) => r.itemId === question.itemId && r.action === input.action && r.acceptedOption === option);
  if (!correction || (input.action === 'accept' && option === null)) throw new AppError('KEY_WITHDRAWAL_NONE', { question: question.ref });
  refuseIfSigned(db, input.sessionId, question, 'KEY_WITHDRAWAL_SIGNED');
  q.insertWithdrawal(db, {
    sessionId: input.sessionId,
    itemId: question.itemId,
    action: correction.action,
    acceptedOption: correction.acceptedOption,
    correctedAt: correction.correctedAt,
    reason: input.reason,
    assessorId: principal.assessorId ?? '',
    withdrawnAt: now.toISOString(),
  });
  appendAudit(
    db,
    principal,
    {
      action: 'assessment.keyCorrectionWithdrawn',
      entity: 'session',
      entityId: input.sessionId,
      details: {
        action: correction.action,
        itemId: question.itemId,
        question: question.ref,
        option: option === null ? null : (OPTION_LETTERS[option] ?? String(option)),
        correctedAt: correction.correctedAt,
        correctedBy: correction.assessorName,
        reason: input.reason,
      },
    },
    now,
  );
  return keyCorrectionView(db, principal, input.sessionId);
}
