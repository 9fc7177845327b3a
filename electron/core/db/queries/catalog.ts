import type { SchemeKind, SchemeSummary } from '../../../shared/types';
import type { Db } from '../open';
import { sql } from '../statements';

type SchemeRow = {
  id: string;
  code: string;
  version: number;
  titleId: string;
  titleEn: string | null;
  kind: SchemeKind;
  skkni: string;
  unitCount: number;
  elementCount: number;
  kukCount: number;
  mc: number;
  essay: number;
  oral: number;
  supporting: number;
  observation: number;
};

/** The latest version of each scheme code: an edit of a frozen scheme adds a version, not a scheme. */
export function listSchemes(db: Db, lspId: string): SchemeSummary[] {
  const rows = sql<[string], SchemeRow>(
    db,
    `SELECT s.id, s.code, s.version, s.title_id AS titleId, s.title_en AS titleEn, s.kind, s.skkni,
       (SELECT count(*) FROM unit u WHERE u.scheme_id = s.id) AS unitCount,
       (SELECT count(*) FROM element e JOIN unit u ON u.id = e.unit_id WHERE u.scheme_id = s.id) AS elementCount,
       (SELECT count(*) FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id
          WHERE u.scheme_id = s.id) AS kukCount,
       (SELECT count(*) FROM item i WHERE i.scheme_id = s.id AND i.kind = 'multiple_choice' AND i.status = 'approved') AS mc,
       (SELECT count(*) FROM item i WHERE i.scheme_id = s.id AND i.kind = 'essay' AND i.status = 'approved') AS essay,
       (SELECT count(*) FROM item i WHERE i.scheme_id = s.id AND i.kind = 'oral' AND i.status = 'approved') AS oral,
       (SELECT count(*) FROM item i WHERE i.scheme_id = s.id AND i.kind = 'supporting' AND i.status = 'approved') AS supporting,
       (SELECT count(*) FROM observation_item o WHERE o.scheme_id = s.id AND o.status = 'approved') AS observation
     FROM scheme s WHERE s.lsp_id = ?
       AND NOT EXISTS (SELECT 1 FROM scheme n WHERE n.lsp_id = s.lsp_id AND n.code = s.code AND n.version > s.version)
     ORDER BY s.code`,
  ).all(lspId);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    version: r.version,
    title: { id: r.titleId, en: r.titleEn },
    kind: r.kind,
    skkni: r.skkni,
    unitCount: r.unitCount,
    elementCount: r.elementCount,
    kukCount: r.kukCount,
    items: { multiple_choice: r.mc, essay: r.essay, oral: r.oral, supporting: r.supporting, observation: r.observation },
  }));
}

/**
 * The LSP's registry and sessions, counted for its home up to `cap` + 1 as the lists count (a count past
 * the cap reads as "more than"): counting 200,000 candidates exactly took ~10 ms of every home load.
 */
export function countRecords(db: Db, lspId: string, cap: number): { assessors: number; candidates: number; tuks: number; sessions: number } {
  const upTo = (table: string) => `(SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE lsp_id = @lspId LIMIT @fetch))`;
  return (
    sql<[{ lspId: string; fetch: number }], { assessors: number; candidates: number; tuks: number; sessions: number }>(
      db,
      `SELECT ${upTo('assessor')} AS assessors, ${upTo('candidate')} AS candidates, ${upTo('tuk')} AS tuks, ${upTo('session')} AS sessions`,
    ).get({ lspId, fetch: cap + 1 }) ?? { assessors: 0, candidates: 0, tuks: 0, sessions: 0 }
  );
}

export function findAssessor(
  db: Db,
  id: string,
): { id: string; name: string; metNumber: string; metExpiresOn: string; techCertExpiresOn: string | null } | undefined {
  return sql<[string], { id: string; name: string; metNumber: string; metExpiresOn: string; techCertExpiresOn: string | null }>(
    db,
    `SELECT id, name, met_number AS metNumber, met_expires_on AS metExpiresOn, tech_cert_expires_on AS techCertExpiresOn
     FROM assessor WHERE id = ?`,
  ).get(id);
}

export function findCandidate(db: Db, id: string): { id: string; participantNo: string; name: string; lspId: string } | undefined {
  return sql<[string], { id: string; participantNo: string; name: string; lspId: string }>(
    db,
    'SELECT id, participant_no AS participantNo, name, lsp_id AS lspId FROM candidate WHERE id = ?',
  ).get(id);
}
