import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInputs';
import type { FieldErrors } from './field-errors';

type Props = {
  /** The core's field path, which names the problem and the test id (`field-<name>`). */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  type?: 'text' | 'date' | 'number' | 'email' | 'tel';
  hint?: string;
  /** `bnsp`: may be empty here, but the BNSP upload refuses the candidate without it. */
  optional?: boolean | 'bnsp';
  inputMode?: 'numeric' | 'text';
  mono?: boolean;
  className?: string;
  /** Values the browser offers as the person types (a datalist), each with its label: a code and its name. */
  suggestions?: readonly { value: string; label: string }[];
};

/** One labelled input of a registry form, with the core's reason for refusing it right below it. */
export function RegistryField({ name, label, value, onChange, errors, type = 'text', hint, optional = false, inputMode, mono = false, className, suggestions }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const problem = errors.get(name);
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}{' '}
        {optional && <span className="field__optional">{optional === 'bnsp' ? t('registryScreens.record.optionalBnsp') : t('registryScreens.record.optional')}</span>}
      </label>
      {type === 'date' ? (
        // Once the core has named the problem, this input does not say it a second time.
        <DayInput id={id} data-testid={`field-${name}`} value={value} onChange={onChange} quiet={Boolean(problem)} aria-invalid={problem ? true : undefined} aria-describedby={describedBy} />
      ) : (
        <input
          id={id}
          className={`field__input${mono ? ' mono' : ''}`}
          data-testid={`field-${name}`}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          list={suggestions?.length ? `${id}-list` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {suggestions && suggestions.length > 0 && (
        <datalist id={`${id}-list`} data-testid={`suggestions-${name}`}>
          {suggestions.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field__problem" id={`${id}-problem`} data-testid={`problem-${name}`}>
          {t(problem)}
        </p>
      )}
    </div>
  );
}

type SelectProps = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: FieldErrors;
  options: readonly { value: string; label: string }[];
  className?: string;
  hint?: string;
};

/** A labelled select of a registry form, with its problem below it like RegistryField. */
export function RegistrySelect({ name, label, value, onChange, errors, options, className, hint }: SelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const problem = errors.get(name);
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        data-testid={`field-${name}`}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field__problem" id={`${id}-problem`} data-testid={`problem-${name}`}>
          {t(problem)}
        </p>
      )}
    </div>
  );
}
