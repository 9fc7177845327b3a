import { useTranslation } from 'react-i18next';
import type { ProctorUpcoming } from '../../../../electron/shared/types';
import { BilingualText } from '../../components/BilingualText';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';

/**
 * The sessions imported here for a later day: the proctor checks before the day that the right bundle
 * arrived (date, code, scheme, candidates). No console button: a session starts on its own day only.
 * At an LSP office they were planned here, not imported: the note says so (`office`).
 */
export function UpcomingSessions({ sessions, office }: { sessions: ProctorUpcoming['sessions']; office: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Section title={t('proctor.upcomingTitle', { total: sessions.length })}>
      <p className="muted small" data-testid="proctor-upcoming-note">
        {office ? t('proctor.upcomingNoteOffice') : t('proctor.upcomingNote')}
      </p>
      <div className="table-wrap">
        <table className="table" data-testid="proctor-upcoming">
          <thead>
            <tr>
              <th scope="col">{t('columns.date')}</th>
              <th scope="col">{t('columns.start')}</th>
              <th scope="col">{t('columns.code')}</th>
              <th scope="col">{t('columns.scheme')}</th>
              <th scope="col">{t('columns.candidates')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-testid="proctor-upcoming-session" data-session={s.id}>
                <th scope="row" className="nowrap">
                  {f.date(s.date)}
                </th>
                <td className="nowrap">{f.time(s.startTime)}</td>
                <td className="nowrap">
                  <span className="mono">{s.code}</span>
                  {s.cancellation && (
                    <>
                      {' '}
                      <StatusBadge tone="danger">{t('examDay.session.cancelledBadge')}</StatusBadge>
                    </>
                  )}
                </td>
                <td>
                  <BilingualText value={s.schemeTitle} /> <span className="muted mono small">{s.schemeCode}</span>
                </td>
                <td>
                  {s.candidateCount}
                  {/* Days ahead is when the LSP can still issue them and send the bundle again. */}
                  {s.withoutPassword > 0 && (
                    <>
                      {' '}
                      <span data-testid="upcoming-no-password">
                        <StatusBadge tone="warning">{t('proctor.upcomingNoPassword', { count: s.withoutPassword })}</StatusBadge>
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
