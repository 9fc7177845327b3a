import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TUK_TYPES, type TukType } from '../../../../../electron/shared/types';
import type { TukSummary } from '../../../../../electron/shared/registry';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { TUK_TYPE_LABEL } from '../../../i18n/domain-labels';
import { oneOfFilter, textFilter, useRouteFilters, useRoutePages } from '../../../navigation/use-route-filters';
import { useClient } from '../../../session/SessionProvider';
import { ListFooter } from '../ListFooter';
import { activeFilter } from '../list-filters';
import { ActiveFilter, ListSearch } from '../ListSearch';
import { RegistryPage } from '../RegistryPage';
import { SettingPanel } from '../SettingPanel';
import { useDebounced, usePagedList } from '../use-paged-list';
import { VERIFICATION_STATE_LABEL, VERIFICATION_STATE_TONE } from './labels';

/** The list's filters, in the address (`#/tuks?type=…&active=all`): a reload or Back from a record keeps them. */
const FILTERS = {
  search: textFilter,
  active: activeFilter,
  type: oneOfFilter<TukType, null>(TUK_TYPES, null),
  // The home's "TUK Mandiri perlu diverifikasi" opens the list with this set.
  verification: oneOfFilter<'due', null>(['due'], null),
};

/** TUKs: search by name or code prefix, filter by type; the verification state of each. */
export function TuksScreen() {
  const { t } = useTranslation();
  const client = useClient();
  const typeId = useId();
  const verificationId = useId();
  const [{ search, active, type, verification }, set] = useRouteFilters(FILTERS);
  const query = useDebounced({ search: search.trim(), active, type, verification });
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) => client.call('tuks/list', { search: q.search || undefined, active: q.active, type: q.type ?? undefined, verification: q.verification ?? undefined, cursor }), pages);
  return (
    <RegistryPage
      kind="tuks"
      testId="tuks-screen"
      title={t('registryScreens.tuks.title')}
      actions={<a className="button button--primary" href="#/tuks/new" data-testid="tuks-new">{t('registryScreens.list.new')}</a>}
    >
      <Section title={t('registryScreens.tuks.title')}>
        <ListSearch value={search} onChange={(text) => set({ search: text })} hint={t('registryScreens.tuks.searchHint')}>
          <ActiveFilter value={active} onChange={(value) => set({ active: value })} />
          <div className="field">
            <label className="field__label" htmlFor={typeId}>{t('registryScreens.tuks.type')}</label>
            <select id={typeId} className="field__input" data-testid="filter-type" value={type ?? ''} onChange={(event) => set({ type: TUK_TYPES.find((k) => k === event.target.value) ?? null })}>
              <option value="">{t('registryScreens.tuks.typeAll')}</option>
              {TUK_TYPES.map((k) => (
                <option key={k} value={k}>{t(TUK_TYPE_LABEL[k])}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={verificationId}>{t('registryScreens.tuks.verification')}</label>
            <select id={verificationId} className="field__input" data-testid="filter-verification" value={verification ?? ''} onChange={(event) => set({ verification: event.target.value === 'due' ? 'due' : null })}>
              <option value="">{t('registryScreens.tuks.verificationAll')}</option>
              <option value="due">{t('registryScreens.tuks.verificationDue')}</option>
            </select>
          </div>
        </ListSearch>
        {list.rows.length > 0 && <TuksTable rows={list.rows} />}
        {/* TUKs have no import: the registry lists' default line would offer one. */}
        <ListFooter list={list} filtered={query.search !== '' || type !== null || verification !== null || active !== true} empty={t('registryScreens.tuks.empty')} />
      </Section>
      <SettingPanel which="mandiriVerificationMonths" onSaved={list.reload} />
    </RegistryPage>
  );
}

function TuksTable({ rows }: { rows: TukSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="tuks-table">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.tuks.name')}</th>
            <th scope="col">{t('registryScreens.tuks.code')}</th>
            <th scope="col">{t('registryScreens.tuks.type')}</th>
            <th scope="col">{t('registryScreens.tuks.timeZone')}</th>
            <th scope="col">{t('registryScreens.tuks.verification')}</th>
            <th scope="col">{t('registryScreens.list.active')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="tuk-row">
              <th scope="row">
                <a href={`#/tuks/${encodeURIComponent(row.id)}`}>{row.name}</a>
              </th>
              <td className="mono">{row.code}</td>
              <td>{t(TUK_TYPE_LABEL[row.type])}</td>
              <td data-testid="tuk-zone">{row.timeZone}</td>
              <td>
                <StatusBadge tone={VERIFICATION_STATE_TONE[row.verificationState]}>{t(VERIFICATION_STATE_LABEL[row.verificationState])}</StatusBadge>
              </td>
              <td>{row.active ? t('registryScreens.status.active') : <StatusBadge tone="neutral">{t('registryScreens.status.inactive')}</StatusBadge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
