import { useTranslation } from 'react-i18next';
import type { ResultsSessionSummary } from '../../../../../electron/shared/pleno';
import { useLoad } from '../../../api/use-load';
import { BilingualText } from '../../../components/BilingualText';
import { LoadView } from '../../../components/LoadView';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { choiceFilter, useRouteFilters } from '../../../navigation/use-route-filters';
import { PlenoPage } from '../PlenoPage';

/**
 * `#/results`: the sessions whose results are at the LSP, with their counts, newest first; `?pleno=none`
 * (the home's "not yet taken to a pleno") those no pleno holds yet. The filter is the address itself, so a
 * reload and Back keep what the list shows.
 */
const FILTERS = { pleno: choiceFilter({ none: true }, false) };

export function ResultsScreen() {
  const { t } = useTranslation();
  const [{ pleno: withoutPleno }, set] = useRouteFilters(FILTERS);
  const { state, reload } = useLoad('results/sessions', withoutPleno ? { limit: 500, withoutPleno: true } : { limit: 500 });
  return (
    <PlenoPage current="results" testId="results-screen" title={t('plenoScreens.results.title')}>
      <Section title={t('plenoScreens.results.title')}>
        <label className="checkbox">
          <input type="checkbox" data-testid="results-without-pleno" checked={withoutPleno} onChange={(event) => set({ pleno: event.target.checked })} />
          {t('plenoScreens.results.withoutPleno')}
        </label>
        <LoadView state={state} onRetry={reload}>
          {(rows) => (rows.length === 0 ? <p className="empty">{t(withoutPleno ? 'plenoScreens.results.emptyWithoutPleno' : 'plenoScreens.results.empty')}</p> : <ResultsTable rows={rows} />)}
        </LoadView>
      </Section>
    </PlenoPage>
  );
}

function ResultsTable({ rows }: { rows: ResultsSessionSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="results-table">
        <thead>
          <tr>
            <th scope="col">{t('plenoScreens.results.session')}</th>
            <th scope="col">{t('plenoScreens.results.date')}</th>
            <th scope="col">{t('plenoScreens.results.scheme')}</th>
            <th scope="col">{t('plenoScreens.results.candidates')}</th>
            <th scope="col">{t('plenoScreens.results.recommended')}</th>
            <th scope="col">{t('plenoScreens.results.flagged')}</th>
            <th scope="col">{t('plenoScreens.results.decided')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sessionId} data-testid="results-row">
              <th scope="row">
                <a href={`#/results/${encodeURIComponent(row.sessionId)}`} className="mono">
                  {row.code}
                </a>
                <div className="small">
                  <BilingualText value={row.title} /> · {row.tuk.name}
                </div>
              </th>
              <td className="nowrap">{f.date(row.date)}</td>
              <td>
                <span className="mono">{row.scheme.code}</span>
              </td>
              <td>{f.number(row.candidates)}</td>
              <td>
                {f.number(row.recommendedK)} / {f.number(row.recommendedBK)}
              </td>
              <td>
                {f.number(row.flagged)}
                {row.blocking > 0 && (
                  <>
                    {' '}
                    <StatusBadge tone="danger">{t('plenoScreens.results.blocking', { count: row.blocking })}</StatusBadge>
                  </>
                )}
              </td>
              <td>{f.number(row.decided)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
