import { useTranslation } from 'react-i18next';

type Props = {
  /** Question numbers whose answer the core refused as given during a pause. */
  numbers: readonly number[];
  onGo: (number: number) => void;
  onDismiss: () => void;
};

/**
 * Answers this PC queued during a pause it did not know about (the LAN was down) are refused by the
 * core once they arrive. The candidate is told which questions, and each shows again what the core
 * holds, so no answer vanishes without a word.
 */
export function RefusedAnswers({ numbers, onGo, onDismiss }: Props) {
  const { t } = useTranslation();
  if (numbers.length === 0) return null;
  return (
    <div className="notice notice--warning cbt-refused" data-testid="cbt-refused" data-numbers={numbers.join(',')} role="alert">
      <p className="notice__text">{t('cbt.pause.refused', { count: numbers.length, numbers: numbers.join(', ') })}</p>
      <div className="cbt-refused__actions">
        {numbers.map((n) => (
          <button key={n} type="button" className="button button--secondary button--small" onClick={() => onGo(n)}>
            {t('cbt.pause.goTo', { number: n })}
          </button>
        ))}
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          {t('cbt.dismiss')}
        </button>
      </div>
    </div>
  );
}
