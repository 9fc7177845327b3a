import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateSummary } from '../../../../../electron/shared/registry';
import { Section } from '../../../components/Section';
import { useLoad } from '../../../api/use-load';
import { StatusBadge } from '../../../components/StatusBadge';
import { flagFilter, textFilter, useRouteFilters, useRoutePages } from '../../../navigation/use-route-filters';
import { useClient } from '../../../session/SessionProvider';
import { ListFooter } from '../ListFooter';
import { activeFilter } from '../list-filters';
import { ActiveFilter, ListSearch } from '../ListSearch';
import { RegistryPage } from '../RegistryPage';
import { useDebounced, usePagedList } from '../use-paged-list';

/** The list's filters, in the address (`#/candidates?search=adi&anyWord=1&province=31`): a reload or Back from a candidate keeps them. */
const FILTERS = {
  search: textFilter,
  anyWord: flagFilter,
  active: activeFilter,
  institution: textFilter,
  province: textFilter,
};

/** Candidates (asesi): search by name or NIK prefix, filter by institution and province, page by page. */
export function CandidatesScreen() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ search, anyWord, active, institution, province: provinceCode }, set] = useRouteFilters(FILTERS);
  const query = useDebounced({ search: search.trim(), anyWord, active, institution: institution.trim(), provinceCode: provinceCode.trim() });
  const institutions = useInstitutionSuggestions(institution);
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) =>
    client.call('candidates/list', {
      search: q.search || undefined,
      anyWord: q.search !== '' && q.anyWord ? true : undefined,
      active: q.active,
      institution: q.institution || undefined,
      provinceCode: q.provinceCode || undefined,
      cursor,
    }), pages);
  return (
    <RegistryPage
      kind="candidates"
      testId="candidates-screen"
      title={t('registryScreens.candidates.title')}
      actions={
        <>
          <a className="button button--primary" href="#/candidates/new" data-testid="candidates-new">{t('registryScreens.list.new')}</a>
          <a className="button button--secondary" href="#/candidates/import" data-testid="candidates-import">{t('registryScreens.list.import')}</a>
        </>
      }
    >
      <Section title={t('registryScreens.candidates.title')}>
        <ListSearch
          value={search}
          onChange={(text) => set({ search: text })}
          hint={t('registryScreens.candidates.searchHint')}
          option={
            <label className="checkbox registry-filters__option">
              <input type="checkbox" data-testid="search-any-word" checked={anyWord} onChange={(event) => set({ anyWord: event.target.checked })} />
              {t('registryScreens.candidates.searchAnyWord')}
            </label>
          }
        >
          <ActiveFilter value={active} onChange={(value) => set({ active: value })} />
          <FilterText
            label={t('registryScreens.candidates.institution')}
            testId="filter-institution"
            value={institution}
            onChange={(text) => set({ institution: text })}
            suggestions={institutions}
            hint={t('registryScreens.candidates.institutionFilterHint')}
          />
          <FilterText label={t('registryScreens.candidates.provinceCode')} testId="filter-province" value={provinceCode} onChange={(code) => set({ province: code })} maxLength={2} />
        </ListSearch>
        {list.rows.length > 0 && <CandidatesTable rows={list.rows} />}
        <ListFooter list={list} filtered={query.search !== '' || query.institution !== '' || query.provinceCode !== '' || active !== true} />
        {/* A name searched by its start finds no "putri" in Nur Aisyah Putri: the other way is offered where it is missed. */}
        {!anyWord && /\p{L}/u.test(query.search) && !list.loading && !list.error && list.rows.length === 0 && (
          <p data-testid="search-any-word-offer">
            <button type="button" className="link-button" onClick={() => set({ anyWord: true })}>
              {t('registryScreens.candidates.tryAnyWord', { search: query.search })}
            </button>
          </p>
        )}
      </Section>
    </RegistryPage>
  );
}

function CandidatesTable({ rows }: { rows: CandidateSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="candidates-table">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.candidates.name')}</th>
            <th scope="col">{t('registryScreens.candidates.nik')}</th>
            <th scope="col">{t('registryScreens.candidates.participantNo')}</th>
            <th scope="col">{t('registryScreens.candidates.institution')}</th>
            <th scope="col">{t('registryScreens.candidates.provinceCode')}</th>
            <th scope="col">{t('registryScreens.list.active')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="candidate-row">
              <th scope="row">
                <a href={`#/candidates/${encodeURIComponent(row.id)}`}>{row.name}</a>
              </th>
              <td className="mono">{row.nik}</td>
              <td className="mono">{row.participantNo}</td>
              <td>{row.institution ?? ''}</td>
              <td className="mono">{row.provinceCode ?? ''}</td>
              <td>{row.active ? t('registryScreens.status.active') : <StatusBadge tone="neutral">{t('registryScreens.status.inactive')}</StatusBadge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The registry's institutions starting with what is typed: the filter matches a name exactly, so it
 * offers the names as they are written in the registry.
 */
function useInstitutionSuggestions(text: string): readonly string[] {
  const prefix = useDebounced(text.trim());
  const { state } = useLoad('candidates/institutions', { prefix });
  // Suggestions are a help: on an error the list itself says what went wrong with the filter.
  return state.status === 'ready' ? state.data.institutions : NO_SUGGESTIONS;
}

const NO_SUGGESTIONS: readonly string[] = [];

type FilterProps = {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  suggestions?: readonly string[];
  hint?: string;
};

function FilterText({ label, testId, value, onChange, maxLength, suggestions, hint }: FilterProps) {
  const id = useId();
  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;
  const offered = suggestions && suggestions.length > 0;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        data-testid={testId}
        value={value}
        maxLength={maxLength}
        autoComplete="off"
        list={offered ? listId : undefined}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {offered && (
        <datalist id={listId} data-testid={`${testId}-suggestions`}>
          {suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
    </div>
  );
}
