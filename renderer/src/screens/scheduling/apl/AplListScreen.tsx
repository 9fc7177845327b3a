import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeSummary } from '../../../../../electron/shared/registry';
import { APL_LIST_STATES, type AplListState, type AplSummary } from '../../../../../electron/shared/scheduling';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../i18n/use-format';
import { oneOfFilter, textFilter, useRouteFilters, useRoutePages } from '../../../navigation/use-route-filters';
import { useClient } from '../../../session/SessionProvider';
import { ListFooter } from '../../registry/ListFooter';
import { ListSearch } from '../../registry/ListSearch';
import { useDebounced, usePagedList } from '../../registry/use-paged-list';
import { APL01_RESULT_LABEL, APL_STATE_LABEL, PURPOSE_LABEL, RECOMMENDATION_LABEL } from '../labels';
import { SchedulingPage } from '../SchedulingPage';
import { SchemeSelect } from '../SchemeSelect';
import { defaultSchemeId, useSchemes } from '../use-schemes';
import { aplHref } from './apl-route';
import { GateView } from './GateView';
import { NoSchemes } from './NoSchemes';

/** `#/apl`: the candidates' FR.APL.01/02 per scheme version, filtered by where they stand. */
export function AplListScreen() {
  const { t } = useTranslation();
  const { state, reload } = useSchemes();
  return (
    <SchedulingPage current="apl" testId="apl-list-screen" title={t('schedulingScreens.aplList.title')}>
      <LoadView state={state} onRetry={reload}>
        {(page) => (page.rows.length === 0 ? <NoSchemes /> : <AplList schemes={page.rows} />)}
      </LoadView>
    </SchedulingPage>
  );
}

/**
 * The list's filters, in the address: the home's "what waits" opens it with a scheme and a state chosen
 * (`#/apl?state=awaiting_verification&scheme=ID`), and a reload or Back from an application keeps them.
 */
const FILTERS = {
  scheme: textFilter,
  state: oneOfFilter<AplListState, ''>(APL_LIST_STATES, ''),
  search: textFilter,
};

function AplList({ schemes }: { schemes: SchemeSummary[] }) {
  const { t } = useTranslation();
  const client = useClient();
  const stateId = useId();
  const [filters, set] = useRouteFilters(FILTERS);
  const { state, search } = filters;
  // A scheme not among these (gone, inactive, mistyped) is no choice: the first one's newest version is.
  const schemeId = schemes.find((s) => s.id === filters.scheme)?.id ?? defaultSchemeId(schemes);
  const query = useDebounced({ schemeId, state, search: search.trim() });
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) =>
    client.call('apl/list', { schemeId: q.schemeId, state: q.state || undefined, search: q.search || undefined, cursor }), pages);
  return (
    <Section title={t('schedulingScreens.aplList.title')}>
      <p className="registry-facts">{t('schedulingScreens.aplList.hint')}</p>
      <ListSearch value={search} onChange={(text) => set({ search: text })} hint={t('schedulingScreens.aplList.searchHint')}>
        <SchemeSelect schemes={schemes} value={schemeId} onChange={(id) => set({ scheme: id })} testId="apl-scheme" />
        <div className="field">
          <label className="field__label" htmlFor={stateId}>
            {t('schedulingScreens.aplList.state')}
          </label>
          <select id={stateId} className="field__input" data-testid="apl-state" value={state} onChange={(event) => set({ state: APL_LIST_STATES.find((s) => s === event.target.value) ?? '' })}>
            <option value="">{t('registryScreens.list.all')}</option>
            {APL_LIST_STATES.map((s) => (
              <option key={s} value={s}>
                {t(APL_STATE_LABEL[s])}
              </option>
            ))}
          </select>
        </div>
      </ListSearch>
      {list.rows.length > 0 && <AplTable rows={list.rows} schemeId={query.schemeId} />}
      <ListFooter
        list={list}
        filtered={query.search !== '' || query.state !== ''}
        empty={
          <>
            {t('schedulingScreens.aplList.empty')}{' '}
            <a href="#/candidates" data-testid="apl-empty-candidates">
              {t('schedulingScreens.aplList.emptyLink')}
            </a>
          </>
        }
      />
    </Section>
  );
}

function AplTable({ rows, schemeId }: { rows: AplSummary[]; schemeId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="apl-table">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.candidates.name')}</th>
            <th scope="col">{t('registryScreens.candidates.participantNo')}</th>
            <th scope="col">{t('schedulingScreens.apl01.purpose')}</th>
            <th scope="col">{t('schedulingScreens.apl01.title')}</th>
            <th scope="col">{t('schedulingScreens.apl02.title')}</th>
            <th scope="col">{t('schedulingScreens.gate.title')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.candidateId} data-testid="apl-row">
              <th scope="row">
                <a href={aplHref(row.candidateId, schemeId)}>{row.name}</a>
              </th>
              <td className="mono">{row.participantNo}</td>
              <td>
                {t(PURPOSE_LABEL[row.purpose])}
                {/* The current application is listed; a candidate back for another round is told apart from a first applicant. */}
                {row.round > 1 && (
                  <span className="cell-sub" data-testid="apl-round">
                    {t('schedulingScreens.aplRounds.listRound', { round: row.round })}
                  </span>
                )}
              </td>
              <td>{row.apl01Result ? t(APL01_RESULT_LABEL[row.apl01Result]) : t('schedulingScreens.apl01.unverified')}</td>
              <td>{row.apl02Recommendation ? t(RECOMMENDATION_LABEL[row.apl02Recommendation]) : t('schedulingScreens.apl02.unreviewed')}</td>
              <td>
                <GateView gate={row.gate} compact />
                {/* As the planner's picker says: a year on, "schedulable" alone read as if they still awaited their test. */}
                {row.certifiedUntil && (
                  <span className="cell-sub" data-testid="apl-certified">
                    {row.certifiedExpired
                      ? t('schedulingScreens.aplList.certifiedLapsed', { date: f.date(row.certifiedUntil) })
                      : t('schedulingScreens.aplList.certifiedUntil', { date: f.date(row.certifiedUntil) })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
