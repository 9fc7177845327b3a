import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../electron/shared/types';
import { useFormat } from '../i18n/use-format';
import { BilingualText } from './BilingualText';
import { FactList } from './FactList';
import { TUK_TYPE_LABEL } from '../i18n/domain-labels';

/** The when and where of a session, shown the same way to proctors and assessors; and, when the LSP cancelled it, that. */
export function SessionFacts({ session }: { session: SessionSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const c = session.cancellation;
  return (
    <>
      {c && (
        <p className="notice notice--warning" role="status" data-testid="session-cancelled-at-tuk">
          {t(c.afterStart ? 'examDay.session.cancelledAfterStart' : 'examDay.session.cancelled', { at: f.dateTime(c.at), by: c.by, reason: c.reason })}
        </p>
      )}
      <FactList
        layout="inline"
        facts={[
          { key: 'code', label: t('columns.code'), value: <span className="mono">{session.code}</span> },
          {
            key: 'scheme',
            label: t('columns.scheme'),
            value: (
              <>
                <BilingualText value={session.schemeTitle} /> <span className="muted mono small">{session.schemeCode}</span>
              </>
            ),
          },
          { key: 'date', label: t('columns.date'), value: f.date(session.date) },
          { key: 'start', label: t('columns.start'), value: f.time(session.startTime) },
          {
            key: 'duration',
            label: t('columns.duration'),
            value: (
              <>
                {f.minutes(session.durationMinutes)}
                {session.startedWithOtherDuration.map((d) => (
                  <span key={d.minutes} className="muted" data-testid="session-started-with-other-duration">
                    {' '}
                    {t('examDay.session.startedWithOtherDuration', { count: d.candidates, minutes: f.minutes(d.minutes) })}
                  </span>
                ))}
              </>
            ),
          },
          {
            key: 'tuk',
            label: t('columns.tuk'),
            value: (
              <>
                {session.tukName} <span className="muted">· {t(TUK_TYPE_LABEL[session.tukType])}</span>
              </>
            ),
          },
        ]}
      />
    </>
  );
}
