import type { AuditHeadNote, AuditHeadSummary } from '../../shared/types';
import type { AuditHeadRow } from '../db/queries/audit-heads';
import { sign, verifySignature } from '../keys/installation';
import type { PrivateKeys } from '../keys/installation';

/**
 * What a signed head says: "installation I's audit chain had row `seq` with hash `hash` when I signed
 * head number `n`". `n` only grows, so of two valid heads the later one is known without trusting a
 * clock. `notes` carry, from head to head, what the chain went through that a later head alone would
 * hide: rows found unsigned at start-up, a restore, a chain that contradicted its head.
 */
export type HeadPayload = Omit<AuditHeadSummary, 'fingerprint'> & {
  format: 'ruang-uji-audit-head';
  formatVersion: 1;
  notes: AuditHeadNote[];
};

/** Domain separation: a head signature can never be replayed as a bundle manifest's, or the reverse. */
const DOMAIN = 'ruang-uji/audit-head/v1\n';

/** Notes kept in a head; the oldest go first, and verify says how many were dropped. */
export const MAX_NOTES = 100;

function signedBytes(payload: string): Buffer {
  return Buffer.from(DOMAIN + payload, 'utf8');
}

export function signHead(payload: HeadPayload, keys: Pick<PrivateKeys, 'signingPublic' | 'signingKey'>): AuditHeadRow {
  const text = JSON.stringify(payload);
  return {
    installationId: payload.installationId,
    n: payload.n,
    seq: payload.seq,
    hash: payload.hash,
    signedAt: payload.signedAt,
    reason: payload.reason,
    signingPublic: keys.signingPublic,
    payload: text,
    signature: sign(signedBytes(text), keys.signingKey),
  };
}

/**
 * The payload of a head whose signature verifies with `signingPublic` and whose columns say what the
 * payload says (the columns are only there for queries); null for anything else.
 */
export function openHead(row: AuditHeadRow, signingPublic: string): HeadPayload | null {
  if (!verifySignature(signedBytes(row.payload), row.signature, signingPublic)) return null;
  let p: HeadPayload;
  try {
    p = JSON.parse(row.payload) as HeadPayload;
  } catch {
    return null;
  }
  if (p.format !== 'ruang-uji-audit-head' || p.formatVersion !== 1 || !Array.isArray(p.notes)) return null;
  if (p.installationId !== row.installationId || p.n !== row.n || p.seq !== row.seq || p.hash !== row.hash) return null;
  return p;
}
