import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Same bound as the contract's `reason`; checked here only to answer before a round trip. */
export const MIN_REASON = 3;

export function reasonOk(reason: string): boolean {
  return reason.trim().length >= MIN_REASON;
}

type Props = { value: string; onChange: (value: string) => void; showProblem: boolean; label?: string; testId?: string };

/** Every audited action asks why; the text goes into the hash-chained log with the proctor's name. */
export function ReasonField({ value, onChange, showProblem, label, testId = 'action-reason' }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const problem = showProblem && !reasonOk(value);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label ?? t('examDay.actions.reason')}
      </label>
      <input
        id={id}
        className="field__input"
        data-testid={testId}
        value={value}
        maxLength={500}
        aria-invalid={problem}
        aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {t('examDay.actions.reasonHint')}
      </p>
      {problem && (
        <p className="field__problem" id={`${id}-problem`} role="alert">
          {t('examDay.actions.reasonTooShort')}
        </p>
      )}
    </div>
  );
}
