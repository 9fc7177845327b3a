import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_SIZES, type DisplayPrefs } from '../../cbt/display-prefs';
import { FONT_SIZE_LABEL } from './labels';

type Props = { prefs: DisplayPrefs; onChange: (next: DisplayPrefs) => void };

export function DisplayControls({ prefs, onChange }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="display-controls">
      <div className="display-controls__sizes" role="group" aria-labelledby={labelId}>
        <span className="display-controls__label" id={labelId}>
          {t('cbt.display.fontSize')}
        </span>
        <div className="segmented">
          {FONT_SIZES.map((size) => (
            <button
              key={size}
              type="button"
              className={`segmented__option font-sample font-sample--${size}`}
              data-testid={`cbt-font-${size}`}
              aria-pressed={prefs.fontSize === size}
              onClick={() => onChange({ ...prefs, fontSize: size })}
            >
              {t(FONT_SIZE_LABEL[size])}
            </button>
          ))}
        </div>
      </div>
      <button
        type="button"
        className="button button--secondary button--small"
        data-testid="cbt-contrast"
        aria-pressed={prefs.highContrast}
        onClick={() => onChange({ ...prefs, highContrast: !prefs.highContrast })}
      >
        <span className="toggle-dot" aria-hidden="true" />
        {t('cbt.display.contrast')}
      </button>
    </div>
  );
}
