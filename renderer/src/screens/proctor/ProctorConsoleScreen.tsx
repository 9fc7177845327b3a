import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { useFormat } from '../../i18n/use-format';
import { TukZoneScope } from '../../i18n/tuk-zone';
import { ProctorConsole } from './ProctorConsole';
import { exportedAfterClose } from './ResultsExported';
import { navigate, useRouteId } from '../../navigation/hash-route';

/**
 * `#/console/<sessionId>`: one of today's sessions in the exam console. An address of its own, so a
 * reload returns to the console and the browser's back button leaves it for today's sessions.
 */
export function ProctorConsoleScreen() {
  const sessionId = useRouteId();
  const { state, reload } = useLoad('proctor/today', {});
  return (
    <div className="home" data-testid="home-proctor">
      <LoadView state={state} onRetry={reload}>
        {(today) => {
          const picked = today.sessions.find((s) => s.session.id === sessionId);
          if (!picked) return <NotToday sessionId={sessionId} />;
          // The exam's times on the TUK's clock, the zone named, as its forms print them.
          return (
            <TukZoneScope zone={picked.session.tukZone}>
              <ProctorConsole
                key={picked.session.id}
                session={picked.session}
                resultsExport={exportedAfterClose(picked.run, picked.resultsExport)}
                onBack={() => navigate('')}
              />
            </TukZoneScope>
          );
        }}
      </LoadView>
    </div>
  );
}

/**
 * The address names no session of today here. One imported for a later day says its day, so the proctor
 * knows the bundle arrived and when the console opens; any other is not found.
 */
function NotToday({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { state } = useLoad('proctor/upcoming', {});
  if (state.status === 'loading') return null;
  const later = state.status === 'ready' ? state.data.sessions.find((s) => s.id === sessionId) : undefined;
  return (
    <>
      <PageTitle eyebrow={t('proctor.eyebrow')} title={later ? t('proctor.consoleUpcomingTitle') : t('proctor.consoleNotTodayTitle')} />
      <div className="empty-state" data-testid="console-not-today" data-upcoming={later !== undefined}>
        <p className="empty-state__title">
          {later ? t('proctor.consoleUpcoming', { code: later.code, date: f.longDate(later.date), time: f.time(later.startTime) }) : t('proctor.consoleNotToday')}
        </p>
        <a href="#/" data-testid="console-back">
          {t('examDay.back')}
        </a>
      </div>
    </>
  );
}
