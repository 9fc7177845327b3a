import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import * as q from '../db/queries/session-handover';
import { latestSessionBundle } from '../db/queries/bundles';
import { readLinesSync } from './lines';
import type { Manifest } from './manifest';

/**
 * A newer session bundle for a session this TUK already holds is the LSP's re-planned session (issue 16).
 * Before the day has answers it replaces the plan; once any candidate of the session has saved an answer
 * here the TUK keeps what it runs, and the bundle is refused (checked at preview and again in apply).
 */
export function checkReplan(db: Db, m: Manifest): void {
  if (m.kind !== 'session' || !m.session || latestSessionBundle(db, m.session.id) === null) return;
  if (q.sessionHasAnswers(db, m.session.id)) throw new AppError('BUNDLE_SESSION_ANSWERED', { session: m.session.code });
}

function stagedKeys(stagingDir: string, table: string, column: string, sessionId: string): Set<string> {
  const keys = new Set<string>();
  for (const line of readLinesSync(path.join(stagingDir, `data/${table}.ndjson`))) {
    if (!line) continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    if (row.session_id === sessionId && typeof row[column] === 'string') keys.add(row[column]);
  }
  return keys;
}

/**
 * After the merge (which adds and replaces, never removes): the seats and planned assessors the newer
 * plan no longer names leave the session. A seat the exam day already names (an attempt, attendance) stays.
 */
export function pruneReplanned(db: Db, stagingDir: string, m: Manifest): void {
  if (m.kind !== 'session' || !m.session) return;
  const sessionId = m.session.id;
  const seats = stagedKeys(stagingDir, 'session_candidate', 'candidate_id', sessionId);
  for (const candidateId of q.seatedCandidates(db, sessionId)) if (!seats.has(candidateId)) q.deleteUnusedSeat(db, sessionId, candidateId);
  const assessors = stagedKeys(stagingDir, 'session_assessor', 'assessor_id', sessionId);
  for (const assessorId of q.plannedAssessors(db, sessionId)) if (!assessors.has(assessorId)) q.deleteSessionAssessor(db, sessionId, assessorId);
}
