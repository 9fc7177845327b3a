import type { AplDetail } from '../../../../../electron/shared/scheduling';

/**
 * `#/apl/<candidateId>~<schemeId>`: one candidate's current application for one scheme version (the router
 * takes one segment); `~<round>` after it: one of their earlier rounds, read-only.
 */
export function aplHref(candidateId: string, schemeId: string, round?: number): string {
  return `#/apl/${encodeURIComponent(candidateId)}~${encodeURIComponent(schemeId)}${round === undefined ? '' : `~${round}`}`;
}

export function parseAplRouteId(routeId: string): { candidateId: string; schemeId: string; round?: number } | null {
  const [candidateId, schemeId, round, ...rest] = routeId.split('~');
  if (!candidateId || !schemeId || rest.length > 0) return null;
  if (round === undefined) return { candidateId, schemeId };
  if (!/^[1-9]\d{0,2}$/.test(round)) return null;
  return { candidateId, schemeId, round: Number(round) };
}

/** The round a form shows, sent with its write: the core refuses it once a newer round started (APL_ROUND_NOT_CURRENT). */
export const formRound = (detail: AplDetail): { round?: number } => (detail.round ? { round: detail.round.number } : {});
