import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BANK_KINDS, BANK_STATUSES, type BankItemSummary, type BankKind, type BankStatus } from '../../../../electron/shared/bank';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { BilingualText } from '../../components/BilingualText';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { INSTRUMENT_KIND_LABEL } from '../../i18n/domain-labels';
import { useClient } from '../../session/SessionProvider';
import { ListFooter } from '../registry/ListFooter';
import { ListSearch } from '../registry/ListSearch';
import { useDebounced, usePagedList } from '../registry/use-paged-list';
import { useBankExport } from './BankExport';
import { BankPage } from './BankPage';
import { BankStatusBadge } from './BankStatusBadge';
import { kukRefs } from './kuk-refs';
import { BANK_STATUS_LABEL } from './labels';
import { SchemePicker } from './SchemePicker';
import { useScheme } from './use-scheme';
import { useRouteId } from '../../navigation/hash-route';
import { flagFilter, oneOfFilter, textFilter, useRouteFilters, useRoutePages } from '../../navigation/use-route-filters';

/** `#/bank`: choose a scheme version; `#/bank/<schemeId>`: that version's bank, filtered and paged. */
export function BankListScreen() {
  const { t } = useTranslation();
  const schemeId = useRouteId();
  if (!schemeId) {
    return (
      <BankPage schemeId={null} current={null} testId="bank-screen" title={t('bankScreens.picker.title')}>
        <Section title={t('bankScreens.picker.scheme')}>
          <SchemePicker schemeId={null} />
        </Section>
      </BankPage>
    );
  }
  return <SchemeBank key={schemeId} schemeId={schemeId} />;
}

