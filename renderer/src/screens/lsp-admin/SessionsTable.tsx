import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../electron/shared/types';
import { BilingualText } from '../../components/BilingualText';
import { useFormat } from '../../i18n/use-format';
import { TUK_TYPE_LABEL } from '../../i18n/domain-labels';

export function SessionsTable({ sessions }: { sessions: SessionSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="sessions-table">
        <thead>
          <tr>
            <th scope="col">{t('columns.code')}</th>
            <th scope="col">{t('columns.title')}</th>
            <th scope="col">{t('columns.date')}</th>
            <th scope="col">{t('columns.start')}</th>
            <th scope="col">{t('columns.duration')}</th>
            <th scope="col">{t('columns.tuk')}</th>
            <th scope="col" className="num">
              {t('columns.candidates')}
            </th>
            <th scope="col">{t('columns.assessors')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row" className="mono nowrap">
                {session.code}
              </th>
              <td>
                <BilingualText value={session.title} />
                <span className="cell-sub">
                  <span className="mono">{session.schemeCode}</span>
                </span>
              </td>
              <td className="nowrap">{f.date(session.date)}</td>
              <td className="nowrap">{f.time(session.startTime)}</td>
              <td className="nowrap">{f.minutes(session.durationMinutes)}</td>
              <td>
                {session.tukName}
                <span className="cell-sub">{t(TUK_TYPE_LABEL[session.tukType])}</span>
              </td>
              <td className="num">{f.number(session.candidateCount)}</td>
              <td>
                <ul className="plain-list">
                  {session.assessorNames.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
