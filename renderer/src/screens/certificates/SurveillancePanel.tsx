import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateDetail } from '../../../../electron/shared/certificates';
import { SURVEILLANCE_METHODS, SURVEILLANCE_RESULTS, type SurveillanceMethod, type SurveillanceResult } from '../../../../electron/shared/surveillance';
import { useRun } from '../../api/use-run';
import { DayInput } from '../../components/DayInputs';
import { isIsoDay } from '../../components/day-text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { useErrorText } from '../../i18n/readable-params';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { SURVEILLANCE_METHOD_LABEL, SURVEILLANCE_RESULT_LABEL } from './labels';

/**
 * The holder's surveillance while the certificate is in force: when the next is due, the records newest first,
 * and the form that records one. A holder last found not competent is said to wait for the LSP's decision: the
 * record does not revoke (a pleno does, by its SK), so the revoke section below stays the way to it.
 */
export function SurveillancePanel({ certificate: c, onSaved }: { certificate: CertificateDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = c.surveillance;
  return (
    <div data-testid="certificate-surveillance">
      {s.dueOn === null ? (
        <p className="muted" data-testid="surveillance-not-in-force">{t('certificateScreens.surveillance.notInForce')}</p>
      ) : (
        <p data-testid="surveillance-due-on">
          {t('certificateScreens.surveillance.dueOn', { date: f.date(s.dueOn) })}
          {s.due && <> <StatusBadge tone="warning">{t('certificateScreens.surveillance.dueBadge')}</StatusBadge></>}
        </p>
      )}
      {s.needsDecision && (
        <p className="notice notice--warning" role="status" data-testid="surveillance-needs-decision">
          {t('certificateScreens.surveillance.needsDecision')}
        </p>
      )}
      {s.records.length === 0 ? (
        <p className="empty" data-testid="surveillance-none">{t('certificateScreens.surveillance.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="surveillance-table">
            <thead>
              <tr>
                <th scope="col">{t('certificateScreens.surveillance.heldOn')}</th>
                <th scope="col">{t('certificateScreens.surveillance.method')}</th>
                <th scope="col">{t('certificateScreens.surveillance.result')}</th>
                <th scope="col">{t('certificateScreens.surveillance.note')}</th>
                <th scope="col">{t('certificateScreens.surveillance.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {s.records.map((r) => (
                <tr key={r.id} data-testid="surveillance-row">
                  <td>{f.date(r.heldOn)}</td>
                  <td>{t(SURVEILLANCE_METHOD_LABEL[r.method])}</td>
                  <td>
                    <StatusBadge tone={r.result === 'competent' ? 'success' : r.result === 'not_competent' ? 'danger' : 'warning'}>{t(SURVEILLANCE_RESULT_LABEL[r.result])}</StatusBadge>
                  </td>
                  <td>{r.note}</td>
                  <td>
                    {r.recordedBy}
                    <br />
                    <span className="muted">{f.dateTime(r.recordedAt)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {s.dueOn !== null && <SurveillanceForm certificate={c} onSaved={onSaved} />}
    </div>
  );
}

function SurveillanceForm({ certificate: c, onSaved }: { certificate: CertificateDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [heldOn, setHeldOn] = useState('');
  const [method, setMethod] = useState<SurveillanceMethod>('interview');
  const [result, setResult] = useState<SurveillanceResult>('competent');
  const [note, setNote] = useState('');
  const { busy, error, run, clearError } = useRun();
  const errorText = useErrorText();
  const dateProblem = error && (error.code === 'CERTIFICATE_SURVEILLANCE_IN_FUTURE' || error.code === 'CERTIFICATE_SURVEILLANCE_BEFORE_ISSUE') ? errorText(error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await client.call('certificates/recordSurveillance', { certificateId: c.id, heldOn, method, result, note });
      setHeldOn('');
      setNote('');
      onSaved();
    });
  };
  return (
    <form className="bundle-form" onSubmit={submit} noValidate data-testid="surveillance-form">
      <h3 className="subheading">{t('certificateScreens.surveillance.recordTitle')}</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-day`}>{t('certificateScreens.surveillance.heldOn')}</label>
        <DayInput
          id={`${id}-day`}
          className="field__input field__input--day"
          data-testid="surveillance-date"
          aria-describedby={dateProblem ? `${id}-problem` : undefined}
          aria-invalid={dateProblem ? true : undefined}
          value={heldOn}
          onChange={(value) => {
            setHeldOn(value);
            if (dateProblem) clearError();
          }}
        />
        {dateProblem && (
          <p className="field__problem" id={`${id}-problem`} data-testid="surveillance-date-problem">
            {dateProblem}
          </p>
        )}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-method`}>{t('certificateScreens.surveillance.method')}</label>
        <select id={`${id}-method`} className="field__input" data-testid="surveillance-method" value={method} onChange={(event) => setMethod(event.target.value as SurveillanceMethod)}>
          {SURVEILLANCE_METHODS.map((m) => (
            <option key={m} value={m}>{t(SURVEILLANCE_METHOD_LABEL[m])}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-result`}>{t('certificateScreens.surveillance.result')}</label>
        <select id={`${id}-result`} className="field__input" data-testid="surveillance-result" value={result} onChange={(event) => setResult(event.target.value as SurveillanceResult)}>
          {SURVEILLANCE_RESULTS.map((r) => (
            <option key={r} value={r}>{t(SURVEILLANCE_RESULT_LABEL[r])}</option>
          ))}
        </select>
        {result === 'not_competent' && <p className="field__hint" data-testid="surveillance-not-competent-hint">{t('certificateScreens.surveillance.notCompetentHint')}</p>}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-note`}>{t('certificateScreens.surveillance.note')}</label>
        <textarea id={`${id}-note`} className="field__input" rows={3} data-testid="surveillance-note" value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <button type="submit" className="button button--primary" disabled={busy || !isIsoDay(heldOn)} data-testid="surveillance-save">
        {t('certificateScreens.surveillance.save')}
      </button>
      {error && !dateProblem && <ErrorMessage error={error} />}
    </form>
  );
}
