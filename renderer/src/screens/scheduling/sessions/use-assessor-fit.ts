import { useEffect, useRef, useState } from 'react';
import type { SessionConflict } from '../../../../../electron/shared/scheduling';
import { isIsoDay } from '../../../components/day-text';
import { useClient } from '../../../session/SessionProvider';

/**
 * sessions/assessorFit for the assessors a picker offers: the refusals each one's own record would meet in
 * this plan (scheme, date), keyed by id, so the picker can say why before they are added. A half-typed date
 * counts as none (the core then judges on today); a reply to older choices is dropped, and a failed call
 * leaves the picker as it was (the plan check still refuses them once added).
 */
export function useAssessorFit(assessorIds: readonly string[], schemeId: string, date: string): ReadonlyMap<string, SessionConflict[]> {
  const client = useClient();
  const [fit, setFit] = useState<ReadonlyMap<string, SessionConflict[]>>(new Map());
  const generation = useRef(0);
  const args = { schemeId: schemeId || null, date: isIsoDay(date) ? date : null, assessorIds: [...assessorIds] };
  const key = JSON.stringify(args);
  const latest = useRef({ client, args });
  latest.current = { client, args };
  useEffect(() => {
    const mine = ++generation.current;
    const { client, args } = latest.current;
    if (args.assessorIds.length === 0) return;
    client.call('sessions/assessorFit', args).then(
      (rows) => mine === generation.current && setFit(new Map(rows.map((r) => [r.assessorId, r.conflicts]))),
      () => undefined,
    );
  }, [key]);
  return fit;
}
