import type { SessionConflict, SessionRuleProblems } from '../../shared/scheduling';
import { localDate } from '../clock';
import type { Db } from '../db/open';
import { upcomingRuleBreaks } from '../db/queries/session-rule-breaks';
import { registrySettings } from '../registry/settings';
import { verificationCutoff } from '../registry/tuks';
import { schedulingSettings } from './settings';
import { nowInstantMinutes } from './time';

const on = (flag: boolean) => (flag ? 1 : 0);

/**
 * Upcoming sessions whose plan now breaks a rule it met when saved (an assessor's MET lapsed by the session's
 * day, a TUK deactivated or its verification lapsed, a candidate deactivated…), with how many: the sessions
 * list's badges and filter and the LSP home's task, all in one statement (db/queries/session-rule-breaks.ts),
 * read afresh at each call: nothing of it is kept between calls.
 * `ids`: only these sessions (a list page's rows); null: every upcoming one of the LSP. Its page lists each
 * broken rule, and what is only to check, by checkPlan.
 */
export function ruleBreaks(db: Db, lspId: string, now: Date, ids: readonly string[] | null): Map<string, SessionRuleProblems> {
  const s = schedulingSettings(db);
  const today = localDate(now);
  const rows = upcomingRuleBreaks(db, {
    lspId,
    now: nowInstantMinutes(now),
    today,
    cutoff: verificationCutoff(today, registrySettings(db).mandiriVerificationMonths),
    tukCapacity: on(s.tukCapacity),
    tukVerification: on(s.tukVerification),
    assessorScheme: on(s.assessorScheme),
    assessorCredentials: on(s.assessorCredentials),
    loanLetter: on(s.loanLetter),
    ids: ids === null ? null : JSON.stringify(ids),
  });
  return new Map(rows.map((r) => [r.session_id, { refused: r.refused, pending: 0 }]));
}

/** A session's rule conflicts as its page checks them (checkPlan), counted by severity; null when there are none. */
export function problemsOf(conflicts: readonly SessionConflict[]): SessionRuleProblems | null {
  const refused = conflicts.filter((c) => c.severity === 'refused').length;
  const pending = conflicts.length - refused;
  return refused + pending === 0 ? null : { refused, pending };
}
