import type { BankItem, BankKuk, BankStamp } from '../../shared/bank';
import type { Dimension } from '../../shared/types';
import type { Db } from '../db/open';
import * as bq from '../db/queries/bank-benchmarks';
import * as q from '../db/queries/bank-items';
import type { CleanItem } from './checks';

export function parseList<T extends string>(json: string): T[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((v): v is T => typeof v === 'string') : [];
}

export const kukOf = (k: q.ItemKukRow): BankKuk => ({ kukId: k.kuk_id, unitId: k.unit_id, unitCode: k.unit_code, number: k.number, text: { id: k.text_id, en: k.text_en } });

function stamp(names: Map<string, string>, by: string | null, at: string | null): BankStamp | null {
  if (by === null && at === null) return null;
  return { accountId: by, name: by === null ? null : (names.get(by) ?? null), at };
}

const isMissing = (en: string | null) => en === null || en.trim() === '';

/** The stored question in the input's shape: what an edit is compared with and what the audit log keeps. */
export function cleanOf(db: Db, row: q.ItemRow): CleanItem {
  const options = q.optionsOf(db, row.id);
  return {
    kind: row.kind,
    ref: row.ref,
    kukIds: q.kuksOfItems(db, [row.id]).map((k) => k.kuk_id),
    dimensions: parseList<Dimension>(row.dimensions),
    prompt: { id: row.prompt_id, en: row.prompt_en },
    expected: row.expected_id === null ? null : { id: row.expected_id, en: row.expected_en },
    guide: row.guide_id === null ? null : { id: row.guide_id, en: row.guide_en },
    scoring: row.scoring,
    options: options.map((o) => ({ text: { id: o.text_id, en: o.text_en }, correct: o.is_correct === 1 })),
    optionsInOrder: row.options_in_order === 1,
    tags: parseList(row.tags),
  };
}

/** `bank/get` of a question. */
export function itemView(db: Db, row: q.ItemRow): BankItem {
  const clean = cleanOf(db, row);
  const images = q.imagesOf(db, row.id);
  const kuks = q.kuksOfItems(db, [row.id]).map(kukOf);
  const names = q.accountNames(db, [row.created_by, row.updated_by, row.approved_by, row.retired_by].filter((v): v is string => v !== null));
  const missingEnglish =
    isMissing(row.prompt_en) ||
    (clean.expected !== null && isMissing(clean.expected.en)) ||
    (clean.guide !== null && isMissing(clean.guide.en)) ||
    clean.options.some((o) => isMissing(o.text.en));
  return {
    id: row.id,
    schemeId: row.scheme_id,
    kind: row.kind,
    ref: row.ref,
    ordinal: row.ordinal,
    status: row.status,
    prompt: clean.prompt,
    kuks,
    dimensions: clean.dimensions,
    tags: clean.tags,
    missingEnglish,
    imageCount: images.length,
    // A draft (a new import into a version sessions already use) was said to be "in use by a session".
    used: row.status !== 'draft' && q.isItemUsed(db, row.id),
    replacesId: row.replaces_id,
    expected: clean.expected,
    guide: clean.guide,
    scoring: row.scoring,
    options: clean.options.map((o, i) => ({ ...o, images: images.filter((m) => m.place === `option:${i}`).map((m) => m.sha256) })),
    optionsInOrder: clean.optionsInOrder,
    stemImages: images.filter((m) => m.place === 'stem').map((m) => m.sha256),
    created: stamp(names, row.created_by, row.created_at),
    updated: stamp(names, row.updated_by, row.updated_at),
    approved: stamp(names, row.approved_by, row.approved_at),
    retired: stamp(names, row.retired_by, row.retired_at),
    source: row.source_sha256 && row.source_position ? { sha256: row.source_sha256, position: row.source_position } : null,
    replacedById: q.replacementOf(db, row.id)?.id ?? null,
  };
}

/** A benchmark's ref: the unit code and KUK number it is for (J.620100.004.02 1.1). */
export const benchmarkRef = (k: Pick<bq.BenchmarkKukRow, 'unit_code' | 'number'>) => `${k.unit_code} ${k.number}`;

/** `bank/get` of an observation benchmark, in the same shape as a question. */
export function benchmarkView(db: Db, row: bq.BenchmarkRow): BankItem {
  const k = bq.kukOfBenchmark(db, row.kuk_id);
  const names = q.accountNames(db, [row.created_by, row.updated_by, row.approved_by, row.retired_by].filter((v): v is string => v !== null));
  return {
    id: row.id,
    schemeId: row.scheme_id,
    kind: 'observation',
    ref: k ? benchmarkRef(k) : '',
    ordinal: 0,
    status: row.status,
    prompt: { id: row.benchmark_id, en: row.benchmark_en },
    kuks: k ? [{ kukId: row.kuk_id, unitId: k.unit_id, unitCode: k.unit_code, number: k.number, text: { id: k.text_id, en: k.text_en } }] : [],
    dimensions: [],
    tags: [],
    missingEnglish: isMissing(row.benchmark_en),
    imageCount: 0,
    used: bq.isBenchmarkUsed(db, row.id),
    replacesId: row.replaces_id,
    expected: null,
    guide: null,
    scoring: 'yes_no',
    options: [],
    optionsInOrder: false,
    stemImages: [],
    created: stamp(names, row.created_by, row.created_at),
    updated: stamp(names, row.updated_by, row.updated_at),
    approved: stamp(names, row.approved_by, row.approved_at),
    retired: stamp(names, row.retired_by, row.retired_at),
    source: null,
    replacedById: bq.benchmarkReplacementOf(db, row.id)?.id ?? null,
  };
}
