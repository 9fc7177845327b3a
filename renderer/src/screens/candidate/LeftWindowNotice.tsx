import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Leaving the test window (another window, another tab, the desktop) is counted on the proctor's board by
 * the heartbeat; the candidate is told so when they come back, with how often it happened on this PC, so
 * it never comes as a surprise. Counted here on the same events the heartbeat's focus tracker listens to.
 */
export function LeftWindowNotice() {
  const { t } = useTranslation();
  const [times, setTimes] = useState(0);
  const [shown, setShown] = useState(false);
  // Blur and a hidden page often come together for one departure: it is counted once, on return.
  const away = useRef(false);

  useEffect(() => {
    const leave = () => {
      away.current = true;
      setShown(false);
    };
    const back = () => {
      if (!away.current) return;
      away.current = false;
      setTimes((n) => n + 1);
      setShown(true);
    };
    const onVisibility = () => (document.visibilityState === 'hidden' ? leave() : back());
    window.addEventListener('blur', leave);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', leave);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  return (
    <div className="status-slot" role="alert">
      {shown && (
        <div className="notice notice--warning left-window" data-testid="cbt-left-window" data-times={times}>
          <p className="notice__text">{t('cbt.leftWindow', { count: times })}</p>
          <button type="button" className="button button--secondary button--small" data-testid="cbt-left-window-ok" onClick={() => setShown(false)}>
            {t('cbt.leftWindowOk')}
          </button>
        </div>
      )}
    </div>
  );
}
