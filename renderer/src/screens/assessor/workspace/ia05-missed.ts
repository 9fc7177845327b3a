import type { KnowledgeConclusion, Workspace } from '../../../../../electron/shared/assessment';

/**
 * Whether the candidate ever started the written test (an attempt exists). A candidate who never did has
 * no answer sheet: printing one of dashes would say they sat the test and answered nothing.
 */
export const writtenTestTaken = (ws: Workspace) => ws.attempt.status !== 'absent';

/**
 * What FR.IA.05 states under its conclusion, on the assessor's tab and on the printed form alike: the KUK
 * not achieved only under a chosen "belum tercapai" (under "tercapai", or none chosen, a list read as a
 * second, contrary conclusion), and a line rather than an empty block when there is no KUK to name.
 */
export type Ia05Missed =
  | { kind: 'nothing' }
  | { kind: 'list'; units: Workspace['multipleChoice']['units'] }
  | { kind: 'noneMissed' }
  | { kind: 'notTaken' };

export function missedUnderConclusion(ws: Workspace, conclusion: KnowledgeConclusion | null): Ia05Missed {
  if (conclusion !== 'not_yet') return { kind: 'nothing' };
  // Without answers every KUK would read "not achieved": no gap the candidate showed.
  if (!writtenTestTaken(ws)) return { kind: 'notTaken' };
  const units = ws.multipleChoice.units.filter((u) => u.kukNotAchieved.length > 0);
  return units.length > 0 ? { kind: 'list', units } : { kind: 'noneMissed' };
}
