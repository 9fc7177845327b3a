import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { ProctorConsole } from './ProctorConsole';
import { navigate, useRouteId } from '../../navigation/hash-route';

/**
 * `#/console/<sessionId>`: one of today's sessions in the exam console. An address of its own, so a
 * reload returns to the console and the browser's back button leaves it for today's sessions.
 */
export function ProctorConsoleScreen() {
  const { t } = useTranslation();
  const sessionId = useRouteId();
  const { state, reload } = useLoad('proctor/today', {});
  return (
    <div className="home" data-testid="home-proctor">
      <LoadView state={state} onRetry={reload}>
        {(today) => {
          const picked = today.sessions.find((s) => s.session.id === sessionId);
          if (!picked) {
            return (
              <>
                <PageTitle eyebrow={t('proctor.eyebrow')} title={t('proctor.consoleNotTodayTitle')} />
                <div className="empty-state" data-testid="console-not-today">
                  <p className="empty-state__title">{t('proctor.consoleNotToday')}</p>
                  <a href="#/" data-testid="console-back">
                    {t('examDay.back')}
                  </a>
                </div>
              </>
            );
          }
          return <ProctorConsole key={picked.session.id} session={picked.session} onBack={() => navigate('')} />;
        }}
      </LoadView>
    </div>
  );
}
