import type { Db } from '../open';
import { sql } from '../statements';

export type SchemePolicyRow = {
  lsp_id: string;
  scheme_code: string;
  test_duration_minutes: number | null;
  pass_hint_percent: number | null;
  certificate_validity_years: number | null;
  kbli_code: string | null;
};

export const schemePolicyRow = (db: Db, lspId: string, schemeCode: string) =>
  sql<[string, string], SchemePolicyRow>(db, 'SELECT * FROM scheme_policy WHERE lsp_id = ? AND scheme_code = ?').get(lspId, schemeCode);

/** The pass hint for the scheme a session runs (the session's LSP and its scheme's code). */
export const passHintOfSession = (db: Db, sessionId: string): number | null =>
  sql<[string], { pass_hint_percent: number | null }>(
    db,
    `SELECT sp.pass_hint_percent FROM session s JOIN scheme sc ON sc.id = s.scheme_id
       JOIN scheme_policy sp ON sp.lsp_id = s.lsp_id AND sp.scheme_code = sc.code WHERE s.id = ?`,
  ).get(sessionId)?.pass_hint_percent ?? null;

export function upsertSchemePolicy(db: Db, row: SchemePolicyRow): void {
  sql<[SchemePolicyRow]>(
    db,
    `INSERT INTO scheme_policy (lsp_id, scheme_code, test_duration_minutes, pass_hint_percent, certificate_validity_years, kbli_code)
     VALUES (@lsp_id, @scheme_code, @test_duration_minutes, @pass_hint_percent, @certificate_validity_years, @kbli_code)
     ON CONFLICT (lsp_id, scheme_code) DO UPDATE SET test_duration_minutes = excluded.test_duration_minutes,
       pass_hint_percent = excluded.pass_hint_percent, certificate_validity_years = excluded.certificate_validity_years, kbli_code = excluded.kbli_code`,
  ).run(row);
}
