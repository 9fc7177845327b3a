import crypto from 'node:crypto';

/** Random ids, so records made at different installations never collide when bundles merge. */
export function newId(): string {
  return crypto.randomUUID();
}

/**
 * A candidate's one sign-in account has the same id wherever it is made: at the LSP (session passwords,
 * an APL.02 sign-in) and at a TUK whose session bundle came before the passwords (exam/issueCard). The
 * LSP's later bundle then lands on the TUK's account instead of clashing with it (username and
 * candidate_id are unique). UUID-shaped, version 8 (RFC 9562's own-hash kind), from SHA-256 of the
 * candidate id, itself random; the prefix keeps it apart from any other id derived the same way.
 */
export function candidateAccountId(candidateId: string): string {
  const b = crypto.createHash('sha256').update(`ruang-uji:candidate-account:${candidateId}`).digest().subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x80;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
