import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateDetail } from '../../../../electron/shared/certificates';
import { useRun } from '../../api/use-run';
import { DayInput } from '../../components/DayInputs';
import { isIsoDay } from '../../components/day-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useErrorText } from '../../i18n/readable-params';
import { useFormat } from '../../i18n/use-format';
import { navigate } from '../../navigation/hash-route';
import { useClient } from '../../session/SessionProvider';

/**
 * A certificate revoked by mistake, or issued under a wrong date, gets its replacement here: a new number for the
 * same decision, on the date given, naming this one, which stays revoked. Asked once more before the number is
 * taken, as issuing asks; the core refuses where it makes no sense (BK, an appeal, already replaced), in words.
 */
export function ReplacePanel({ certificate: c }: { certificate: CertificateDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const dateId = useId();
  // The wrong date, to be put right; or the same one, for a certificate revoked by mistake.
  const [issuedOn, setIssuedOn] = useState(c.issuedOn);
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const { busy, error, run, clearError } = useRun();
  const errorText = useErrorText();
  const dateProblem = error && (error.code === 'CERTIFICATE_ISSUED_IN_FUTURE' || error.code === 'CERTIFICATE_ISSUED_BEFORE_SK') ? errorText(error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };
  const replace = () => {
    setConfirming(false);
    void run(async () => {
      const replacement = await client.call('certificates/replace', { certificateId: c.id, issuedOn });
      navigate(`certificates/${encodeURIComponent(replacement.id)}`);
    });
  };
  return (
    <div data-testid="certificate-replace">
      <p className="field__hint">{t('certificateScreens.detail.replaceHint')}</p>
      <form className="bundle-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={dateId}>{t('certificateScreens.detail.replaceIssuedOn')}</label>
          <DayInput
            id={dateId}
            className="field__input field__input--day"
            data-testid="certificate-replace-date"
            aria-describedby={dateProblem ? `${dateId}-problem` : undefined}
            aria-invalid={dateProblem ? true : undefined}
            value={issuedOn}
            onChange={(value) => {
              setIssuedOn(value);
              setConfirming(false);
              if (dateProblem) clearError();
            }}
          />
          {dateProblem && (
            <p className="field__problem" id={`${dateId}-problem`} data-testid="certificate-replace-date-problem">
              {dateProblem}
            </p>
          )}
        </div>
        {confirming ? (
          <div className="registry-active__confirm" role="group" aria-labelledby={`${dateId}-confirm`} data-testid="certificate-replace-confirm">
            <p id={`${dateId}-confirm`}>{t('certificateScreens.detail.replaceConfirm', { number: c.number, name: c.candidateName, date: f.date(issuedOn) })}</p>
            <button type="button" className="button button--primary button--small" data-testid="certificate-replace-yes" onClick={replace}>
              {t('certificateScreens.detail.replaceYes')}
            </button>{' '}
            <button type="button" className="button button--secondary button--small" data-testid="certificate-replace-no" ref={keep} onClick={() => setConfirming(false)}>
              {t('certificateScreens.issue.confirmNo')}
            </button>
          </div>
        ) : (
          <button type="submit" className="button button--primary" disabled={busy || !isIsoDay(issuedOn)} data-testid="certificate-replace-open">
            {t('certificateScreens.detail.replaceOpen')}
          </button>
        )}
      </form>
      {error && !dateProblem && <ErrorMessage error={error} />}
    </div>
  );
}
