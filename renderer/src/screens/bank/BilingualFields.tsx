import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../registry/field-errors';
import type { TextPair } from './item-draft';

type Props = {
  /** The core's field path without the language: `prompt`, `options.2.text`. */
  name: string;
  label: string;
  value: TextPair;
  onChange: (value: TextPair) => void;
  errors: FieldErrors;
  rows?: number;
  /** Indonesian may be left empty too (an optional text). */
  optional?: boolean;
  disabled?: boolean;
  /** A line under the pair's legend, read with each of its fields. */
  hint?: string;
};

/** One text in both languages, Indonesian first (required) and English (optional), each with the core's problem below it. */
export function BilingualFields({ name, label, value, onChange, errors, rows = 3, optional = false, disabled = false, hint }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="bank-bilingual" disabled={disabled}>
      <legend className="field__label">
        {label} {optional && <span className="field__optional">{t('bankScreens.item.optional')}</span>}
      </legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="bank-bilingual__pair">
        {(['id', 'en'] as const).map((language) => {
          const path = `${name}.${language}`;
          const problem = errors.get(path);
          const inputId = `${id}-${language}`;
          return (
            <div className="field" key={language}>
              <label className="field__label field__label--small" htmlFor={inputId}>
                {language === 'id' ? t('bankScreens.item.indonesian') : t('bankScreens.item.english')}{' '}
                {language === 'en' && <span className="field__optional">{t('bankScreens.item.optional')}</span>}
              </label>
              <textarea
                id={inputId}
                className="field__input"
                lang={language}
                rows={rows}
                data-testid={`field-${path}`}
                spellCheck={false}
                value={value[language]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={[hint ? `${id}-hint` : '', problem ? `${inputId}-problem` : ''].filter(Boolean).join(' ') || undefined}
                onChange={(event) => onChange({ ...value, [language]: event.target.value })}
              />
              {problem && (
                <p className="field__problem" id={`${inputId}-problem`} data-testid={`problem-${path}`}>
                  {t(problem)}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
