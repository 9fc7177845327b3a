import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPEAL_STATUSES, type AppealCase, type AppealCloseResult, type AppealStatus } from '../../../../../electron/shared/pleno';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { choiceFilter, useRouteFilters } from '../../../navigation/use-route-filters';
import { APPEAL_HOLD_LABEL, APPEAL_STATUS_LABEL, LODGED_AT_LABEL } from '../labels';
import { PlenoPage } from '../PlenoPage';
import { AppealCloseDialog } from './AppealCloseDialog';
import { AppealRecordForm } from './AppealRecordForm';

const TONE = { open: 'warning', accepted: 'info', rejected: 'neutral' } as const satisfies Record<AppealStatus, 'warning' | 'info' | 'neutral'>;

/** The status shown, in the address: open ones by default (left out), `?status=accepted|rejected|all` else. */
const FILTERS = { status: choiceFilter<AppealStatus | ''>({ ...Object.fromEntries(APPEAL_STATUSES.map((s) => [s, s])), all: '' }, 'open') };

/** `#/appeals`: FR.AK.04 appeals from the TUK and at the LSP, by status; recorded, and closed accepted or rejected. */
export function AppealsScreen() {
  const { t } = useTranslation();
  const statusId = useId();
  const [{ status }, set] = useRouteFilters(FILTERS);
  const { state, reload } = useLoad('appeals/list', status ? { status } : {});
  const [closing, setClosing] = useState<AppealCase | null>(null);
  // The appeal closed last: said here, since its row leaves the open ones (the default list) at once; and
  // one accepted over a certificate already issued says so too, since closing revokes nothing.
  const [lastClosed, setLastClosed] = useState<AppealCloseResult | null>(null);
  return (
    <PlenoPage current="appeals" testId="appeals-screen" title={t('plenoScreens.appeals.title')}>
      <Section title={t('plenoScreens.appeals.title')}>
        {lastClosed && (
          <p className="notice notice--success" role="status" data-testid="appeal-closed">
            {t('plenoScreens.appeals.closedNotice', { name: lastClosed.name, outcome: t(APPEAL_STATUS_LABEL[lastClosed.status]) })}
          </p>
        )}
        {lastClosed?.issuedBeforeAppeal && <IssuedBeforeNotice result={lastClosed} certificate={lastClosed.issuedBeforeAppeal} />}
        <div className="field">
          <label className="field__label" htmlFor={statusId}>
            {t('plenoScreens.appeals.status')}
          </label>
          <select id={statusId} className="field__input" data-testid="filter-status" value={status} onChange={(event) => set({ status: APPEAL_STATUSES.find((s) => s === event.target.value) ?? '' })}>
            <option value="">{t('plenoScreens.appeals.all')}</option>
            {APPEAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(APPEAL_STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        </div>
        <LoadView state={state} onRetry={reload}>
          {(rows) =>
            rows.length === 0 ? (
              // Of the status shown: the default list holds the open ones only, and "no appeals" read as none at all.
              <p className="empty" data-testid="appeals-empty">
                {status === '' ? t('plenoScreens.appeals.empty') : status === 'open' ? t('plenoScreens.appeals.emptyOpen') : t('plenoScreens.appeals.emptyOf', { status: t(APPEAL_STATUS_LABEL[status]) })}
              </p>
            ) : (
              <AppealsTable rows={rows} onClose={setClosing} />
            )
          }
        </LoadView>
      </Section>
      <Section title={t('plenoScreens.appeals.recordTitle')}>
        <AppealRecordForm onRecorded={reload} />
      </Section>
      {closing && (
        <AppealCloseDialog
          appeal={closing}
          onCancel={() => setClosing(null)}
          onClosed={(result) => {
            setClosing(null);
            setLastClosed(result);
            reload();
          }}
        />
      )}
    </PlenoPage>
  );
}

function IssuedBeforeNotice({ result, certificate }: { result: AppealCloseResult; certificate: { certificateId: string; number: string } }) {
  const { t } = useTranslation();
  return (
    <p className="notice notice--warning" role="status" data-testid="appeal-issued-before">
      {t('plenoScreens.appeals.issuedBeforeAppeal', { name: result.name, number: certificate.number })}{' '}
      <a href={`#/certificates/${encodeURIComponent(certificate.certificateId)}`}>{t('plenoScreens.appeals.openCertificate', { number: certificate.number })}</a>
    </p>
  );
}

function AppealsTable({ rows, onClose }: { rows: AppealCase[]; onClose: (appeal: AppealCase) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="appeals-table">
        <thead>
          <tr>
            <th scope="col">{t('plenoScreens.appeals.candidate')}</th>
            <th scope="col">{t('plenoScreens.appeals.lodged')}</th>
            <th scope="col">{t('plenoScreens.appeals.reasons')}</th>
            <th scope="col">{t('plenoScreens.appeals.status')}</th>
            <th scope="col">{t('plenoScreens.appeals.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.caseId} data-testid="appeal-row">
              <th scope="row">
                {a.status === 'open' ? (
                  <button type="button" className="link-button" data-testid="appeal-close" onClick={() => onClose(a)}>
                    {a.name}
                  </button>
                ) : (
                  a.name
                )}
                <div className="small mono">
                  {a.participantNo} · <a href={`#/results/${encodeURIComponent(a.sessionId)}`}>{a.sessionCode}</a>
                </div>
              </th>
              <td className="nowrap">
                {f.date(a.lodgedOn)} {t(LODGED_AT_LABEL[a.lodgedAt])}
              </td>
              <td>
                {a.reasons}
                {a.units.length > 0 && (
                  <div className="small">
                    {t('plenoScreens.appeals.units')}: <span className="mono">{a.units.map((u) => u.unitCode).join(', ')}</span>
                  </div>
                )}
              </td>
              <td>
                <StatusBadge tone={TONE[a.status]}>{t(APPEAL_STATUS_LABEL[a.status])}</StatusBadge>
                {a.holds && (
                  <>
                    {' '}
                    <StatusBadge tone="danger">{t(APPEAL_HOLD_LABEL[a.holds])}</StatusBadge>
                  </>
                )}
              </td>
              <td>
                {a.status === 'open' && (
                  <button type="button" className="button button--secondary button--small" onClick={() => onClose(a)} aria-label={t('plenoScreens.appeals.closeTitle', { name: a.name })}>
                    {t('plenoScreens.appeals.close')}
                  </button>
                )}
                {a.reassessment &&
                  t(a.reassessment.cancelled ? 'plenoScreens.appeals.reassessmentCancelled' : 'plenoScreens.appeals.reassessment', { code: a.reassessment.code, date: f.date(a.reassessment.date) })}
                {a.outcomeReason && <div>{a.outcomeReason}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
