import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueResult, SkipReason, SkippedCandidate } from '../../../../electron/shared/certificates';
import type { PlenoSession } from '../../../../electron/shared/pleno';
import { useRun } from '../../api/use-run';
import { DayInput } from '../../components/DayInputs';
import { isIsoDay } from '../../components/day-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useErrorText } from '../../i18n/readable-params';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { SKIP_LABEL, SKIP_LABEL_UNPLANNED } from './labels';

/**
 * Issues the certificates of a signed pleno's K decisions on the date given (the SK's by default).
 * Issuing again is safe: who already has a certificate is skipped, and so is anyone the core holds back,
 * each with the reason in words.
 */
export function IssuePanel({ plenoId, defaultDate, sessions }: { plenoId: string; defaultDate: string; sessions: readonly PlenoSession[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const dateId = useId();
  const [issuedOn, setIssuedOn] = useState(defaultDate);
  const [result, setResult] = useState<IssueResult | null>(null);
  // Asked before the numbers are taken: a wrong issue date is put right only by revoking each certificate and
  // issuing a replacement under a new number, so the date is said once more before it is final.
  const [confirming, setConfirming] = useState(false);
  // The button pressed gives way to the question: the focus goes to its safe answer, not the page's top.
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const { busy, error, run, clearError } = useRun();
  const errorText = useErrorText();
  // A date the core refuses (still to come, before the SK) is named at the date, not above the form.
  const dateProblem = error && (error.code === 'CERTIFICATE_ISSUED_IN_FUTURE' || error.code === 'CERTIFICATE_ISSUED_BEFORE_SK') ? errorText(error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };
  const issue = () => {
    setConfirming(false);
    void run(async () => setResult(await client.call('certificates/issue', { plenoId, issuedOn })));
  };
  return (
    <div data-testid="issue-panel">
      <form className="bundle-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={dateId}>{t('certificateScreens.issue.issuedOn')}</label>
          <DayInput
            id={dateId}
            className="field__input field__input--day"
            data-testid="issue-date"
            aria-describedby={dateProblem ? `${dateId}-problem ${dateId}-hint` : `${dateId}-hint`}
            aria-invalid={dateProblem ? true : undefined}
            value={issuedOn}
            onChange={(value) => {
              setIssuedOn(value);
              setConfirming(false);
              if (dateProblem) clearError();
            }}
          />
          {dateProblem && (
            <p className="field__problem" id={`${dateId}-problem`} data-testid="issue-date-problem">
              {dateProblem}
            </p>
          )}
          <p className="field__hint" id={`${dateId}-hint`}>{t('certificateScreens.issue.issuedOnHint')}</p>
        </div>
        {confirming ? (
          <div className="registry-active__confirm" role="group" aria-labelledby={`${dateId}-confirm`} data-testid="issue-confirm">
            <p id={`${dateId}-confirm`}>{t('certificateScreens.issue.confirm', { date: f.date(issuedOn) })}</p>
            <button type="button" className="button button--primary button--small" data-testid="issue-confirm-yes" onClick={issue}>
              {t('certificateScreens.issue.confirmYes')}
            </button>{' '}
            <button type="button" className="button button--secondary button--small" data-testid="issue-confirm-no" ref={keep} onClick={() => setConfirming(false)}>
              {t('certificateScreens.issue.confirmNo')}
            </button>
          </div>
        ) : (
          <button type="submit" className="button button--primary" disabled={busy || !isIsoDay(issuedOn)} data-testid="issue-certificates">
            {busy ? t('certificateScreens.issue.issuing') : t('certificateScreens.issue.issue')}
          </button>
        )}
      </form>
      {error && !dateProblem && <ErrorMessage error={error} />}
      {result && (
        <>
          <p className="notice notice--success" role="status" data-testid="issue-summary">
            {t('certificateScreens.issue.summary', { count: result.issued.length, issued: f.number(result.issued.length), skipped: f.number(result.skipped.length) })}{' '}
            <a href="#/certificates">{t('certificateScreens.issue.openRegister')}</a>
          </p>
          {result.issued.length > 0 && <IssuedTable result={result} />}
          {result.skipped.length > 0 && <SkippedTable result={result} sessions={sessions} />}
        </>
      )}
    </div>
  );
}

function IssuedTable({ result }: { result: IssueResult }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table--compact" data-testid="issued-table">
        <caption className="subheading">{t('certificateScreens.issue.issuedTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('certificateScreens.register.name')}</th>
            <th scope="col">{t('certificateScreens.register.number')}</th>
            <th scope="col">{t('certificateScreens.register.registrationNumber')}</th>
          </tr>
        </thead>
        <tbody>
          {result.issued.map((row) => (
            <tr key={row.certificateId} data-testid="issued-row">
              <th scope="row">
                <a href={`#/certificates/${encodeURIComponent(row.certificateId)}`}>{row.name}</a>
              </th>
              <td className="mono">{row.number}</td>
              <td className="mono">{row.registrationNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Skips the admin fixes on the scheme's page: its KKNI level in the scheme's form, its KBLI code in the scheme settings there. */
const FIXED_ON_SCHEME: ReadonlySet<SkipReason> = new Set(['kbli_missing', 'level_missing']);

/** A skip's reason in words; one caused by an accepted appeal names the re-assessment session that decides instead. */
function SkipText({ row }: { row: SkippedCandidate }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (row.reason === 'appeal_accepted' || row.reason === 'issued_before_appeal') {
    return row.reassessment
      ? t(SKIP_LABEL[row.reason], { session: row.reassessment.code, date: f.date(row.reassessment.date) })
      : t(SKIP_LABEL_UNPLANNED[row.reason]);
  }
  return t(SKIP_LABEL[row.reason]);
}

function SkippedTable({ result, sessions }: { result: IssueResult; sessions: readonly PlenoSession[] }) {
  const { t } = useTranslation();
  const schemeOf = new Map(sessions.map((s) => [s.sessionId, s.scheme.schemeId]));
  return (
    <div className="table-wrap">
      <table className="table table--compact" data-testid="skipped-table">
        <caption className="subheading">{t('certificateScreens.issue.skippedTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('certificateScreens.register.name')}</th>
            <th scope="col">{t('certificateScreens.issue.reason')}</th>
            <th scope="col">{t('certificateScreens.register.number')}</th>
          </tr>
        </thead>
        <tbody>
          {result.skipped.map((row) => (
            <tr key={`${row.sessionId}-${row.candidateId}`} data-testid="skipped-row" data-reason={row.reason}>
              <th scope="row">{row.name}</th>
              <td>
                <SkipText row={row} />
                {FIXED_ON_SCHEME.has(row.reason) && schemeOf.has(row.sessionId) && (
                  <>
                    {' '}
                    <a href={`#/schemes/${encodeURIComponent(schemeOf.get(row.sessionId) ?? '')}${row.reason === 'kbli_missing' ? '/kbli' : ''}`} data-testid="skipped-fix-scheme">
                      {row.reason === 'kbli_missing' ? t('certificateScreens.issue.setKbli') : t('certificateScreens.issue.setLevel')}
                    </a>
                  </>
                )}
              </td>
              <td className="mono">{row.number ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
