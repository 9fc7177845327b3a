import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * In place of the question while the proctor has paused the test: nothing to read and nothing to
 * change (the core refuses any answer stamped inside a pause). Answers given before it stay.
 */
export function PausedPanel() {
  const { t } = useTranslation();
  const title = useRef<HTMLHeadingElement>(null);
  // The pause removes what held the focus (an option, the essay box): the keyboard lands here rather than
  // on the page, where the next Tab started again from the top. Focus kept elsewhere (Keluar) stays.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) title.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="cbt-paused" data-testid="cbt-paused" role="status" aria-live="polite">
      <h1 className="cbt-paused__title" ref={title} tabIndex={-1}>
        {t('cbt.pause.title')}
      </h1>
      <p>{t('cbt.paused')}</p>
      <p className="muted">{t('cbt.pause.hidden')}</p>
    </section>
  );
}
