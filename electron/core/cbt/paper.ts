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
};

/** The scheme's written-test questions and option texts (no keys), indexed by item id. */
export function loadPaper(db: Db, schemeId: string): Map<string, PaperItem> {
  const paper = new Map<string, PaperItem>();
  for (const row of attempts.examItems(db, schemeId)) {
    paper.set(row.id, { itemId: row.id, kind: row.kind, prompt: { id: row.promptId, en: row.promptEn }, options: [] });
  }
  for (const o of attempts.optionTexts(db, schemeId)) {
    paper.get(o.itemId)?.options.push({ id: o.textId, en: o.textEn });
  }
  return paper;
}

export function paperGroups(paper: Map<string, PaperItem>): string[][] {
  const items = [...paper.values()];
  return [
    items.filter((i) => i.kind === 'multiple_choice').map((i) => i.itemId),
    items.filter((i) => i.kind === 'essay').map((i) => i.itemId),
  ];
}

export function itemOrderOf(attempt: Pick<attempts.AttemptRow, 'itemOrder'>): string[] {
  const parsed: unknown = JSON.parse(attempt.itemOrder);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

/** Displayed index → original ordinal (and back) for one question of one attempt. */
export function choiceMapping(seed: string, item: PaperItem): { toOriginal: number[]; toDisplayed: Map<number, number> } {
  const toOriginal = optionOrder(seed, item.itemId, item.options.length);
  return { toOriginal, toDisplayed: new Map(toOriginal.map((orig, shown) => [orig, shown])) };
}
