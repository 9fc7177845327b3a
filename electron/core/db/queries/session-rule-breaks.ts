/**
 * Upcoming sessions whose plan breaks a rule that can break after it was saved, every session in one statement:
 * the sessions list's badges and filter and the LSP home's task. checkPlan (scheduling/rules.ts) run once a
 * session took ~3 ms, 15 s for the 5,000 upcoming sessions of the scheduling bench, on every home load.
 *
 * A save refuses every broken rule, so what breaks later is what changes beside the plan: a record deactivated
 * or edited (scheme, TUK, assessor, candidate), a date passing (a MET registration or technical certificate
 * expiring by the session's day, a TUK Mandiri's verification lapsing), a verification found unfit. Each is
 * checkPlan's own refusal, by its terms; its other rules (APL gates, overlaps, day loads) are another
 * session's save to refuse, and its page still checks them all.
 *
 * Each rule reads only what can break it, so a session's cost is a few index lookups, not a read of all its rows:
 * - a candidate deactivated: from the inactive ones to their seats;
 * - a scheme: whether the session's is inactive, from the list of those;
 * - a TUK: its record is read once per statement (`t`), with whether its Mandiri verification holds for every
 *   upcoming day (`sound`: a fit one since the cutoff by today, and no unfit one since the cutoff), so only a
 *   session at a TUK that is not sound reads its verifications; capacity compares session_seats (migration 033);
 * - an assessor: only those whose record can refuse a session are checked against the sessions they are planned
 *   in: inactive, a loan letter missing or without some scheme (`suspect`), against every one; a MET registration
 *   or certificate ending before the last session's day (`lapsing`), against the sessions after the earliest end.
 * The terms of each refusal are the statement's before these shortcuts (test/core/scheduling/rule-breaks.test.ts
 * holds that statement and compares the two).
 */
import type { Db } from '../open';
import { sql } from '../statements';
import { notBegunSql } from './session-now';

export type RuleBreakRow = { session_id: string; refused: number };

export type RuleBreakParams = {
  lspId: string;
  /** The current instant (nowInstantMinutes): sessions not begun by it on their TUK's clock (session-now.ts). */
  now: number;
  /** The local date of `now`: no upcoming session is before it. */
  today: string;
  /** A Mandiri verification before this day has lapsed (registry/tuks.ts verificationCutoff). */
  cutoff: string;
  /** The LSP's scheduling rule switches (scheduling/settings.ts), 1 on. */
  tukCapacity: number;
  tukVerification: number;
  assessorScheme: number;
  assessorCredentials: number;
  loanLetter: number;
  /** Only these sessions (a list page's rows), as a JSON array; null: every upcoming one. */
  ids: string | null;
};

/** The latest verification first, as scheduling-rules' latestForSession and latestOn order them. */
const LATEST = 'ORDER BY v.verified_on DESC, v.recorded_at DESC, v.rowid DESC LIMIT 1';

/**
 * A session not begun, not cancelled, its results not imported. `up` holds them once, in id order: the branches
 * then look up session_seats and session_assessor in the order of their keys.
 */
const UPCOMING = `s.lsp_id = @lspId AND s.cancelled_at IS NULL AND ${notBegunSql('@now')}
      AND NOT EXISTS (SELECT 1 FROM session_run run WHERE run.session_id = s.id AND (run.started_at IS NOT NULL OR run.ended_at IS NOT NULL))
      AND s.id NOT IN (SELECT session_id FROM bundle_import WHERE kind = 'results' AND session_id IS NOT NULL)`;

