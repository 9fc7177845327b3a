import { useTranslation } from 'react-i18next';
import type { PlannedSession, SessionStatus } from '../../../../../electron/shared/scheduling';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { useLanguage } from '../../../i18n/use-language';
import { SESSION_STATUS_LABEL } from '../labels';
import { schemeLabel } from '../use-schemes';
import { sessionWhen } from './session-when';

/** The badge's colour per status, on the list and on a session's page. */
export const STATUS_TONE = { upcoming: 'info', running: 'warning', awaiting_results: 'warning', results_in: 'neutral', decided: 'info', pleno_decided: 'success', certified: 'success', cancelled: 'danger' } as const satisfies Record<
  SessionStatus,
  'info' | 'warning' | 'neutral' | 'success' | 'danger'
>;

/** Sessions as the sessions list shows them (and the LSP's home, its next ones): when, where, who, status. */
export function SessionsTable({ rows }: { rows: PlannedSession[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { language } = useLanguage();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="sessions-table">
        <thead>
          <tr>
            <th scope="col">{t('schedulingScreens.sessions.code')}</th>
            <th scope="col">{t('schedulingScreens.sessions.when')}</th>
            <th scope="col">{t('schedulingScreens.scheme')}</th>
            <th scope="col">{t('schedulingScreens.tuk')}</th>
            <th scope="col">{t('schedulingScreens.sessions.people')}</th>
            <th scope="col">{t('schedulingScreens.sessions.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const when = sessionWhen(row, f);
            return (
              <tr key={row.id} data-testid="session-row">
                <th scope="row">
                  <a href={`#/sessions/${encodeURIComponent(row.id)}`} className="mono">
                    {row.code}
                  </a>
                  <div className="small">{f.title(row)}</div>
                </th>
                <td className="nowrap">
                  {/* On the TUK's clock, which the office's may not be: its zone says which (WIB, WITA, WIT in both languages). */}
                  {when.span} <span data-testid="session-zone">{when.zone}</span>
                </td>
                <td>{schemeLabel(row.scheme, language)}</td>
                <td>{row.tuk.name}</td>
                <td>
                  {t('schedulingScreens.sessions.assessorCount', { count: row.assessorCount })}, {t('schedulingScreens.sessions.candidateCount', { count: row.candidateCount })}
                </td>
                <td>
                  <StatusBadge tone={STATUS_TONE[row.status]}>{t(SESSION_STATUS_LABEL[row.status])}</StatusBadge>
                  {/* The TUK holds an older plan until the bundle is exported again. */}
                  {row.changedSinceExport && (
                    <span data-testid="session-changed-since-export">
                      {' '}
                      <StatusBadge tone="warning">{t('schedulingScreens.sessions.changedSinceExport')}</StatusBadge>
                    </span>
                  )}
                  {/* A rule broken since it was planned or sent (its page lists which): seen from the list, not only there. */}
                  {row.ruleProblems && (
                    <a href={`#/sessions/${encodeURIComponent(row.id)}`} data-testid="session-rule-problems" data-refused={row.ruleProblems.refused} data-pending={row.ruleProblems.pending}>
                      {row.ruleProblems.refused > 0 && (
                        <>
                          {' '}
                          <StatusBadge tone="danger">{t('schedulingScreens.sessions.rulesRefused', { count: row.ruleProblems.refused })}</StatusBadge>
                        </>
                      )}
                      {row.ruleProblems.pending > 0 && (
                        <>
                          {' '}
                          <StatusBadge tone="warning">{t('schedulingScreens.sessions.rulesPending', { count: row.ruleProblems.pending })}</StatusBadge>
                        </>
                      )}
                    </a>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
