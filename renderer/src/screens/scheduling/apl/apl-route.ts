/** `#/apl/<candidateId>~<schemeId>`: one candidate's APL for one scheme version (the router takes one segment). */
export function aplHref(candidateId: string, schemeId: string): string {
  return `#/apl/${encodeURIComponent(candidateId)}~${encodeURIComponent(schemeId)}`;
}

export function parseAplRouteId(routeId: string): { candidateId: string; schemeId: string } | null {
  const at = routeId.indexOf('~');
  if (at <= 0 || at === routeId.length - 1) return null;
  return { candidateId: routeId.slice(0, at), schemeId: routeId.slice(at + 1) };
}
