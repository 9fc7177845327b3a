import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueResult, SkipReason, SkippedCandidate } from '../../../../electron/shared/certificates';
import type { PlenoSession } from '../../../../electron/shared/pleno';
import { useRun } from '../../api/use-run';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { IssueDateForm } from './IssueDateForm';
import { SKIP_LABEL, SKIP_LABEL_UNPLANNED } from './labels';

const TEST_IDS = { date: 'issue-date', problem: 'issue-date-problem', confirm: 'issue-confirm', yes: 'issue-confirm-yes', no: 'issue-confirm-no', open: 'issue-certificates' };

/**
 * Issues the certificates of a signed pleno's K decisions on the date given (the SK's by default).
 * Issuing again is safe: who already has a certificate is skipped, and so is anyone the core holds back,
 * each with the reason in words.
 */
export function IssuePanel({ plenoId, defaultDate, sessions }: { plenoId: string; defaultDate: string; sessions: readonly PlenoSession[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const [result, setResult] = useState<IssueResult | null>(null);
  const { busy, error, run, clearError } = useRun();
  const issue = (issuedOn: string) => void run(async () => setResult(await client.call('certificates/issue', { plenoId, issuedOn })));
  return (
    <div data-testid="issue-panel">
      <IssueDateForm
        initialDate={defaultDate}
        label={t('certificateScreens.issue.issuedOn')}
        hint={t('certificateScreens.issue.issuedOnHint')}
        confirmText={(issuedOn) => t('certificateScreens.issue.confirm', { date: f.date(issuedOn) })}
        yesLabel={t('certificateScreens.issue.confirmYes')}
        openLabel={busy ? t('certificateScreens.issue.issuing') : t('certificateScreens.issue.issue')}
        testIds={TEST_IDS}
        busy={busy}
        error={error}
        clearError={clearError}
        onConfirm={issue}
      />
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