export const ruleBreaksSql = (byIds: boolean) => {
  // A page's rows by id (and only their TUKs and assessors read), else the LSP's sessions from now on by their own index (migration 033: never a scan of the past, nor a read of each row).
  const sessions = byIds ? 'json_each(@ids) j CROSS JOIN session s ON s.id = j.value' : 'session s INDEXED BY session_upcoming';
  const retired = '(s.scheme_id IN (SELECT sc.id FROM scheme sc WHERE sc.active <> 1))';
  const over = '(@tukCapacity AND t.capacity IS NOT NULL AND coalesce((SELECT n.seats FROM session_seats n WHERE n.session_id = s.id), 0) > t.capacity)';
  const lapsed = `(@tukVerification AND (t.sound = 0 OR s.date < @today) AND CASE WHEN t.type <> 'mandiri'
        THEN coalesce((SELECT v.result = 'unfit' FROM tuk_verification v WHERE v.tuk_id = t.id AND v.session_id = s.id ${LATEST}), 0)
        ELSE coalesce((SELECT v.result = 'unfit' OR v.verified_on < @cutoff FROM tuk_verification v WHERE v.tuk_id = t.id AND v.verified_on <= s.date ${LATEST}), 1) END)`;
  return `WITH
  up AS MATERIALIZED (SELECT s.id, s.date, s.tuk_id, s.scheme_id FROM ${sessions} WHERE ${UPCOMING} ORDER BY s.id),
  t AS MATERIALIZED (
    SELECT t.id, t.type, t.active, t.capacity, t.type = 'mandiri'
      AND EXISTS (SELECT 1 FROM tuk_verification v WHERE v.tuk_id = t.id AND v.verified_on >= @cutoff AND v.verified_on <= @today AND v.result = 'fit')
      AND NOT EXISTS (SELECT 1 FROM tuk_verification v WHERE v.tuk_id = t.id AND v.verified_on >= @cutoff AND v.result = 'unfit') AS sound
    FROM tuk t${byIds ? ' WHERE t.id IN (SELECT tuk_id FROM up)' : ''}
  ),
  a AS MATERIALIZED (
    SELECT a.id, a.active, a.met_expires_on, a.tech_cert_expires_on,
      a.home_lsp IS NOT NULL AND (coalesce(a.loan_letter_no, '') = '' OR a.loan_letter_date IS NULL) AS unlettered,
      EXISTS (SELECT 1 FROM scheme sc WHERE NOT EXISTS (SELECT 1 FROM assessor_scheme x WHERE x.assessor_id = a.id AND x.scheme_code = sc.code)) AS narrow
    FROM assessor a${byIds ? ' WHERE a.id IN (SELECT sa.assessor_id FROM up CROSS JOIN session_assessor sa ON sa.session_id = up.id)' : ''}
  ),
  -- Assessors whose record refuses whatever the day: every one of their upcoming sessions is checked.
  suspect AS MATERIALIZED (SELECT * FROM a WHERE active <> 1 OR (@assessorScheme AND narrow) OR (@loanLetter AND unlettered)),
  -- The others whose MET registration or certificate ends before the last session's day: only the sessions after
  -- the earliest such end can be refused, and by these two rules alone.
  lapsing AS MATERIALIZED (
    SELECT id, met_expires_on, tech_cert_expires_on, min(met_expires_on, coalesce(tech_cert_expires_on, met_expires_on)) AS ends FROM a
    WHERE @assessorCredentials AND NOT (active <> 1 OR (@assessorScheme AND narrow) OR (@loanLetter AND unlettered))
      AND (met_expires_on < (SELECT max(date) FROM session) OR tech_cert_expires_on < (SELECT max(date) FROM session))
  ),
  breaks(id, n) AS MATERIALIZED (
    SELECT s.id, ${retired} + (t.active <> 1) + ${over} + ${lapsed}
    FROM up s CROSS JOIN t ON t.id = s.tuk_id
    WHERE (${retired} OR t.active <> 1 OR ${over} OR ${lapsed})
    UNION ALL
    SELECT s.id, (p.active <> 1)
      + CASE WHEN @assessorScheme AND p.narrow THEN NOT EXISTS (SELECT 1 FROM assessor_scheme x WHERE x.assessor_id = p.id AND x.scheme_code = (SELECT sc.code FROM scheme sc WHERE sc.id = s.scheme_id)) ELSE 0 END
      + (@assessorCredentials AND p.met_expires_on < s.date)
      + (@assessorCredentials AND p.tech_cert_expires_on IS NOT NULL AND p.tech_cert_expires_on < s.date)
      + (@loanLetter AND p.unlettered)
    FROM up s CROSS JOIN session_assessor sa ON sa.session_id = s.id CROSS JOIN suspect p ON p.id = sa.assessor_id
    -- None such (the usual case): the branch reads nothing. (CASE: AND in a value reads both sides.)
    WHERE EXISTS (SELECT 1 FROM suspect)
    UNION ALL
    SELECT s.id, (p.met_expires_on < s.date) + (p.tech_cert_expires_on IS NOT NULL AND p.tech_cert_expires_on < s.date)
    FROM up s CROSS JOIN session_assessor sa ON sa.session_id = s.id CROSS JOIN lapsing p ON p.id = sa.assessor_id
    WHERE s.date > (SELECT min(ends) FROM lapsing) AND s.date > p.ends
    UNION ALL
    SELECT s.id, 1 FROM candidate c CROSS JOIN session_candidate x ON x.candidate_id = c.id CROSS JOIN session s ON s.id = x.session_id
    WHERE c.lsp_id = @lspId AND c.active = 0 AND ${UPCOMING}${byIds ? ' AND s.id IN (SELECT value FROM json_each(@ids))' : ''}
  )
  SELECT id AS session_id, sum(n) AS refused FROM breaks GROUP BY id HAVING sum(n) > 0`;
};

export const upcomingRuleBreaks = (db: Db, p: RuleBreakParams): RuleBreakRow[] => sql<[RuleBreakParams], RuleBreakRow>(db, ruleBreaksSql(p.ids !== null)).all(p);
