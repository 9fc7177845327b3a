import { createHash } from 'node:crypto';
import { AppError } from '../shared/errors';

/**
 * A record's revision as a form opened it: a digest of the values the form edits. Several staff edit
 * the office's registry, sessions and plenos at once from their own browsers; a save carrying the revision it opened is
 * refused when the record changed since, rather than writing the whole form over the other's change.
 * A digest of the values needs no column: a change made and undone leaves nothing to lose.
 */
export function revisionOf(values: unknown): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 22);
}

/**
 * Refuses a save opened on an older revision; a caller that sends none (the CLI, an import) is not checked.
 * The refusal names who changed the record last and when (`by`, `at`), from the record's latest audit entry:
 * the one who saved first is asked about their change, not guessed at. Every write of these records is
 * audited; an entry without an actor (a bundle or backup applied) or none at all says "?" rather than a name.
 */
export function requireRevision(opened: string | undefined, current: string, lastChange: () => { at: string; byName: string | null } | undefined): void {
  if (opened === undefined || opened === current) return;
  const last = lastChange();
  throw new AppError('RECORD_CHANGED', { by: last?.byName ?? '?', at: last?.at ?? '?' });
}
