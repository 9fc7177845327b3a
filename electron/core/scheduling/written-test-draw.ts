import { z } from 'zod';
import { seededInts } from '../cbt/shuffle';

/**
 * A session's assembled written test as `session.settings.writtenTest` holds it, so it travels in the
 * session bundle with the session and every installation draws the same questions. A draw keeps its
 * pools (the question ids of each unit or KUK at assembly, in id order) and its seed: a candidate's
 * questions follow from them alone, whatever the bank holds later.
 */
const stored = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('fixed'), itemIds: z.array(z.string()), at: z.string() }),
  z.object({
    mode: z.literal('draw'),
    per: z.enum(['unit', 'kuk']),
    count: z.number().int().positive(),
    perCandidate: z.boolean(),
    seed: z.string(),
    pools: z.array(z.object({ key: z.string(), itemIds: z.array(z.string()) })),
    at: z.string(),
  }),
]);
export type StoredWrittenTest = z.infer<typeof stored>;

export function storedWrittenTest(settingsJson: string): StoredWrittenTest | null {
  const settings: unknown = JSON.parse(settingsJson);
  if (typeof settings !== 'object' || settings === null || !('writtenTest' in settings)) return null;
  const parsed = stored.safeParse(settings.writtenTest);
  return parsed.success ? parsed.data : null;
}

/**
 * The first `k` of a Fisher-Yates shuffle, stopped there: each k-sequence equally likely, as the full
 * shuffle's first k are, for k random numbers instead of one per item (400 candidates × a 2,000-question
 * bank stays well inside the assembly's time).
 */
export function firstOfShuffle<T>(items: readonly T[], k: number, nextInt: (bound: number) => number): T[] {
  const out = [...items];
  const n = Math.min(k, out.length);
  for (let i = 0; i < n; i++) {
    const j = i + nextInt(out.length - i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out.slice(0, n);
}

/**
 * The questions a draw gives one candidate (or everyone, when the draw is not per candidate): from
 * each pool `count` drawn with the CBT's seeded, unbiased integer stream (seededInts). A question in
 * two pools is drawn once and counts for both.
 */
export function drawnFor(test: Extract<StoredWrittenTest, { mode: 'draw' }>, candidateId: string | null): Set<string> {
  const who = test.perCandidate && candidateId !== null ? candidateId : 'session';
  const chosen = new Set<string>();
  for (const pool of test.pools) {
    for (const id of firstOfShuffle(pool.itemIds, test.count, seededInts(test.seed, `draw:${who}:${pool.key}`))) chosen.add(id);
  }
  return chosen;
}

/** The questions a candidate's test holds, or null when the session takes every approved question. */
export function assembledFor(settingsJson: string, candidateId: string | null): Set<string> | null {
  const test = storedWrittenTest(settingsJson);
  if (!test) return null;
  return test.mode === 'fixed' ? new Set(test.itemIds) : drawnFor(test, candidateId);
}

/**
 * A new attempt's question groups (multiple choice, then essays; approved questions of the scheme)
 * narrowed to the candidate's assembled test; unchanged when the session has none.
 */
export function assembledGroups(settingsJson: string, candidateId: string, groups: readonly string[][]): string[][] {
  const chosen = assembledFor(settingsJson, candidateId);
  return chosen ? groups.map((ids) => ids.filter((id) => chosen.has(id))) : groups.map((ids) => [...ids]);
}
