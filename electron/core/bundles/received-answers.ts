import type { AnswersNotAsSaved } from '../../shared/types';
import { answerLedger, compareByAttempt, type AnswerLedger } from '../audit/answer-ledger';
import type { Db } from '../db/open';
import { receivedSaveRows, sessionAttempts } from '../db/queries/answer-checks';

/**
 * A results bundle's answers against the saves the TUK's own log recorded (both in the bundle, read here
 * after the merge): a candidate whose answers were changed in the TUK's database outside the app is
 * named before the LSP applies the bundle and before the pleno decides on it. The signature vouches for
 * the station, not for what someone did to its files while the app was stopped.
 */
export function answersNotAsSaved(db: Db, sessionId: string): AnswersNotAsSaved[] {
  const attempts = sessionAttempts(db, sessionId);
  if (attempts.length === 0) return [];
  const ledgers = new Map<string, AnswerLedger>();
  for (const row of receivedSaveRows(db, attempts.map((a) => a.attemptId))) {
    let ledger = ledgers.get(row.source);
    if (!ledger) ledgers.set(row.source, (ledger = answerLedger()));
    ledger.push(row);
  }
  const counts = new Map<string, number>();
  for (const ledger of ledgers.values()) {
    for (const { attemptId } of compareByAttempt(db, ledger, { complete: false })) counts.set(attemptId, (counts.get(attemptId) ?? 0) + 1);
  }
  return attempts.flatMap((a) => (counts.has(a.attemptId) ? [{ participantNo: a.participantNo, name: a.name, answers: counts.get(a.attemptId)! }] : []));
}
