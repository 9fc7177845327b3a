import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../../api/client-errors';
import { DayInput } from '../../components/DayInputs';
import { isIsoDay } from '../../components/day-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useErrorText } from '../../i18n/readable-params';

type TestIds = { date: string; problem: string; confirm: string; yes: string; no: string; open: string };

type Props = {
  initialDate: string;
  label: string;
  hint?: string;
  /** The question asked before numbers are taken, for the date chosen. */
  confirmText: (issuedOn: string) => string;
  yesLabel: string;
  openLabel: string;
  testIds: TestIds;
  busy: boolean;
  error: UiError | null;
  clearError: () => void;
  onConfirm: (issuedOn: string) => void;
};

/**
 * An issue date, asked once more before certificate numbers are taken (issuing a pleno's, replacing a revoked
 * one): a wrong date is put right only by revoking and replacing under a new number. A date the core refuses
 * (still to come, before the SK) is named at the date, any other refusal under the form.
 */
export function IssueDateForm({ initialDate, label, hint, confirmText, yesLabel, openLabel, testIds, busy, error, clearError, onConfirm }: Props) {
  const { t } = useTranslation();
  const dateId = useId();
  const [issuedOn, setIssuedOn] = useState(initialDate);
  const [confirming, setConfirming] = useState(false);
  // The button pressed gives way to the question: the focus goes to its safe answer, not the page's top.
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const errorText = useErrorText();
  const dateProblem = error && (error.code === 'CERTIFICATE_ISSUED_IN_FUTURE' || error.code === 'CERTIFICATE_ISSUED_BEFORE_SK') ? errorText(error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };
  const describedBy = [dateProblem ? `${dateId}-problem` : null, hint ? `${dateId}-hint` : null].filter(Boolean).join(' ');
  return (
    <>
      <form className="bundle-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={dateId}>{label}</label>
          <DayInput
            id={dateId}
            className="field__input field__input--day"
            data-testid={testIds.date}
            aria-describedby={describedBy || undefined}
            aria-invalid={dateProblem ? true : undefined}
            value={issuedOn}
            onChange={(value) => {
              setIssuedOn(value);
              setConfirming(false);
              if (dateProblem) clearError();
            }}
          />
          {dateProblem && (
            <p className="field__problem" id={`${dateId}-problem`} data-testid={testIds.problem}>
              {dateProblem}
            </p>
          )}
          {hint && (
            <p className="field__hint" id={`${dateId}-hint`}>
              {hint}
            </p>
          )}
        </div>
        {confirming ? (
          <div className="registry-active__confirm" role="group" aria-labelledby={`${dateId}-confirm`} data-testid={testIds.confirm}>
            <p id={`${dateId}-confirm`}>{confirmText(issuedOn)}</p>
            <button
              type="button"
              className="button button--primary button--small"
              data-testid={testIds.yes}
              onClick={() => {
                setConfirming(false);
                onConfirm(issuedOn);
              }}
            >
              {yesLabel}
            </button>{' '}
            <button type="button" className="button button--secondary button--small" data-testid={testIds.no} ref={keep} onClick={() => setConfirming(false)}>
              {t('certificateScreens.issue.confirmNo')}
            </button>
          </div>
        ) : (
          <button type="submit" className="button button--primary" disabled={busy || !isIsoDay(issuedOn)} data-testid={testIds.open}>
            {openLabel}
          </button>
        )}
      </form>
      {error && !dateProblem && <ErrorMessage error={error} />}
    </>
  );
}
