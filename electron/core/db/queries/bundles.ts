import type { Db } from '../open';
import { sql } from '../statements';

export type SessionScope = {
  sessionId: string;
  sessionCode: string;
  sessionTitle: string;
  lspId: string;
  lspCode: string;
  lspName: string;
  tukId: string;
  tukCode: string;
  tukName: string;
  schemeId: string;
};

export function sessionScope(db: Db, sessionId: string): SessionScope | undefined {
  return sql<[string], SessionScope>(
    db,
    `SELECT s.id AS sessionId, s.code AS sessionCode, s.title_id AS sessionTitle, l.id AS lspId, l.code AS lspCode,
       l.name AS lspName, t.id AS tukId, t.code AS tukCode, t.name AS tukName, s.scheme_id AS schemeId
     FROM session s JOIN lsp l ON l.id = s.lsp_id JOIN tuk t ON t.id = s.tuk_id WHERE s.id = ?`,
  ).get(sessionId);
}

export type SessionPlanHere = { date: string; startTime: string; durationMinutes: number; cancelledAt: string | null; cancelReason: string | null };

/** A session's day, start and cancellation on this computer, for a session bundle's preview. */
export function sessionPlanHere(db: Db, sessionId: string): SessionPlanHere | undefined {
  return sql<[string], SessionPlanHere>(
    db,
    'SELECT date, start_time AS startTime, duration_minutes AS durationMinutes, cancelled_at AS cancelledAt, cancel_reason AS cancelReason FROM session WHERE id = ?',
  ).get(sessionId);
}

/** A session's title in both languages, for a bundle's preview (the manifest carries one). */
export function sessionTitle(db: Db, sessionId: string): { id: string; en: string | null } | undefined {
  return sql<[string], { id: string; en: string | null }>(db, 'SELECT title_id AS id, title_en AS en FROM session WHERE id = ?').get(sessionId);
}

/** The candidates seated in a session here, for the preview's "no longer in the plan". */
export function seatedPeople(db: Db, sessionId: string): { id: string; participantNo: string; name: string }[] {
  return sql<[string], { id: string; participantNo: string; name: string }>(
    db,
    `SELECT c.id, c.participant_no AS participantNo, c.name FROM session_candidate x JOIN candidate c ON c.id = x.candidate_id
     WHERE x.session_id = ? ORDER BY c.participant_no`,
  ).all(sessionId);
}

/** A TUK's name by id (the TUK a station serves). */
export function tukName(db: Db, tukId: string): string | undefined {
  return sql<[string], { name: string }>(db, 'SELECT name FROM tuk WHERE id = ?').get(tukId)?.name;
}

export function lspByCode(db: Db, code: string): { id: string } | undefined {
  return sql<[string], { id: string }>(db, 'SELECT id FROM lsp WHERE code = ?').get(code);
}

export function isImported(db: Db, bundleId: string): boolean {
  return sql<[string], { n: number }>(db, 'SELECT count(*) AS n FROM bundle_import WHERE bundle_id = ?').get(bundleId)!.n > 0;
}

/** The newest bundle of this kind already taken from this source for this session. */
export function newestImport(db: Db, source: string, kind: string, sessionId: string | null): string | null {
  return (
    sql<[string, string, string | null], { at: string | null }>(
      db,
      'SELECT max(created_at) AS at FROM bundle_import WHERE source_installation_id = ? AND kind = ? AND session_id IS ?',
    ).get(source, kind, sessionId)?.at ?? null
  );
}

export function latestSessionBundle(db: Db, sessionId: string): string | null {
  return (
    sql<[string], { id: string }>(
      db,
      "SELECT bundle_id AS id FROM bundle_import WHERE kind = 'session' AND session_id = ? ORDER BY created_at DESC LIMIT 1",
    ).get(sessionId)?.id ?? null
  );
}

export function recordImport(
  db: Db,
  r: { bundleId: string; kind: string; source: string; sessionId: string | null; createdAt: string; importedAt: string; manifestSha256: string; summary: string },
): void {
  sql<[typeof r]>(
    db,
    `INSERT INTO bundle_import (bundle_id, kind, source_installation_id, session_id, created_at, imported_at, manifest_sha256, summary)
     VALUES (@bundleId, @kind, @source, @sessionId, @createdAt, @importedAt, @manifestSha256, @summary)`,
  ).run(r);
}

export function recordConflict(db: Db, r: { bundleId: string; table: string; key: string; reason: string; incoming: string; at: string }): void {
  sql<[typeof r]>(
    db,
    `INSERT INTO bundle_conflict (bundle_id, table_name, row_key, reason, incoming, recorded_at)
     VALUES (@bundleId, @table, @key, @reason, @incoming, @at)`,
  ).run(r);
}

export function countCatalogue(db: Db): number {
  return sql<[], { n: number }>(db, 'SELECT (SELECT count(*) FROM lsp) + (SELECT count(*) FROM account) AS n').get()!.n;
}

/** Installations whose whole (not partial) results for this session were imported here. */
export function fullResultSources(db: Db, sessionId: string): string[] {
  return sql<[string], { source: string }>(
    db,
    `SELECT DISTINCT source_installation_id AS source FROM bundle_import
     WHERE kind = 'results' AND session_id = ? AND json_extract(summary, '$.partial') IS NULL`,
  )
    .all(sessionId)
    .map((r) => r.source);
}

/** The session bundle was received here (a TUK, a lab PC) or exported from here (the LSP) for this session. */
export function knowsSessionBundle(db: Db, bundleId: string, sessionId: string): boolean {
  return (
    sql<[string, string, string, string], { n: number }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM bundle_import WHERE bundle_id = ? AND kind = 'session' AND session_id = ?)
        OR EXISTS (SELECT 1 FROM audit_log WHERE action = 'bundle.export' AND entity_id = ?
          AND json_extract(details, '$.kind') = 'session' AND json_extract(details, '$.session') = (SELECT code FROM session WHERE id = ?)) AS n`,
    ).get(bundleId, sessionId, bundleId, sessionId)!.n === 1
  );
}

export function isBlobReferenced(db: Db, sha256: string): boolean {
  return sql<[string], { n: number }>(db, 'SELECT EXISTS (SELECT 1 FROM attachment WHERE sha256 = ?) AS n').get(sha256)!.n === 1;
}

/** Candidates by id, in participant-number order, as a preview names them. */
export function candidatesNamed(db: Db, ids: readonly string[]): { participantNo: string; name: string }[] {
  return sql<[string], { participantNo: string; name: string }>(
    db,
    'SELECT participant_no AS participantNo, name FROM candidate WHERE id IN (SELECT value FROM json_each(?)) ORDER BY participant_no',
  ).all(JSON.stringify(ids));
}

export type SeatedCandidate = { participantNo: string; name: string; lspId: string };

/** A candidate seated in a session, with what their sign-in account is made from (results import: card-accounts.ts). */
export function seatedCandidate(db: Db, sessionId: string, candidateId: string): SeatedCandidate | undefined {
  return sql<[string, string], SeatedCandidate>(
    db,
    `SELECT c.participant_no AS participantNo, c.name, c.lsp_id AS lspId
     FROM session_candidate sc JOIN candidate c ON c.id = sc.candidate_id WHERE sc.session_id = ? AND sc.candidate_id = ?`,
  ).get(sessionId, candidateId);
}
