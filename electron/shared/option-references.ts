/**
 * An option that names other options by their letter ("A dan B benar") or their place ("Semua jawaban di
 * atas benar", "All of the above"). Options are shuffled for each candidate (core/cbt/shuffle.ts), so on
 * the candidate's screen it points at other options than the author meant: the bank import notes it
 * (BANK_OPTION_NAMES_OTHERS) and the bank's editor warns beside the options.
 */

/** Letters joined as a choice of several: "A dan B", "a, b, dan c", "B & D", "A and C". */
const LETTERS_JOINED = /(?:^|[^\p{L}\p{N}])[a-e](?:\s*,\s*[a-e])*\s*,?\s*(?:dan|serta|and|&)\s*[a-e](?![\p{L}\p{N}])/iu;
/** …said to be right or wrong: "… benar", "… salah", "… correct". */
const VERDICT = /\b(?:benar|betul|tepat|salah|correct|true|right|wrong|false)\b/i;
/** A place among the options: "di atas", "above", with what it sums up ("semua", "all", "none", "tidak ada"). */
const PLACE = /\b(?:semua|seluruh|all|none|both|keduanya|tidak\s+ada|bukan)\b[\s\S]*\b(?:di\s*atas|above)\b/i;

/** The first option (0-based) whose text in either language names others by letter or place, or -1. */
export function optionNamingOthers(options: readonly { id: string; en: string | null }[]): number {
  return options.findIndex((option) => [option.id, option.en].some((text) => text !== null && ((LETTERS_JOINED.test(text) && VERDICT.test(text)) || PLACE.test(text))));
}
