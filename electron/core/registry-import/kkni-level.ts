const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 };

/**
 * A KKNI level as scheme lists and FR.APL.02 sheets write it: 2, "II", "Level 2", "Jenjang II", "KKNI Level
 * II", "Level KKNI 2". Null for anything else, a level outside 1–9 among them: the import refuses it
 * (IMPORT_KKNI_LEVEL), where "II" from an FR.APL.02 sheet was saved as no level at all, without a word.
 */
export function kkniLevelOf(text: string): number | null {
  const m = /^(?:(?:jenjang|level)\s*)?(?:kkni\s*)?(?:level\s*)?[:.]?\s*(\d{1,2}|[ivx]{1,4})\.?$/.exec(text.trim().toLowerCase());
  if (!m) return null;
  const level = /^\d+$/.test(m[1]) ? Number(m[1]) : (ROMAN[m[1]] ?? 0);
  return level >= 1 && level <= 9 ? level : null;
}
