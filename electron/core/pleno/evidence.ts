import { ESSAY_ACHIEVED_FROM } from '../../shared/assessment';
import type { ReviewEvidence, ScoredCount } from '../../shared/pleno';
import { itemOrderOf } from '../cbt/paper';
import { groupBy } from '../group-by';
import { countsForCandidate } from '../cbt/scoring';
import { isAchievedUnder, sessionKey } from '../cbt/key-corrections';
import type { Db } from '../db/open';
import * as content from '../db/queries/assessment-content';
import * as q from '../db/queries/pleno-review';
import { keyedMultipleChoice } from '../db/queries/scoring';

type ScoredKind = 'essay' | 'oral' | 'supporting';

/**
 * The evidence behind each recommendation, for a whole session at once. The same sources as the
 * assessor's workspace (the key of cbt/scoring, the candidate's paper, the assessor's scores), read once
 * per session instead of once per candidate: a workspace takes milliseconds, 400 of them would not fit
 * the review's 300 ms.
 */
export function sessionEvidence(db: Db, sessionId: string, schemeId: string): (row: q.ReviewSeatRow) => ReviewEvidence {
  const key = keyedMultipleChoice(db, schemeId);
  // The corrections came with the TUK's results (key_correction): counted here as at the TUK.
  const corrected = sessionKey(db, sessionId);
  const items = content.assessItems(db, schemeId, { sessionId, candidateId: null });
  const kindOf = new Map(items.map((i) => [i.itemId, i.kind]));
  const totals = { oral: items.filter((i) => i.kind === 'oral').length, supporting: items.filter((i) => i.kind === 'supporting').length };
  const essays = items.filter((i) => i.kind === 'essay').length;
  const observationTotal = q.observationCount(db, schemeId);
  const choices = groupBy(q.sessionChoices(db, sessionId), (c) => c.candidateId);
  const counts = new Map(q.sessionScoreCounts(db, sessionId, ESSAY_ACHIEVED_FROM).map((c) => [`${c.candidateId}:${c.instrument}`, c]));

  return (row) => {
    const paper = row.itemOrder === null ? null : new Set(itemOrderOf({ itemOrder: row.itemOrder }));
    const chosen = new Map((choices.get(row.candidateId) ?? []).map((c) => [c.itemId, c.choice]));
    // As FR.IA.05 scores it (cbt/scoring.ts): the same questions counted, the same answers achieved.
    const units = new Map<string, ReviewEvidence['multipleChoice']['units'][number]>();
    for (const k of key) {
      if (!countsForCandidate(k, paper) || corrected.annulled.has(k.itemId)) continue;
      let unit = units.get(k.unitCode);
      if (!unit) {
        unit = { unitCode: k.unitCode, unitTitle: { id: k.unitTitleId, en: k.unitTitleEn }, total: 0, achieved: 0 };
        units.set(k.unitCode, unit);
      }
      unit.total += 1;
      if (isAchievedUnder(corrected, k.itemId, chosen.get(k.itemId) ?? null, k.correct)) unit.achieved += 1;
    }
    const mcUnits = [...units.values()];

    const count = (kind: ScoredKind, total: number): ScoredCount => {
      const c = counts.get(`${row.candidateId}:${kind}`);
      return { total, scored: c?.scored ?? 0, achieved: c?.achieved ?? 0 };
    };
    const observed = counts.get(`${row.candidateId}:observation`);
    const k = observed?.k ?? 0;
    const bk = observed?.bk ?? 0;
    const further = observed?.further ?? 0;
    return {
      multipleChoice: { taken: row.attemptId !== null, total: sum(mcUnits.map((u) => u.total)), achieved: sum(mcUnits.map((u) => u.achieved)), units: mcUnits },
      essay: count('essay', paper ? [...paper].filter((id) => kindOf.get(id) === 'essay').length : essays),
      oral: count('oral', totals.oral),
      supporting: count('supporting', totals.supporting),
      observation: { total: observationTotal, k, bk, further, unscored: Math.max(0, observationTotal - k - bk - further) },
      knowledgeConclusion: row.knowledgeConclusion,
    };
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
