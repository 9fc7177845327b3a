import { CERTIFICATES_DUE_DAYS, type LspTasks } from '../../shared/types';
import { listCertificates } from '../certificates/register';
import type { Db } from '../db/open';
import { plenoCount } from '../db/queries/lsp-tasks';
import { aplAwaitingVerificationBySchemes } from '../db/queries/scheduling-apl';
import { resultsWithoutPlenoCount } from '../db/queries/pleno-review';
import { listAppeals } from '../pleno/appeals';
import { certificatesToIssueByPleno } from '../pleno/plenos';
import { listAssessors } from '../registry/assessors';
import { listTuks } from '../registry/tuks';
import { sessionStatusCounts } from '../db/queries/scheduling-sessions';
import { ruleBreaks } from '../scheduling/rule-problems';
import { countSessions } from '../scheduling/session-list';
import { nowInstantMinutes } from '../scheduling/time';

/**
 * What waits for the LSP office, each counted by the list that shows it (so the home's number is that
 * screen's rows): sessions over without results by the status sessions/list derives (every status in one pass),
 * sessions with results that no pleno holds yet as results/sessions {withoutPleno} lists them, assessors by
 * the expiry assessors/list flags (active ones: an inactive assessor is assigned nothing), open appeals
 * as appeals/list gives them (a TUK's FR.AK.04 not yet acted on among them). The assessor list's total
 * stops at LIST_TOTAL_CAP (10,000), beyond any LSP's assessors.
 */
export function lspTasks(db: Db, lspId: string, now: Date, aplBySchemes = aplAwaitingVerificationBySchemes(db, lspId)): LspTasks {
  const sessions = sessionStatusCounts(db, lspId, nowInstantMinutes(now));
  const assessors = (expiry: 'expired' | 'soon') => totalOf(listAssessors(db, lspId, { active: true, expiry, limit: 1 }, now));
  return {
    aplToVerify: aplBySchemes.reduce((n, s) => n + s.count, 0),
    // Upcoming, and the TUK holds no bundle of the plan as it stands: to export before the day.
    sessionsToSend: countSessions(db, lspId, { status: 'upcoming', unsent: true }, now),
    // Upcoming sessions whose plan now breaks a rule (an assessor's MET lapsed, a TUK verification due since the
    // bundle went out): counted as sessions/list {ruleProblems} lists them, by the rules each one's page checks.
    sessionsBreakingRules: ruleBreaks(db, lspId, now, null).size,
    sessionsAwaitingResults: sessions.awaiting_results ?? 0,
    // Results in, whether or not every assessor has signed (status results_in or decided), and no pleno
    // holds the session yet: the assessors' 'decided' is not the pleno's decision.
    sessionsToDecide: resultsWithoutPlenoCount(db, lspId),
    plenosToDecide: plenoCount(db, lspId, 'draft'),
    plenosToSign: plenoCount(db, lspId, 'decided'),
    // An appeal's hold (open, a TUK's not acted on, or accepted) keeps issuing from numbering the seat.
    certificatesToIssue: [...certificatesToIssueByPleno(db, lspId).values()].reduce((n, c) => n + c, 0),
    // Counted as the register's expiring list counts them (in force, not revoked), which the task opens.
    certificatesExpiringSoon: totalOf(listCertificates(db, lspId, { expiringWithinDays: CERTIFICATES_DUE_DAYS, limit: 1 }, now)),
    // In force and due for surveillance by the LSP's period, as the register's surveillance filter lists them.
    certificatesSurveillanceDue: totalOf(listCertificates(db, lspId, { surveillance: 'due', limit: 1 }, now)),
    // In force, their last surveillance found the holder not competent: the LSP decides (a pleno may revoke).
    certificatesAwaitingDecision: totalOf(listCertificates(db, lspId, { surveillance: 'decision', limit: 1 }, now)),
    // Not revoked, and the pleno in force for the seat (a signed correction) decided BK: the certificate's page asks to revoke it.
    certificatesCorrectedToBk: totalOf(listCertificates(db, lspId, { correctedToBk: true, limit: 1 }, now)),
    appealsOpen: listAppeals(db, lspId, { status: 'open' }).length,
    assessorsExpired: assessors('expired'),
    assessorsExpiringSoon: assessors('soon'),
    // Active Mandiri TUKs never verified or past their period: no session may be held there until one is recorded.
    tuksToVerify: totalOf(listTuks(db, lspId, { active: true, verification: 'due', limit: 1 }, now)),
  };
}

const totalOf = (page: { total: number | null; totalAtLeast: number | null }) => page.total ?? page.totalAtLeast ?? 0;
