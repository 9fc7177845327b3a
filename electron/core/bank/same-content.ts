import type { BankStatus } from '../../shared/bank';
import type { Bilingual } from '../../shared/types';
import type { Db } from '../db/open';
import * as q from '../db/queries/bank-items';
import type { CleanItem } from './checks';

/** Texts as a file hands them back: line ends unified, trailing spaces of each line and outer space gone, composed. */
const norm = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim()
    .normalize('NFC');
const sameText = (a: Bilingual | null, b: Bilingual | null) => norm(a?.id) === norm(b?.id) && norm(a?.en) === norm(b?.en);

/**
 * Finds the live (draft or approved) question of a scheme version with the same content as a checked
 * import draft: kind, stem, expected answer, options with their key, and KUK, both languages. Pictures,
 * tags, guide and scoring are not compared: the Excel template carries none of them, so our own export
 * imported back finds each of its questions here, unchanged. Built once per import, by stem.
 */
export function liveContentIndex(db: Db, schemeId: string): (value: CleanItem) => { id: string; status: BankStatus } | null {
  let byPrompt: Map<string, q.ItemRow[]> | null = null;
  return (value) => {
    if (byPrompt === null) {
      byPrompt = new Map();
      for (const row of q.itemsOfScheme(db, schemeId)) {
        if (row.status === 'retired') continue;
        const key = norm(row.prompt_id);
        byPrompt.set(key, [...(byPrompt.get(key) ?? []), row]);
      }
    }
    for (const row of byPrompt.get(norm(value.prompt.id)) ?? []) {
      if (row.kind !== value.kind || !sameText(row.prompt_id === null ? null : { id: row.prompt_id, en: row.prompt_en }, value.prompt)) continue;
      if (!sameText(row.expected_id === null ? null : { id: row.expected_id, en: row.expected_en }, value.expected)) continue;
      const options = q.optionsOf(db, row.id);
      if (options.length !== value.options.length) continue;
      if (!options.every((o, i) => (o.is_correct === 1) === value.options[i].correct && sameText({ id: o.text_id, en: o.text_en }, value.options[i].text))) continue;
      const kuks = new Set(q.kuksOfItems(db, [row.id]).map((k) => k.kuk_id));
      if (kuks.size !== new Set(value.kukIds).size || !value.kukIds.every((k) => kuks.has(k))) continue;
      return { id: row.id, status: row.status };
    }
    return null;
  };
}
