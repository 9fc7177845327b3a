import { useTranslation } from 'react-i18next';

/**
 * In place of the question while the proctor has paused the test: nothing to read and nothing to
 * change (the core refuses any answer stamped inside a pause). Answers given before it stay.
 */
export function PausedPanel() {
  const { t } = useTranslation();
  return (
    <section className="cbt-paused" data-testid="cbt-paused" role="status" aria-live="polite">
      <h1 className="cbt-paused__title">{t('cbt.pause.title')}</h1>
      <p>{t('cbt.paused')}</p>
      <p className="muted">{t('cbt.pause.hidden')}</p>
    </section>
  );
}
