/** Observation benchmarks (FR.IA.01, `observation_item`): one live benchmark per KUK, kept with its history. */
import type { Db } from '../open';
import { sql } from '../statements';

export type BenchmarkRow = {
  id: string;
  scheme_id: string;
  kuk_id: string;
  benchmark_id: string;
  benchmark_en: string | null;
  status: 'draft' | 'approved' | 'retired';
  created_by: string | null;
  created_at: string | null;
  updated_by: string | null;
  updated_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  retired_by: string | null;
  retired_at: string | null;
  replaces_id: string | null;
};

const COLUMNS = `id, scheme_id, kuk_id, benchmark_id, benchmark_en, status, created_by, created_at, updated_by, updated_at, approved_by, approved_at,
  retired_by, retired_at, replaces_id`;

export const benchmarkOfLsp = (db: Db, lspId: string, id: string) =>
  sql<[string, string], BenchmarkRow>(
    db,
    `SELECT ${COLUMNS} FROM observation_item WHERE id = ? AND scheme_id IN (SELECT id FROM scheme WHERE lsp_id = ?)`,
  ).get(id, lspId);

export const benchmarksOfScheme = (db: Db, schemeId: string) =>
  sql<[string], BenchmarkRow>(db, `SELECT ${COLUMNS} FROM observation_item WHERE scheme_id = ? ORDER BY id`).all(schemeId);

export function insertBenchmark(db: Db, row: BenchmarkRow): void {
  sql<[BenchmarkRow]>(
    db,
    `INSERT INTO observation_item (${COLUMNS}) VALUES (@id, @scheme_id, @kuk_id, @benchmark_id, @benchmark_en, @status, @created_by, @created_at,
      @updated_by, @updated_at, @approved_by, @approved_at, @retired_by, @retired_at, @replaces_id)`,
  ).run(row);
}

export function updateBenchmark(db: Db, row: BenchmarkRow): void {
  sql<[BenchmarkRow]>(
    db,
    `UPDATE observation_item SET kuk_id = @kuk_id, benchmark_id = @benchmark_id, benchmark_en = @benchmark_en, status = @status,
      updated_by = @updated_by, updated_at = @updated_at, approved_by = @approved_by, approved_at = @approved_at, retired_by = @retired_by,
      retired_at = @retired_at, replaces_id = @replaces_id WHERE id = @id`,
  ).run(row);
}

/** A live (draft or approved) benchmark of the KUK other than the ones named. */
export const liveBenchmarkOfKuk = (db: Db, kukId: string, except: readonly string[]) =>
  sql<[string, string], { id: string; status: BenchmarkRow['status'] }>(
    db,
    "SELECT id, status FROM observation_item WHERE kuk_id = ? AND status <> 'retired' AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1",
  ).get(kukId, JSON.stringify(except));

export const benchmarkReplacementOf = (db: Db, id: string) =>
  sql<[string], { id: string; status: BenchmarkRow['status'] }>(
    db,
    "SELECT id, status FROM observation_item WHERE replaces_id = ? AND status <> 'retired' ORDER BY id LIMIT 1",
  ).get(id);

/** Frozen scheme version, or an assessor's score names it. */
export const isBenchmarkUsed = (db: Db, id: string): boolean =>
  sql<[string, string], { used: number }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM session WHERE scheme_id = (SELECT scheme_id FROM observation_item WHERE id = ?))
      OR EXISTS (SELECT 1 FROM assessment_score WHERE instrument = 'observation' AND target_id = ?) AS used`,
  ).get(id, id)!.used === 1;

export type BenchmarkKukRow = { unit_id: string; unit_code: string; number: string; text_id: string; text_en: string | null };

export const kukOfBenchmark = (db: Db, kukId: string) =>
  sql<[string], BenchmarkKukRow>(
    db,
    `SELECT u.id AS unit_id, u.code AS unit_code, k.number, k.text_id, k.text_en
     FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE k.id = ?`,
  ).get(kukId);
