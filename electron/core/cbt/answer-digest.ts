import crypto from 'node:crypto';
import type { AnswerRow } from '../db/queries/attempts';

/**
 * What a save's audit row records of the answer it stored: a hash of every stored column, so that an
 * answer edited in the database while the app is stopped no longer matches its row in the hash-chained
 * log (audit/answer-ledger.ts compares them). 128 bits: each of a year's million save rows carries it.
 */
export function answerDigest(a: AnswerRow): string {
  const canonical = JSON.stringify([a.itemId, a.choice, a.text, a.doubtful, a.seq, a.savedAt]);
  return crypto.createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
