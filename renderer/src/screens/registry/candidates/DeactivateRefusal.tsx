import type { UiError } from '../../../api/client-errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { sessionHref } from './CandidateSessions';

/**
 * A candidate's deactivation refused while they sit in sessions not over yet: each session it names opens its page,
 * as the history below links them, where the admin takes the candidate out or cancels it. Several come as the
 * refusal's reasons; one is named in its sentence alone (params.sessionId), so it is listed the same way here.
 */
export function DeactivateRefusal({ error }: { error: UiError }) {
  if (error.code !== 'CANDIDATE_IN_UNFINISHED_SESSION') return <ErrorMessage error={error} />;
  const { session, date, startTime, sessionId } = error.params;
  const seated = error.reasons?.length ? error.reasons : [{ code: 'CANDIDATE_SEATED_IN' as const, params: { session, date, startTime, sessionId } }];
  return <ErrorMessage error={{ ...error, reasons: seated }} reasonHref={(r) => (typeof r.params.sessionId === 'string' ? sessionHref(r.params.sessionId) : null)} />;
}
