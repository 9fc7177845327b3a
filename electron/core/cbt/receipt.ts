import crypto from 'node:crypto';
import type { AnswerRow } from '../db/queries/attempts';

// Crockford's base32: no I, L, O, U, so a receipt copied by hand reads back unambiguously.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short hash of the submitted answers that the candidate writes down; it changes if any answer does. */
export function receiptCode(attemptId: string, answers: readonly AnswerRow[]): string {
  const canonical = JSON.stringify([
    attemptId,
    [...answers]
      .sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0))
      .map((a) => [a.itemId, a.choice, a.text, a.doubtful]),
  ]);
  const digest = crypto.createHash('sha256').update(canonical).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 7; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
