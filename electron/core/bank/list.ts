import {
  BANK_KINDS,
  BANK_STATUSES,
  type BankCoverage,
  type BankItemSummary,
  type BankKind,
  type BankKindCounts,
  type BankStatus,
  type CoverageKuk,
} from '../../shared/bank';
import { AppError } from '../../shared/errors';
import type { Principal } from '../../shared/roles';
import { LIST_TOTAL_CAP, type Page } from '../../shared/registry';
import type { Dimension } from '../../shared/types';
import type { Db } from '../db/open';
import { kuksOfItems } from '../db/queries/bank-items';
import * as q from '../db/queries/bank-list';
import { decodeCursor, pageLimit, toPage } from '../registry/paging';
import { treeOf } from '../registry/schemes';
import { bankLsp, bankScheme } from './scope';
import { kukOf, parseList } from './view';
import { likeLiteral } from '../db/like';

export type BankListArgs = {
  schemeId: string;
  unitId?: string;
  kukId?: string;
  kind?: BankKind;
  status?: BankStatus;
  missingEnglish?: boolean;
  search?: string;
  cursor?: string | null;
  limit?: number;
};

const likeOf = (search: string | undefined): string | null => {
  const s = search?.trim();
  return s ? `%${likeLiteral(s)}%` : null;
};

/** bank/list: one scheme version's questions and benchmarks, filtered, in a stable order, a page at a time. */
export function listBank(db: Db, principal: Principal, args: BankListArgs): Page<BankItemSummary> {
  bankScheme(db, bankLsp(principal), args.schemeId);
  const filter: q.EntryFilter = {
    schemeId: args.schemeId,
    unitId: args.unitId ?? null,
    kukId: args.kukId ?? null,
    kind: args.kind ?? null,
    status: args.status ?? null,
    missingEnglish: args.missingEnglish ?? false,
    like: likeOf(args.search),
  };
  const cursor = decodeCursor(args.cursor);
  let after: { rank: number; ordinal: number; id: string } | null = null;
  if (cursor) {
    const key: unknown = JSON.parse(cursor.key);
    if (!Array.isArray(key) || typeof key[0] !== 'number' || typeof key[1] !== 'number') throw new AppError('BAD_ARGS', { details: 'cursor (invalid)' });
    after = { rank: key[0], ordinal: key[1], id: cursor.id };
  }
  const limit = pageLimit(args.limit);
  const rows = q.entryPage(db, filter, after, limit + 1);
  const kuks = new Map<string, BankItemSummary['kuks']>();
  for (const k of kuksOfItems(db, rows.map((r) => r.id))) kuks.set(k.item_id, [...(kuks.get(k.item_id) ?? []), kukOf(k)]);
  const benchmarkKuks = new Map<string, BankItemSummary['kuks']>();
  for (const u of rows.some((r) => r.kind === 'observation') ? treeOf(db, args.schemeId) : []) {
    for (const e of u.elements) for (const k of e.kuk) benchmarkKuks.set(k.id, [{ kukId: k.id, unitId: u.id, unitCode: u.code, number: k.number, text: { id: k.textId, en: k.textEn } }]);
  }
  const counted = after ? null : q.entryCount(db, filter, LIST_TOTAL_CAP);
  return toPage(
    rows,
    limit,
    (r): BankItemSummary => ({
      id: r.id,
      schemeId: r.scheme_id,
      kind: r.kind,
      ref: r.ref,
      ordinal: r.kind === 'observation' ? 0 : r.ordinal,
      status: r.status,
      prompt: { id: r.prompt_id, en: r.prompt_en },
      kuks: r.kind === 'observation' ? (benchmarkKuks.get(r.kuk_id ?? '') ?? []) : (kuks.get(r.id) ?? []),
      dimensions: parseList<Dimension>(r.dimensions),
      tags: parseList(r.tags),
      missingEnglish: r.missing_en === 1,
      imageCount: r.image_count,
      // As bank/get says it: a draft in a scheme version sessions use is not in them, and is edited in place.
      used: r.status !== 'draft' && r.used === 1,
      replacesId: r.replaces_id,
    }),
    (r) => ({ key: JSON.stringify([r.rank, r.ordinal]), id: r.id }),
    counted,
  );
}

const emptyCounts = (): BankKindCounts =>
  Object.fromEntries(BANK_KINDS.map((k) => [k, Object.fromEntries(BANK_STATUSES.map((s) => [s, 0]))])) as BankKindCounts;

const WRITTEN: readonly BankKind[] = ['multiple_choice', 'essay'];
const OBSERVED: readonly BankKind[] = ['observation', 'supporting'];

/**
 * bank/coverage: every KUK of the scheme version in the standard's order, with the entries mapped to it
 * and their counts by kind and status. A KUK is flagged when it has neither written evidence (an
 * approved multiple choice or essay) nor observed evidence (an approved benchmark or supporting
 * question): the assessor's K/BK rule would have nothing of either to go on.
 */
export function bankCoverage(db: Db, principal: Principal, schemeId: string): BankCoverage {
  bankScheme(db, bankLsp(principal), schemeId);
  const byKuk = new Map<string, ReturnType<typeof q.kukEntries>>();
  for (const e of q.kukEntries(db, schemeId)) byKuk.set(e.kuk_id, [...(byKuk.get(e.kuk_id) ?? []), e]);
  const kuks: CoverageKuk[] = [];
  for (const u of treeOf(db, schemeId)) {
    u.elements.forEach((element, ei) => {
      for (const k of element.kuk) {
        const entries = byKuk.get(k.id) ?? [];
        const counts = emptyCounts();
        for (const e of entries) counts[e.kind][e.status] += 1;
        const approved = (kinds: readonly BankKind[]) => entries.some((e) => e.status === 'approved' && kinds.includes(e.kind));
        const written = approved(WRITTEN);
        const observed = approved(OBSERVED);
        kuks.push({
          kukId: k.id,
          unitId: u.id,
          unitCode: u.code,
          unitTitle: { id: u.titleId, en: u.titleEn },
          elementNo: ei + 1,
          elementTitle: { id: element.titleId, en: element.titleEn },
          number: k.number,
          text: { id: k.textId, en: k.textEn },
          counts,
          entries: entries.filter((e) => e.status !== 'retired').map((e) => ({ id: e.id, kind: e.kind, ref: e.ref, status: e.status })),
          written,
          observed,
          flagged: !written && !observed,
        });
      }
    });
  }
  const totals = emptyCounts();
  for (const c of q.entryCounts(db, schemeId)) totals[c.kind][c.status] += c.n;
  return { schemeId, kuks, totals, flagged: kuks.filter((k) => k.flagged).length, unmapped: q.unmappedCount(db, schemeId) };
}
