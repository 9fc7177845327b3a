import type { Bilingual } from '../../shared/types';
import type { Db } from '../db/open';
import * as attempts from '../db/queries/attempts';
import { optionOrder } from './shuffle';

export type PaperItem = {
  itemId: string;
  kind: 'multiple_choice' | 'essay';
  prompt: Bilingual;
  /** Original option texts by ordinal. */
  options: Bilingual[];
  /** Only approved items go on a new paper; a retired one is still read for the papers that hold it. */
  approved: boolean;
  /**
   * The question's setting now: a new attempt shows its options in their order. An attempt already started
   * keeps what it showed (`attempt.options_in_order`, read by `shownOptionOrder`), whatever the setting becomes.
   */
  optionsInOrder: boolean;
  /** sha256s of the stem's images, and of each option's by original ordinal. */
  stemImages: string[];
  optionImages: string[][];
};

/** The scheme's written-test questions, option texts (no keys) and images, indexed by item id. */
export function loadPaper(db: Db, schemeId: string): Map<string, PaperItem> {
  const paper = new Map<string, PaperItem>();
  for (const row of attempts.examItems(db, schemeId)) {
    paper.set(row.id, {
      itemId: row.id,
      kind: row.kind,
      prompt: { id: row.promptId, en: row.promptEn },
      options: [],
      approved: row.status === 'approved',
      optionsInOrder: row.optionsInOrder === 1,
      stemImages: [],
      optionImages: [],
    });
  }
  for (const o of attempts.optionTexts(db, schemeId)) {
    const item = paper.get(o.itemId);
    if (!item) continue;
    item.options.push({ id: o.textId, en: o.textEn });
    item.optionImages.push([]);
  }
  for (const m of attempts.paperImages(db, schemeId)) {
    const item = paper.get(m.itemId);
    if (!item) continue;
    if (m.place === 'stem') item.stemImages.push(m.sha256);
    else item.optionImages[Number(m.place.slice('option:'.length))]?.push(m.sha256);
  }
  return paper;
}

/** What a new paper is drawn from: the approved questions, multiple choice then essays. */
export function paperGroups(paper: Map<string, PaperItem>): string[][] {
  const items = [...paper.values()].filter((i) => i.approved);
  return [
    items.filter((i) => i.kind === 'multiple_choice').map((i) => i.itemId),
    items.filter((i) => i.kind === 'essay').map((i) => i.itemId),
  ];
}

/**
 * Id lists already parsed, by their stored text: every answer save reads its attempt's order (40 ids) and
 * the questions it shows in order, and parsing them each time was ~2.3 KB of garbage a save, the largest
 * share of what makes the young generation collect during an exam. Kept for about one room's attempts, then
 * started afresh.
 */
function parsedIdsCache<T>(build: (ids: string[]) => T): (json: string) => T {
  const parsed = new Map<string, T>();
  return (json) => {
    const known = parsed.get(json);
    if (known !== undefined) return known;
    const value: unknown = JSON.parse(json);
    const made = build(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    if (parsed.size >= PARSED_KEPT) parsed.clear();
    parsed.set(json, made);
    return made;
  };
}
const PARSED_KEPT = 512;

const parsedOrder = parsedIdsCache<readonly string[]>((ids) => Object.freeze(ids));

export function itemOrderOf(attempt: Pick<attempts.AttemptRow, 'itemOrder'>): readonly string[] {
  return parsedOrder(attempt.itemOrder);
}

/** The questions of a new paper whose options it shows in their order, as `attempt.options_in_order` stores them. */
export function optionsInOrderFor(paper: Map<string, PaperItem>, itemOrder: readonly string[]): string[] {
  return itemOrder.filter((itemId) => paper.get(itemId)?.optionsInOrder === true);
}

const parsedInOrder = parsedIdsCache<ReadonlySet<string>>((ids) => new Set(ids));

const IN_ORDER = new Map<number, readonly number[]>();
function inOrder(count: number): readonly number[] {
  let order = IN_ORDER.get(count);
  if (!order) IN_ORDER.set(count, (order = Object.freeze(Array.from({ length: count }, (_, i) => i))));
  return order;
}

/**
 * Displayed position → original ordinal for one question of one attempt: the options in their order when the
 * attempt started with the question's options kept in order, else the attempt's shuffle of them.
 */
export function shownOptionOrder(attempt: Pick<attempts.AttemptRow, 'seed' | 'optionsInOrder'>, itemId: string, count: number): readonly number[] {
  return parsedInOrder(attempt.optionsInOrder).has(itemId) ? inOrder(count) : optionOrder(attempt.seed, itemId, count);
}

/** Displayed index → original ordinal (and back) for one question of one attempt. */
export function choiceMapping(
  attempt: Pick<attempts.AttemptRow, 'seed' | 'optionsInOrder'>,
  item: PaperItem,
): { toOriginal: readonly number[]; toDisplayed: Map<number, number> } {
  const toOriginal = shownOptionOrder(attempt, item.itemId, item.options.length);
  return { toOriginal, toDisplayed: new Map(toOriginal.map((orig, shown) => [orig, shown])) };
}
