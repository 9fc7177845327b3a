import type { SourceNote, SourceText } from '../source-question';

/** Letters joined as a choice of several: "A dan B", "a, b, dan c", "B & D", "A and C". */
const LETTERS_JOINED = /(?:^|[^\p{L}\p{N}])[a-e](?:\s*,\s*[a-e])*\s*,?\s*(?:dan|serta|and|&)\s*[a-e](?![\p{L}\p{N}])/iu;
/** …said to be right or wrong: "… benar", "… salah", "… correct". */
const VERDICT = /\b(?:benar|betul|tepat|salah|correct|true|right|wrong|false)\b/i;
/** A place among the options: "di atas", "above", with what it sums up ("semua", "all", "none", "tidak ada"). */
const PLACE = /\b(?:semua|seluruh|all|none|both|keduanya|tidak\s+ada|bukan)\b[\s\S]*\b(?:di\s*atas|above)\b/i;

/**
 * A note for the first option that names other options by their letter or their place. Options are
 * shuffled for each candidate (cbt/shuffle.ts), so "A dan B benar" or "semua jawaban di atas benar"
 * points, on the candidate's screen, at other options than those the author meant.
 */
export function optionReferenceNotes(options: readonly SourceText[]): SourceNote[] {
  const index = options.findIndex((option) =>
    [option.id, option.en].some((text) => text !== null && ((LETTERS_JOINED.test(text) && VERDICT.test(text)) || PLACE.test(text))),
  );
  return index < 0 ? [] : [{ code: 'BANK_OPTION_NAMES_OTHERS', params: { letter: String.fromCharCode(65 + index) } }];
}
