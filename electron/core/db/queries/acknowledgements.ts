import type { Db } from '../open';
import { sql } from '../statements';

// The candidate's acknowledgement of a signed FR.AK.02 (migration 009), one per signature, which it
// names by its natural key (session, candidate, assessor, signed_at).

export type AcknowledgedSignature = { sessionId: string; candidateId: string; assessorId: string; signedAt: string };

export function acknowledgedAt(db: Db, s: AcknowledgedSignature): string | undefined {
  return sql<[AcknowledgedSignature], { at: string }>(
    db,
    `SELECT acknowledged_at AS at FROM assessment_acknowledgement
     WHERE session_id = @sessionId AND candidate_id = @candidateId AND assessor_id = @assessorId AND signed_at = @signedAt`,
  ).get(s)?.at;
}

export function insertAcknowledgement(db: Db, s: AcknowledgedSignature, at: string): void {
  sql<[AcknowledgedSignature & { at: string }]>(
    db,
    `INSERT INTO assessment_acknowledgement (session_id, candidate_id, assessor_id, signed_at, acknowledged_at)
     VALUES (@sessionId, @candidateId, @assessorId, @signedAt, @at)`,
  ).run({ ...s, at });
}
