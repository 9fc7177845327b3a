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

/** Refuses a save opened on an older revision; a caller that sends none (the CLI, an import) is not checked. */
export function requireRevision(opened: string | undefined, current: string): void {
  if (opened !== undefined && opened !== current) throw new AppError('RECORD_CHANGED');
}
