import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHEME_KINDS, type SchemeKind } from '../../../../../electron/shared/types';
import type { SchemeSummary } from '../../../../../electron/shared/registry';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { SCHEME_KIND_LABEL } from '../../../i18n/domain-labels';
import { oneOfFilter, textFilter, useRouteFilters, useRoutePages } from '../../../navigation/use-route-filters';
import { useClient } from '../../../session/SessionProvider';
import { ListFooter } from '../ListFooter';
import { activeFilter } from '../list-filters';
import { ActiveFilter, ListSearch } from '../ListSearch';
import { RegistryPage } from '../RegistryPage';
import { useDebounced, usePagedList } from '../use-paged-list';

/** The list's filters, in the address (`#/schemes?kind=…&active=all`): a reload or Back from a record keeps them. */
const FILTERS = {
  search: textFilter,
  active: activeFilter,
  kind: oneOfFilter<SchemeKind, null>(SCHEME_KINDS, null),
};

/** Certification schemes (latest versions): search by title or number prefix, filter by kind. */
export function SchemesScreen() {
  const { t } = useTranslation();
  const client = useClient();
  const kindId = useId();
  const [{ search, active, kind }, set] = useRouteFilters(FILTERS);
  const query = useDebounced({ search: search.trim(), active, kind });
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) => client.call('schemes/list', { search: q.search || undefined, active: q.active, kind: q.kind ?? undefined, cursor }), pages);
  return (
    <RegistryPage
      kind="schemes"
      testId="schemes-screen"
      title={t('registryScreens.schemes.title')}
      actions={
        <>
          <a className="button button--primary" href="#/schemes/new" data-testid="schemes-new">{t('registryScreens.list.new')}</a>
          <a className="button button--secondary" href="#/schemes/import" data-testid="schemes-import">{t('registryScreens.list.import')}</a>
        </>
      }
    >
      <Section title={t('registryScreens.schemes.title')}>
        <ListSearch value={search} onChange={(text) => set({ search: text })} hint={t('registryScreens.schemes.searchHint')}>
          <ActiveFilter value={active} onChange={(value) => set({ active: value })} />
          <div className="field">
            <label className="field__label" htmlFor={kindId}>{t('registryScreens.schemes.kind')}</label>
            <select id={kindId} className="field__input" data-testid="filter-kind" value={kind ?? ''} onChange={(event) => set({ kind: SCHEME_KINDS.find((k) => k === event.target.value) ?? null })}>
              <option value="">{t('registryScreens.list.all')}</option>
              {SCHEME_KINDS.map((k) => (
                <option key={k} value={k}>{t(SCHEME_KIND_LABEL[k])}</option>
              ))}
            </select>
          </div>
        </ListSearch>
        {list.rows.length > 0 && <SchemesTable rows={list.rows} />}
        <ListFooter list={list} filtered={query.search !== '' || kind !== null || active !== true} />
      </Section>
    </RegistryPage>
  );
}

function SchemesTable({ rows }: { rows: SchemeSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="schemes-table">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.schemes.titleId')}</th>
            <th scope="col">{t('registryScreens.schemes.code')}</th>
            <th scope="col">{t('registryScreens.schemes.kind')}</th>
            <th scope="col">{t('registryScreens.schemes.version')}</th>
            <th scope="col">{t('registryScreens.list.active')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="scheme-row">
              <th scope="row">
                <a href={`#/schemes/${encodeURIComponent(row.id)}`}>{row.titleId}</a>
                <span className="cell-sub">{t('registryScreens.schemes.units', { count: row.unitCount })}</span>
              </th>
              <td className="mono">{row.code}</td>
              <td>{t(SCHEME_KIND_LABEL[row.kind])}{row.level !== null ? ` · ${row.level}` : ''}</td>
              <td>{row.version}</td>
              <td>{row.active ? t('registryScreens.status.active') : <StatusBadge tone="neutral">{t('registryScreens.status.inactive')}</StatusBadge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
