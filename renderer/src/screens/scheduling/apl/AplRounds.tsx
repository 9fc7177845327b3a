import { useTranslation } from 'react-i18next';
import type { AplDetail } from '../../../../../electron/shared/scheduling';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { APL01_RESULT_LABEL, PURPOSE_LABEL, RECOMMENDATION_LABEL } from '../labels';
import { aplHref } from './apl-route';

/**
 * The candidate's applications for this scheme version, one per certification round, newest first: its
 * purpose, when it was saved, the LSP's verification, the assessor's review, the session that used it, and
 * which one is current (the one a new session seats them on). Each opens on its own address.
 */
export function AplRounds({ detail }: { detail: AplDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shown = detail.round?.number;
  return (
    <table className="table" data-testid="apl-rounds">
      <thead>
        <tr>
          <th scope="col">{t('schedulingScreens.aplRounds.round')}</th>
          <th scope="col">{t('schedulingScreens.apl01.purpose')}</th>
          <th scope="col">{t('schedulingScreens.aplRounds.savedAt')}</th>
          <th scope="col">{t('schedulingScreens.apl01.verification')}</th>
          <th scope="col">{t('schedulingScreens.aplRounds.review')}</th>
          <th scope="col">{t('schedulingScreens.aplRounds.usedIn')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.rounds.map((r) => (
          <tr key={r.applicationId} data-testid={`apl-round-${r.round}`} aria-current={r.round === shown ? 'page' : undefined}>
            <td>
              {r.round === shown ? (
                <strong>{t('schedulingScreens.aplRounds.roundNo', { round: r.round })}</strong>
              ) : (
                <a href={aplHref(detail.candidate.id, detail.scheme.id, r.current ? undefined : r.round)}>{t('schedulingScreens.aplRounds.roundNo', { round: r.round })}</a>
              )}{' '}
              {r.current && <StatusBadge tone="info">{t('schedulingScreens.aplRounds.current')}</StatusBadge>}
            </td>
            <td>{t(PURPOSE_LABEL[r.purpose])}</td>
            <td>{f.dayOf(r.savedAt)}</td>
            <td>
              {r.verification ? (
                <StatusBadge tone={r.verification.result === 'accepted' ? 'success' : 'danger'}>{t(APL01_RESULT_LABEL[r.verification.result])}</StatusBadge>
              ) : (
                t('schedulingScreens.aplRounds.none')
              )}
            </td>
            <td>{r.recommendation ? t(RECOMMENDATION_LABEL[r.recommendation]) : t('schedulingScreens.aplRounds.none')}</td>
            <td>
              {r.usedIn ? (
                <a href={`#/sessions/${encodeURIComponent(r.usedIn.sessionId)}`}>
                  <span className="mono">{r.usedIn.code}</span> · {f.date(r.usedIn.date)}
                </a>
              ) : (
                t('schedulingScreens.aplRounds.notUsed')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
