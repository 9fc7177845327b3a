/**
 * The statement session-rule-breaks.ts ran before each rule read only what can break it (migration 033, commit
 * after 1240f10d): every upcoming session through every rule. The tests compare the two on the same data. Which
 * sessions have not begun is today's reckoning (session-now.ts: now on each TUK's clock) in both, as it is not
 * what the comparison is about.
 */
import { notBegunSql } from '../../../electron/core/db/queries/session-now';

/** The latest verification first, as scheduling-rules' latestForSession and latestOn order them. */
const LATEST = 'ORDER BY v.verified_on DESC, v.recorded_at DESC, v.rowid DESC LIMIT 1';

/**
 * The upcoming sessions, found once (MATERIALIZED: each rule's branch reads them) by id for a page's rows, else by
 * the LSP's start index; CROSS JOIN keeps each branch walking from them rather than from a whole table. bundle_import has no index by session: its results sessions are one list, read once.
 */
const upcoming = (byIds: boolean) => `WITH up AS MATERIALIZED (
    SELECT s.id, s.date, s.tuk_id, s.scheme_id FROM ${byIds ? 'json_each(@ids) j CROSS JOIN session s ON s.id = j.value' : 'session s'}
    WHERE s.lsp_id = @lspId AND s.cancelled_at IS NULL AND ${notBegunSql('@now')}
      AND NOT EXISTS (SELECT 1 FROM session_run run WHERE run.session_id = s.id AND (run.started_at IS NOT NULL OR run.ended_at IS NOT NULL))
      AND s.id NOT IN (SELECT session_id FROM bundle_import WHERE kind = 'results' AND session_id IS NOT NULL)
  ),`;

export const ruleBreaksBeforeSql = (byIds: boolean) => `${upcoming(byIds)}
  breaks AS (
    SELECT up.id, 1 AS n FROM up JOIN scheme sc ON sc.id = up.scheme_id WHERE sc.active <> 1
    UNION ALL
    SELECT up.id, (t.active <> 1)
      + (@tukCapacity AND t.capacity IS NOT NULL AND (SELECT count(*) FROM session_candidate x WHERE x.session_id = up.id) > t.capacity)
      + (@tukVerification AND CASE WHEN t.type <> 'mandiri'
          THEN coalesce((SELECT v.result = 'unfit' FROM tuk_verification v WHERE v.tuk_id = t.id AND v.session_id = up.id ${LATEST}), 0)
          ELSE coalesce((SELECT v.result = 'unfit' OR v.verified_on < @cutoff FROM tuk_verification v WHERE v.tuk_id = t.id AND v.verified_on <= up.date ${LATEST}), 1) END)
    FROM up JOIN tuk t ON t.id = up.tuk_id
    UNION ALL
    SELECT up.id, (a.active <> 1)
      + (@assessorScheme AND NOT EXISTS (SELECT 1 FROM assessor_scheme x JOIN scheme sc ON sc.code = x.scheme_code WHERE x.assessor_id = a.id AND sc.id = up.scheme_id))
      + (@assessorCredentials AND a.met_expires_on < up.date)
      + (@assessorCredentials AND a.tech_cert_expires_on IS NOT NULL AND a.tech_cert_expires_on < up.date)
      + (@loanLetter AND a.home_lsp IS NOT NULL AND (coalesce(a.loan_letter_no, '') = '' OR a.loan_letter_date IS NULL))
    FROM up CROSS JOIN session_assessor sa ON sa.session_id = up.id JOIN assessor a ON a.id = sa.assessor_id
    UNION ALL
    SELECT x.session_id, 1 FROM candidate c JOIN session_candidate x ON x.candidate_id = c.id
    WHERE c.lsp_id = @lspId AND c.active = 0 AND x.session_id IN (SELECT id FROM up)
  )
  SELECT id AS session_id, sum(n) AS refused FROM breaks GROUP BY id HAVING sum(n) > 0`;
