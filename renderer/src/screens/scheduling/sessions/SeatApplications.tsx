import { useTranslation } from 'react-i18next';
import type { PlannedSessionDetail } from '../../../../../electron/shared/scheduling';
import { aplHref } from '../apl/apl-route';
import { byName } from './candidate-order';

/**
 * A session that can no longer change: its candidates, each with the FR.APL round their seat was planned on
 * (migration 028), which opens as that session used it, whatever round the candidate started since.
 */
export function SeatApplications({ detail }: { detail: PlannedSessionDetail }) {
  const { t } = useTranslation();
  if (detail.candidates.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="seat-applications">
        <caption className="table__caption">{t('schedulingScreens.planner.candidates', { count: detail.candidates.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.candidates.name')}</th>
            <th scope="col">{t('registryScreens.candidates.participantNo')}</th>
            <th scope="col">{t('schedulingScreens.aplRounds.seatApplication')}</th>
          </tr>
        </thead>
        <tbody>
          {byName(detail.candidates).map((c) => (
            <tr key={c.candidateId} data-testid="seat-application">
              <th scope="row">{c.name}</th>
              <td className="mono nowrap">{c.participantNo}</td>
              <td>
                {c.aplRound === null ? (
                  t('schedulingScreens.aplRounds.seatNone')
                ) : (
                  <a href={aplHref(c.candidateId, detail.scheme.id, c.aplRound)}>{t('schedulingScreens.aplRounds.seatRound', { round: c.aplRound })}</a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
