import type { BankItem } from '../../shared/bank';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import type { Db } from '../db/open';
import { benchmarkOfLsp, type BenchmarkRow } from '../db/queries/bank-benchmarks';
import { itemOfLsp, type ItemRow } from '../db/queries/bank-items';
import { approveBenchmark, retireBenchmark } from './benchmarks';
import { approveItem, retireItem } from './items';
import { bankLsp } from './scope';
import { benchmarkView, itemView } from './view';

/** A bank entry by id: a question or an observation benchmark (ids are unique across both). */
function entry(db: Db, principal: Principal, id: string): { item: ItemRow } | { benchmark: BenchmarkRow } {
  const lspId = bankLsp(principal);
  const item = itemOfLsp(db, lspId, id);
  if (item) return { item };
  const benchmark = benchmarkOfLsp(db, lspId, id);
  if (benchmark) return { benchmark };
  throw new AppError('NOT_FOUND', { what: 'item' });
}

export function getEntry(db: Db, principal: Principal, id: string): BankItem {
  const e = entry(db, principal, id);
  return 'item' in e ? itemView(db, e.item) : benchmarkView(db, e.benchmark);
}

export function approveEntry(db: Db, principal: Principal, id: string, now: Date): BankItem {
  const e = entry(db, principal, id);
  return 'item' in e ? approveItem(db, principal, e.item, now) : approveBenchmark(db, principal, e.benchmark, now);
}

export function retireEntry(db: Db, principal: Principal, id: string, now: Date): BankItem {
  const e = entry(db, principal, id);
  return 'item' in e ? retireItem(db, principal, e.item, now) : retireBenchmark(db, principal, e.benchmark, now);
}
