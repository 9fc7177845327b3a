import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreRestarts } from '../session/core-restarts';

/** Long enough to be read, short enough not to linger over the screen it reloaded. */
export const RECONNECT_NOTICE_MS = 6_000;

/**
 * Says, for a few seconds, that the app reconnected to its core after a restart. The live region is
 * always in the page (empty when quiet) so screen readers announce the text when it appears.
 */
export function ReconnectNotice() {
  const { t } = useTranslation();
  const restarts = useCoreRestarts();
  const [shownFor, setShownFor] = useState(0);
  useEffect(() => {
    if (restarts === 0) return;
    setShownFor(restarts);
    const timer = setTimeout(() => setShownFor(0), RECONNECT_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [restarts]);
  return (
    <div className="reconnect-notice" role="status" data-testid="reconnect-notice">
      {shownFor > 0 ? <p className="notice notice--success">{t('app.coreReconnected')}</p> : null}
    </div>
  );
}
