import type { SessionRuleProblems } from '../../shared/scheduling';
import type { Db } from '../db/open';
import * as q from '../db/queries/scheduling-sessions';
import { problemsOf } from './rule-problem-counts';
import { checkPlan } from './rules';
import { planOf } from './sessions';
import { nowMinutes } from './time';

/** Upcoming sessions read per statement while they are all walked (an LSP plans tens, not thousands, ahead). */
const BATCH = 500;

/**
 * An upcoming session's plan checked against the rules as they stand now, as its page checks it (sessions/get):
 * the facts may have changed since it was planned and sent (an assessor's MET lapsed, a TUK verification due).
 */
export function ruleProblemsOf(db: Db, lspId: string, row: q.SessionRow, now: Date): SessionRuleProblems | null {
  return problemsOf(checkPlan(db, lspId, planOf(db, row), { selfId: row.id, now, asStored: true }).conflicts);
}

/**
 * Every upcoming session of the LSP (not started, not cancelled) whose plan now breaks a rule, with its counts:
 * what the sessions list's "rule problems" filter shows and the LSP home's task counts.
 */
export function upcomingRuleProblems(db: Db, lspId: string, now: Date): Map<string, SessionRuleProblems> {
  const out = new Map<string, SessionRuleProblems>();
  const filter: q.SessionFilter = { lspId, now: nowMinutes(now), status: 'upcoming', fromMin: null, toMin: null, tukId: null, schemeCode: null, assessorId: null, prefix: null, liveOnly: true };
  let after: { starts: number; id: string } | null = null;
  for (;;) {
    const rows = q.sessionPage(db, filter, 'asc', after, BATCH);
    for (const row of rows) {
      const problems = ruleProblemsOf(db, lspId, row, now);
      if (problems) out.set(row.id, problems);
    }
    if (rows.length < BATCH) return out;
    after = { starts: rows[rows.length - 1].starts_min, id: rows[rows.length - 1].id };
  }
}
