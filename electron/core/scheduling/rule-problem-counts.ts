import type { SessionConflict, SessionRuleProblems } from '../../shared/scheduling';

/** A session's rule conflicts counted by severity; null when there are none. */
export function problemsOf(conflicts: readonly SessionConflict[]): SessionRuleProblems | null {
  const refused = conflicts.filter((c) => c.severity === 'refused').length;
  const pending = conflicts.length - refused;
  return refused + pending === 0 ? null : { refused, pending };
}
