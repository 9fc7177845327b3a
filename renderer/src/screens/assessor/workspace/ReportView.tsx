import { TukZoneScope } from '../../../i18n/tuk-zone';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentReport, ReportInput } from '../../../../../electron/shared/assessment';
import { toUiError, type UiError } from '../../../api/client-errors';
import { useLoad } from '../../../api/use-load';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadView } from '../../../components/LoadView';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { useClient } from '../../../session/SessionProvider';
import { useDateTime } from '../use-date-time';
import { SaveIndicator } from './SaveIndicator';
import { useSaver } from './use-saver';
import { useAk05Remark } from '../../print/ak05-remark';
import { REPORT_FIELDS } from '../../../i18n/assessment-labels';

type Props = { sessionId: string; onPrint: (form: 'ak05' | 'sessionAll') => void };

/** FR.AK.05: one per assessor per session — every candidate with K / BK and the BK units, the assessor's notes, signature. */
export function ReportView({ sessionId, onPrint }: Props) {
  const { state, reload } = useLoad('assessment/report', { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(report) => (
        <TukZoneScope zone={report.header.tukZone}>
          <Report report={report} reload={reload} onPrint={onPrint} />
        </TukZoneScope>
      )}
    </LoadView>
  );
}

function Report({ report, reload, onPrint }: { report: AssessmentReport; reload: () => void; onPrint: Props['onPrint'] }) {
  const { t } = useTranslation();
  const client = useClient();
  const at = useDateTime();
  const saver = useSaver(report.report?.seq ?? 0);
  const [fields, setFields] = useState<ReportInput>(() => ({
    positives: report.report?.positives ?? '',
    negatives: report.report?.negatives ?? '',
    rejections: report.report?.rejections ?? '',
    suggestions: report.report?.suggestions ?? '',
  }));
  const [password, setPassword] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<UiError | null>(null);
  const locked = report.signature !== null;
  const sessionId = report.header.sessionId;

  const persist = () => void saver.save((seq) => client.call('assessment/saveReport', { sessionId, seq, ...fields }));
  const act = async (event: FormEvent, action: () => Promise<unknown>) => {
    event.preventDefault();
    setError(null);
    try {
      await action();
      setPassword('');
      setReason('');
      reload();
    } catch (err) {
      setError(toUiError(err));
    }
  };

  const remark = useAk05Remark();

  return (
    <div data-testid="report-view">
      <PageTitle eyebrow={report.header.sessionCode} title={t('assess.ak05.title')}>
        <SaveIndicator status={saver.status} />
      </PageTitle>
      <Section
        title={t('assess.workspace.candidates')}
        actions={
          <>
            <button type="button" className="button button--secondary button--small" data-testid="print-ak05-open" onClick={() => onPrint('ak05')}>
              {t('assess.workspace.print')}
            </button>
            <button type="button" className="button button--secondary button--small" data-testid="print-sessionAll-open" onClick={() => onPrint('sessionAll')}>
              {t('forms.titles.sessionAll')}
            </button>
          </>
        }
      >
        <table className="table" data-testid="report-rows">
          <thead>
            <tr>
              <th scope="col">{t('forms.number')}</th>
              <th scope="col">{t('forms.candidate')}</th>
              <th scope="col">{t('assess.columns.recommendation')}</th>
              <th scope="col">{t('assess.ak05.remarks')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row, i) => (
              <tr key={row.candidate.candidateId} data-participant={row.candidate.participantNo}>
                <td>{i + 1}</td>
                <td>
                  {row.candidate.name} <span className="mono muted">{row.candidate.participantNo}</span>
                </td>
                <td>{row.recommendation && <StatusBadge tone={row.recommendation === 'K' ? 'success' : 'danger'}>{row.recommendation}</StatusBadge>}</td>
                <td>{remark(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('assess.ak05.title')}>
        {REPORT_FIELDS.map(({ field: k, label }) => (
          <label className="field" key={k}>
            <span className="field__label">{t(label)}</span>
            <textarea
              className="field__input field__textarea"
              disabled={locked}
              value={fields[k]}
              data-testid={`report-${k}`}
              onChange={(e) => setFields({ ...fields, [k]: e.target.value })}
              onBlur={persist}
            />
          </label>
        ))}
      </Section>
      <Section title={t('assess.decisions.signTitle')}>
        {error && <ErrorMessage error={error} />}
        {report.signature ? (
          <form className="sign-form" onSubmit={(e) => void act(e, () => client.call('assessment/unlockReport', { sessionId, reason }))}>
            <p data-testid="report-signed-by">{t('assess.decisions.signed', { name: report.signature.signedByName, at: at(report.signature.signedAt) })}</p>
            <label className="field">
              <span className="field__label">{t('assess.decisions.unlockReason')}</span>
              <input className="field__input" value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
            <button type="submit" className="button button--secondary" disabled={reason.trim().length < 3}>
              {t('assess.decisions.unlock')}
            </button>
          </form>
        ) : (
          <form className="sign-form" onSubmit={(e) => void act(e, () => client.call('assessment/signReport', { sessionId, password }))}>
            <label className="field">
              <span className="field__label">{t('assess.decisions.password')}</span>
              <input className="field__input" type="password" autoComplete="current-password" value={password} data-testid="report-password" onChange={(e) => setPassword(e.target.value)} />
            </label>
            <button type="submit" className="button button--primary" disabled={password.length === 0} data-testid="report-sign">
              {t('assess.ak05.sign')}
            </button>
          </form>
        )}
      </Section>
    </div>
  );
}
