import { useTranslation } from 'react-i18next';
import type { PlenoSummary } from '../../../../electron/shared/pleno';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { PLENO_STATUS_LABEL, PLENO_STATUS_TONE } from './labels';
import { PlenoPage } from './PlenoPage';
import { PlenoSettingsPanel } from './PlenoSettingsPanel';

/** `#/pleno`: the LSP's rapat pleno records, newest first, and its rules on who sits on them. */
export function PlenoListScreen() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('pleno/list', {});
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
        <LoadView state={state} onRetry={reload}>
          {(rows) => (rows.length === 0 ? <p className="empty">{t('plenoScreens.pleno.empty')}</p> : <PlenoTable rows={rows} />)}
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
              <td>{t('plenoScreens.pleno.counts', { k: f.number(row.competent), bk: f.number(row.notCompetent) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