function SchemeBank({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation();
  const { state, reload } = useScheme(schemeId);
  const title = state.status === 'ready' ? t('bankScreens.list.title', { code: state.data.code, version: state.data.version }) : t('bankScreens.picker.title');
  const exporting = useBankExport(schemeId);
  return (
    <BankPage
      schemeId={schemeId}
      current="list"
      testId="bank-screen"
      title={title}
      actions={
        <>
          <a className="button button--primary" href={`#/bank-new/${encodeURIComponent(schemeId)}`} data-testid="bank-new">
            {t('bankScreens.list.newItem')}
          </a>
          <a className="button button--secondary" href={`#/bank-import/${encodeURIComponent(schemeId)}`} data-testid="bank-import">
            {t('bankScreens.nav.import')}
          </a>
          {exporting.button}
        </>
      }
    >
      <SchemePicker schemeId={schemeId} />
      {exporting.result}
      <LoadView state={state} onRetry={reload}>
        {(scheme) => <BankList scheme={scheme} />}
      </LoadView>
    </BankPage>
  );
}

/**
 * The bank's filters, in the address (`#/bank/<schemeId>?unit=…&kind=mc&status=draft`): a reload or Back
 * from a question opened from the list keeps them. A unit or KUK not of this version finds nothing, as chosen.
 */
const FILTERS = {
  search: textFilter,
  unit: textFilter,
  kuk: textFilter,
  kind: oneOfFilter<BankKind, ''>(BANK_KINDS, ''),
  status: oneOfFilter<BankStatus, ''>(BANK_STATUSES, ''),
  missingEnglish: flagFilter,
};

function BankList({ scheme }: { scheme: SchemeDetail }) {
  const { t } = useTranslation();
  const client = useClient();
  const [{ unit: unitId, kuk: kukId, ...rest }, setFilters] = useRouteFilters(FILTERS);
  const filters = { ...rest, unitId, kukId };
  const query = useDebounced({ ...filters, search: filters.search.trim() });
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) =>
    client.call('bank/list', {
      schemeId: scheme.id,
      search: q.search || undefined,
      unitId: q.unitId || undefined,
      kukId: q.kukId || undefined,
      kind: q.kind || undefined,
      status: q.status || undefined,
      missingEnglish: q.missingEnglish || undefined,
      cursor,
    }), pages);
  const units = scheme.units.filter((unit) => !filters.unitId || unit.id === filters.unitId);
  const kuks = units.flatMap((unit) => unit.elements.flatMap((element) => element.kuk.map((kuk) => ({ id: kuk.id, label: `${unit.code} ${kuk.number}` }))));
  const filtered = query.search !== '' || query.unitId !== '' || query.kukId !== '' || query.kind !== '' || query.status !== '' || query.missingEnglish;
  return (
    <Section title={t('bankScreens.nav.list')}>
      <ListSearch value={filters.search} onChange={(text) => setFilters({ search: text })} hint={t('bankScreens.list.searchHint')}>
        <FilterSelect
          label={t('bankScreens.list.unit')}
          testId="filter-unit"
          value={filters.unitId}
          onChange={(unit) => setFilters({ unit, kuk: '' })}
          options={scheme.units.map((unit) => ({ value: unit.id, label: unit.code }))}
        />
        <FilterSelect label={t('bankScreens.list.kuk')} testId="filter-kuk" value={filters.kukId} onChange={(kuk) => setFilters({ kuk })} options={kuks.map((kuk) => ({ value: kuk.id, label: kuk.label }))} />
        <FilterSelect
          label={t('bankScreens.list.kind')}
          testId="filter-kind"
          value={filters.kind}
          onChange={(kind) => setFilters({ kind: BANK_KINDS.find((k) => k === kind) ?? '' })}
          options={BANK_KINDS.map((kind) => ({ value: kind, label: t(INSTRUMENT_KIND_LABEL[kind]) }))}
        />
        <FilterSelect
          label={t('bankScreens.list.status')}
          testId="filter-status"
          value={filters.status}
          onChange={(status) => setFilters({ status: BANK_STATUSES.find((s) => s === status) ?? '' })}
          options={BANK_STATUSES.map((status) => ({ value: status, label: t(BANK_STATUS_LABEL[status]) }))}
        />
        <label className="bank-filter-check">
          <input type="checkbox" data-testid="filter-missing-english" checked={filters.missingEnglish} onChange={(event) => setFilters({ missingEnglish: event.target.checked })} />{' '}
          {t('bankScreens.list.missingEnglish')}
        </label>
      </ListSearch>
      {list.rows.length > 0 && <BankTable rows={list.rows} />}
      {!filtered && !list.loading && !list.error && list.rows.length === 0 ? (
        <p className="empty" data-testid="list-empty">
          {t('bankScreens.list.empty')}
        </p>
      ) : (
        <ListFooter list={list} filtered={filtered} />
      )}
    </Section>
  );
}

function BankTable({ rows }: { rows: BankItemSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="bank-table">
        <thead>
          <tr>
            <th scope="col">{t('bankScreens.list.ref')}</th>
            <th scope="col">{t('bankScreens.list.kind')}</th>
            <th scope="col">{t('bankScreens.list.prompt')}</th>
            <th scope="col">{t('bankScreens.list.kuks')}</th>
            <th scope="col">{t('bankScreens.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="bank-row" data-kind={row.kind} data-status={row.status}>
              <th scope="row" className="mono">
                <a href={`#/bank-item/${encodeURIComponent(row.id)}`}>{row.ref}</a>
              </th>
              <td>{t(INSTRUMENT_KIND_LABEL[row.kind])}</td>
              <td className="bank-table__prompt">
                <BilingualText value={row.prompt} />
                {row.imageCount > 0 && <span className="muted small"> · {t('bankScreens.list.images', { count: row.imageCount })}</span>}
                {row.missingEnglish && (
                  <>
                    {' '}
                    <StatusBadge tone="info">{t('bankScreens.list.missingEnglish')}</StatusBadge>
                  </>
                )}
              </td>
              <td className="mono">{kukRefs(row.kuks)}</td>
              <td>
                <BankStatusBadge status={row.status} />
                {row.used && <span className="muted small"> · {t('bankScreens.list.used')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type FilterProps = { label: string; testId: string; value: string; onChange: (value: string) => void; options: readonly { value: string; label: string }[] };

function FilterSelect({ label, testId, value, onChange, options }: FilterProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__input" data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('bankScreens.list.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
