import { useTranslation } from 'react-i18next';
import type { CandidateSession } from '../../../../../electron/shared/registry';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { SESSION_STATUS_LABEL } from '../../scheduling/labels';
import { STATUS_TONE } from '../../scheduling/sessions/SessionsTable';
import { schemeLabel } from '../../scheduling/use-schemes';

/**
 * On a candidate's page: every session they were planned in, newest first, and how it went for them as
 * the LSP knows it. A year on, the page said nothing of the session a candidate took, its result or the
 * certificate it gave, so a returning candidate's history was pieced together from the session list.
 */
/** A session's page, as this history and the refused deactivation above it (DeactivateRefusal) link it. */
export const sessionHref = (sessionId: string) => `#/sessions/${encodeURIComponent(sessionId)}`;

export function CandidateSessions({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('candidates/sessions', { candidateId });
  return (
    <Section title={t('registryScreens.candidates.sessions.title')}>
      <LoadView state={state} onRetry={reload}>
        {({ sessions }) =>
          sessions.length === 0 ? (
            <p className="muted" data-testid="candidate-sessions-none">
              {t('registryScreens.candidates.sessions.none')}
            </p>
          ) : (
            <SessionsTable sessions={sessions} />
          )
        }
      </LoadView>
    </Section>
  );
}

function SessionsTable({ sessions }: { sessions: CandidateSession[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="candidate-sessions">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.candidates.sessions.session')}</th>
            <th scope="col">{t('registryScreens.candidates.sessions.scheme')}</th>
            <th scope="col">{t('registryScreens.candidates.sessions.tuk')}</th>
            <th scope="col">{t('registryScreens.candidates.sessions.status')}</th>
            <th scope="col">{t('registryScreens.candidates.sessions.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.sessionId} data-testid="candidate-session-row">
              <th scope="row">
                <a href={sessionHref(s.sessionId)} className="mono">
                  {s.code}
                </a>
                <div className="small nowrap">
                  {f.date(s.date)} {f.time(s.startTime)}
                </div>
              </th>
              <td>{schemeLabel(s.scheme, f.language)}</td>
              <td>{s.tuk.name}</td>
              <td>
                <StatusBadge tone={STATUS_TONE[s.status]}>{t(SESSION_STATUS_LABEL[s.status])}</StatusBadge>
              </td>
              <td data-testid="candidate-session-outcome">
                <Outcome session={s} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Literal keys, as the i18n checks scan them. */
const ATTENDANCE_LABEL = {
  present: 'registryScreens.candidates.sessions.present',
  absent: 'registryScreens.candidates.sessions.absent',
} as const satisfies Record<NonNullable<CandidateSession['attendance']>, string>;
const DECISION_LABEL = {
  K: 'registryScreens.candidates.sessions.competent',
  BK: 'registryScreens.candidates.sessions.notYetCompetent',
} as const satisfies Record<'K' | 'BK', string>;

/** What the LSP knows of the session's outcome for the candidate, step by step; a dash before any. */
function Outcome({ session: s }: { session: CandidateSession }) {
  const { t } = useTranslation();
  const f = useFormat();
  const facts = [
    s.attendance && <span key="attendance">{t(ATTENDANCE_LABEL[s.attendance])}</span>,
    s.recommendation && <span key="recommendation">{t('registryScreens.candidates.sessions.recommendation', { decision: t(DECISION_LABEL[s.recommendation]) })}</span>,
    s.pleno && (
      <span key="pleno">
        {s.pleno.signed
          ? t('registryScreens.candidates.sessions.plenoSigned', { decision: t(DECISION_LABEL[s.pleno.decision]), sk: s.pleno.skNumber ?? '' })
          : t('registryScreens.candidates.sessions.plenoDecided', { decision: t(DECISION_LABEL[s.pleno.decision]) })}
      </span>
    ),
    s.certificate && (
      <span key="certificate">
        <a href={`#/certificates/${encodeURIComponent(s.certificate.certificateId)}`} data-testid="candidate-session-certificate">
          {t('registryScreens.candidates.sessions.certificate', { number: s.certificate.number })}
        </a>{' '}
        {s.certificate.revoked ? (
          <StatusBadge tone="danger">{t('registryScreens.candidates.sessions.revoked')}</StatusBadge>
        ) : (
          <span className="small">{t('registryScreens.candidates.sessions.validUntil', { date: f.date(s.certificate.validUntil) })}</span>
        )}
      </span>
    ),
  ].filter(Boolean);
  if (facts.length === 0) return <>—</>;
  return <ul className="plain-list">{facts.map((fact, i) => <li key={i}>{fact}</li>)}</ul>;
}
