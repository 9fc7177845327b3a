import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_LIMIT_MAX, type AssessorSummary } from '../../../../../electron/shared/registry';
import { useLoad } from '../../../api/use-load';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { oneOfFilter, textFilter, useRouteFilters, useRoutePages } from '../../../navigation/use-route-filters';
import { useClient } from '../../../session/SessionProvider';
import { ListFooter } from '../ListFooter';
import { activeFilter } from '../list-filters';
import { ActiveFilter, ListSearch } from '../ListSearch';
import { RegistryPage } from '../RegistryPage';
import { SettingPanel } from '../SettingPanel';
import { useDebounced, usePagedList } from '../use-paged-list';
import { ExpiryBadges } from './ExpiryBadges';

/** The list's filters, in the address: the home links here with one chosen (`#/assessors?expiry=expired`). */
const FILTERS = {
  search: textFilter,
  active: activeFilter,
  expiry: oneOfFilter(['soon', 'expired'] as const, null),
  scheme: textFilter,
};

/** Assessors: search by name or NIK prefix, filter on MET / technical certificate validity, page by page. */
export function AssessorsScreen() {
  const { t } = useTranslation();
  const client = useClient();
  const expiryId = useId();
  const [{ search, active, expiry, scheme: schemeCode }, set] = useRouteFilters(FILTERS);
  const query = useDebounced({ search: search.trim(), active, expiry, schemeCode });
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) =>
    client.call('assessors/list', { search: q.search || undefined, active: q.active, expiry: q.expiry, schemeCode: q.schemeCode || undefined, cursor }), pages);
  return (
    <RegistryPage
      kind="assessors"
      testId="assessors-screen"
      title={t('registryScreens.assessors.title')}
      actions={
        <>
          <a className="button button--primary" href="#/assessors/new" data-testid="assessors-new">{t('registryScreens.list.new')}</a>
          <a className="button button--secondary" href="#/assessors/import" data-testid="assessors-import">{t('registryScreens.list.import')}</a>
        </>
      }
    >
      <Section title={t('registryScreens.assessors.title')}>
        <ListSearch value={search} onChange={(text) => set({ search: text })} hint={t('registryScreens.assessors.searchHint')}>
          <ActiveFilter value={active} onChange={(value) => set({ active: value })} />
          <div className="field">
            <label className="field__label" htmlFor={expiryId}>{t('registryScreens.assessors.expiry')}</label>
            <select
              id={expiryId}
              className="field__input"
              data-testid="filter-expiry"
              value={expiry ?? ''}
              onChange={(event) => set({ expiry: event.target.value === 'soon' ? 'soon' : event.target.value === 'expired' ? 'expired' : null })}
            >
              <option value="">{t('registryScreens.assessors.expiryAll')}</option>
              <option value="soon">{t('registryScreens.assessors.expirySoon')}</option>
              <option value="expired">{t('registryScreens.assessors.expiryExpired')}</option>
            </select>
          </div>
          <SchemeFilter value={schemeCode} onChange={(code) => set({ scheme: code })} />
        </ListSearch>
        {list.rows.length > 0 && <AssessorsTable rows={list.rows} />}
        <ListFooter list={list} filtered={query.search !== '' || expiry !== null || active !== true || schemeCode !== ''} />
      </Section>
      {/* The flags above follow this setting, so the list is read again when it changes. */}
      <SettingPanel which="expirySoonDays" onSaved={list.reload} />
    </RegistryPage>
  );
}

/** Who may assess a scheme: the active schemes by code, for planning a session's assessors. */
function SchemeFilter({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const schemes = useLoad('schemes/list', { active: true, limit: LIST_LIMIT_MAX });
  const rows = schemes.state.status === 'ready' ? schemes.state.data.rows : [];
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{t('registryScreens.assessors.schemeFilter')}</label>
      <select id={id} className="field__input" data-testid="filter-scheme" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('registryScreens.list.all')}</option>
        {rows.map((s) => (
          <option key={s.id} value={s.code}>{s.code}</option>
        ))}
      </select>
    </div>
  );
}

function AssessorsTable({ rows }: { rows: AssessorSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="assessors-table">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.assessors.name')}</th>
            <th scope="col">{t('registryScreens.assessors.metNumber')}</th>
            <th scope="col">{t('registryScreens.assessors.metExpiresOn')}</th>
            <th scope="col">{t('registryScreens.assessors.homeLsp')}</th>
            <th scope="col">{t('registryScreens.list.active')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="assessor-row">
              <th scope="row">
                <a href={`#/assessors/${encodeURIComponent(row.id)}`}>{row.name}</a> <ExpiryBadges assessor={row} />
              </th>
              <td className="mono">{row.metNumber}</td>
              <td>{f.date(row.metExpiresOn)}</td>
              <td>{row.homeLsp ?? t('registryScreens.assessors.ownLsp')}</td>
              <td>{row.active ? t('registryScreens.status.active') : <StatusBadge tone="neutral">{t('registryScreens.status.inactive')}</StatusBadge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
