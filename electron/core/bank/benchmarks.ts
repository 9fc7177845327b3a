import type { BankItem, BankSaved, BenchmarkInput } from '../../shared/bank';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import * as bq from '../db/queries/bank-benchmarks';
import { kukIdsOfScheme } from '../db/queries/bank-items';
import { newId } from '../ids';
import { bankInvalid, checkBenchmark } from './checks';
import { approveRow, retireRow, type Life } from './lifecycle';
import { bankLsp, bankScheme } from './scope';
import { benchmarkView } from './view';

const BENCHMARK_LIFE: Life<bq.BenchmarkRow> = { update: bq.updateBenchmark, entity: 'observation_item', action: 'bank.benchmark' };

const content = (r: Pick<bq.BenchmarkRow, 'kuk_id' | 'benchmark_id' | 'benchmark_en' | 'status'>) => ({
  kukId: r.kuk_id,
  text: { id: r.benchmark_id, en: r.benchmark_en },
  status: r.status,
});

/** A KUK has one live benchmark (besides a draft replacing it): a second is refused. */
function refuseSecond(db: Db, kukId: string, partners: readonly (string | null)[]): void {
  if (bq.liveBenchmarkOfKuk(db, kukId, partners.filter((p): p is string => p !== null))) throw new AppError('BANK_BENCHMARK_EXISTS');
}

/**
 * bank/saveBenchmark: the observation benchmark (FR.IA.01) of one KUK, with the life of a question: a
 * new one is a draft, an edit of an unused approved one returns it to draft, an edit of a used one (its
 * scheme version is frozen, or an assessor scored against it) makes a draft that replaces it once approved.
 */
export function saveBenchmark(db: Db, principal: Principal, schemeId: string, benchmarkId: string | null, input: BenchmarkInput, now: Date): BankSaved {
  const lspId = bankLsp(principal);
  bankScheme(db, lspId, schemeId);
  const { value, issues } = checkBenchmark(input, kukIdsOfScheme(db, schemeId));
  if (issues.length) throw bankInvalid(issues);
  const at = now.toISOString();
  const fresh = (replaces: bq.BenchmarkRow | null): bq.BenchmarkRow => ({
    id: newId(),
    scheme_id: schemeId,
    kuk_id: value.kukId,
    benchmark_id: value.text.id,
    benchmark_en: value.text.en,
    status: 'draft',
    created_by: principal.accountId,
    created_at: at,
    updated_by: null,
    updated_at: null,
    approved_by: null,
    approved_at: null,
    retired_by: null,
    retired_at: null,
    replaces_id: replaces?.id ?? null,
  });

  if (benchmarkId === null) {
    refuseSecond(db, value.kukId, []);
    const row = fresh(null);
    bq.insertBenchmark(db, row);
    appendAudit(db, principal, { action: 'bank.benchmark.create', entity: 'observation_item', entityId: row.id, details: { after: content(row) } }, now);
    return { item: benchmarkView(db, row), copied: false };
  }
  const before = getBenchmarkRow(db, lspId, benchmarkId);
  if (before.scheme_id !== schemeId) throw new AppError('NOT_FOUND', { what: 'item' });
  if (before.status === 'retired') throw new AppError('BANK_ITEM_RETIRED');
  if (before.kuk_id === value.kukId && before.benchmark_id === value.text.id && before.benchmark_en === value.text.en) return { item: benchmarkView(db, before), copied: false };

  if (before.status === 'approved' && bq.isBenchmarkUsed(db, before.id)) {
    if (bq.benchmarkReplacementOf(db, before.id)) throw new AppError('BANK_REPLACEMENT_PENDING', { ref: benchmarkView(db, before).ref });
    if (value.kukId !== before.kuk_id) refuseSecond(db, value.kukId, []);
    const row = fresh(before);
    bq.insertBenchmark(db, row);
    appendAudit(
      db,
      principal,
      { action: 'bank.benchmark.copy', entity: 'observation_item', entityId: row.id, details: { from: before.id, before: content(before), after: content(row) } },
      now,
    );
    return { item: benchmarkView(db, row), copied: true };
  }
  if (value.kukId !== before.kuk_id) refuseSecond(db, value.kukId, [before.id, before.replaces_id]);
  const row: bq.BenchmarkRow = {
    ...before,
    kuk_id: value.kukId,
    benchmark_id: value.text.id,
    benchmark_en: value.text.en,
    status: 'draft',
    updated_by: principal.accountId,
    updated_at: at,
    approved_by: null,
    approved_at: null,
  };
  bq.updateBenchmark(db, row);
  appendAudit(db, principal, { action: 'bank.benchmark.update', entity: 'observation_item', entityId: row.id, details: { before: content(before), after: content(row) } }, now);
  return { item: benchmarkView(db, row), copied: false };
}

export function getBenchmarkRow(db: Db, lspId: string, id: string): bq.BenchmarkRow {
  const row = bq.benchmarkOfLsp(db, lspId, id);
  if (!row) throw new AppError('NOT_FOUND', { what: 'item' });
  return row;
}

/** A benchmark is always on its KUK, so approving only checks that no other approved one is (the one it replaces retires). */
export function approveBenchmark(db: Db, principal: Principal, before: bq.BenchmarkRow, now: Date): BankItem {
  if (before.status === 'retired') throw new AppError('BANK_ITEM_RETIRED');
  if (before.status === 'approved') return benchmarkView(db, before);
  refuseSecond(db, before.kuk_id, [before.id, before.replaces_id]);
  const original = before.replaces_id ? bq.benchmarkOfLsp(db, bankLsp(principal), before.replaces_id) : undefined;
  return benchmarkView(db, approveRow(db, principal, BENCHMARK_LIFE, before, original, now));
}

export function retireBenchmark(db: Db, principal: Principal, before: bq.BenchmarkRow, now: Date): BankItem {
  if (before.status === 'retired') return benchmarkView(db, before);
  return benchmarkView(db, retireRow(db, principal, BENCHMARK_LIFE, before, now));
}
