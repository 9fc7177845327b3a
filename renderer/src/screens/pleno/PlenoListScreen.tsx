import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PLENO_STATUSES, type PlenoStatus, type PlenoSummary } from '../../../../electron/shared/pleno';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { flagFilter, oneOfFilter, useRouteFilters } from '../../navigation/use-route-filters';
import { PLENO_STATUS_LABEL, PLENO_STATUS_TONE } from './labels';
import { PlenoPage } from './PlenoPage';
import { PlenoSettingsPanel } from './PlenoSettingsPanel';

/** The list's filters, in the address; `toIssue=1` (the home's "competent without a certificate"): only plenos with certificates still to issue. */
const FILTERS = {
  status: oneOfFilter<PlenoStatus, null>(PLENO_STATUSES, null),
  toIssue: flagFilter,
};

/**
 * `#/pleno`: the LSP's rapat pleno records, newest first, and its rules on who sits on them; `?status=`
 * (the home's "to decide", "to sign") those of one status. The filter is the address itself, so a reload
 * and Back keep what the list shows.
 */
export function PlenoListScreen() {
  const { t } = useTranslation();
  const statusId = useId();
  const [{ status, toIssue }, set] = useRouteFilters(FILTERS);
  const { state, reload } = useLoad('pleno/list', { ...(status ? { status } : {}), ...(toIssue ? { toIssue } : {}) });
  return (
    <PlenoPage
      current="pleno"
      testId="pleno-list-screen"
      title={t('plenoScreens.pleno.listTitle')}
      actions={
        <a className="button button--primary" href="#/pleno/new" data-testid="pleno-new">
          {t('plenoScreens.pleno.new')}
        </a>
      }
    >
      <Section title={t('plenoScreens.pleno.listTitle')}>
        <div className="field">
          <label className="field__label" htmlFor={statusId}>
            {t('plenoScreens.pleno.status')}
          </label>
          <select
            id={statusId}
            className="field__input"
            data-testid="pleno-filter-status"
            value={status ?? ''}
            onChange={(event) => set({ status: PLENO_STATUSES.find((s) => s === event.target.value) ?? null })}
          >
            <option value="">{t('plenoScreens.pleno.statusAll')}</option>
            {PLENO_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(PLENO_STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        </div>
        <label className="registry-choice">
          <input type="checkbox" data-testid="pleno-filter-to-issue" checked={toIssue} onChange={(event) => set({ toIssue: event.target.checked })} />{' '}
          {t('plenoScreens.pleno.toIssueOnly')}
        </label>
        <LoadView state={state} onRetry={reload}>
          {(rows) =>
            rows.length === 0 ? (
              <p className="empty" data-testid="pleno-list-empty">
                {t(status || toIssue ? 'plenoScreens.pleno.emptyFiltered' : 'plenoScreens.pleno.empty')}
              </p>
            ) : (
              <PlenoTable rows={rows} />
            )
          }
        </LoadView>
      </Section>
      <PlenoSettingsPanel />
    </PlenoPage>
  );
}

function PlenoTable({ rows }: { rows: PlenoSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="pleno-table">
        <thead>
          <tr>
            <th scope="col">{t('plenoScreens.pleno.heldOn')}</th>
            <th scope="col">{t('plenoScreens.pleno.sessions')}</th>
            <th scope="col">{t('plenoScreens.pleno.skNumber')}</th>
            <th scope="col">{t('plenoScreens.pleno.members')}</th>
            <th scope="col">{t('plenoScreens.pleno.decisions.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.plenoId} data-testid="pleno-row">
              <th scope="row">
                <a href={`#/pleno/${encodeURIComponent(row.plenoId)}`}>{f.date(row.heldOn)}</a>{' '}
                <StatusBadge tone={PLENO_STATUS_TONE[row.status]}>{t(PLENO_STATUS_LABEL[row.status])}</StatusBadge>
                {row.supersededBy && (
                  <>
                    {' '}
                    <StatusBadge tone="neutral">{t('plenoScreens.pleno.supersededBy')}</StatusBadge>
                  </>
                )}
                {row.place && <div className="small">{row.place}</div>}
              </th>
              <td className="mono">{row.sessions.map((s) => s.code).join(', ')}</td>
              <td className="mono">{row.skNumber ?? '—'}</td>
              <td>{f.number(row.members)}</td>
              <td>
                {t('plenoScreens.pleno.counts', { k: f.number(row.competent), bk: f.number(row.notCompetent) })}
                {row.toIssue > 0 && (
                  <div className="small" data-testid="pleno-to-issue">
                    {t('plenoScreens.pleno.toIssue', { count: row.toIssue })}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
