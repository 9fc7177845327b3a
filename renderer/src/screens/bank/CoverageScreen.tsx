import { useTranslation } from 'react-i18next';
import type { BankCoverage, BankStatusCounts, CoverageKuk } from '../../../../electron/shared/bank';
import { BilingualText } from '../../components/BilingualText';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useLoad } from '../../api/use-load';
import { useFormat } from '../../i18n/use-format';
import { BankPage } from './BankPage';
import { useScheme } from './use-scheme';
import { useRouteId } from '../../navigation/hash-route';

/**
 * `#/bank-coverage/<schemeId>`: every KUK of the version with the instruments that give evidence for it;
 * a KUK without approved written or observed evidence is flagged, since the assessor's K/BK rule needs one.
 */
export function CoverageScreen() {
  const { t } = useTranslation();
  const schemeId = useRouteId();
  const scheme = useScheme(schemeId);
  const { state, reload } = useLoad('bank/coverage', { schemeId });
  const title =
    scheme.state.status === 'ready' ? t('bankScreens.coverage.title', { code: scheme.state.data.code, version: scheme.state.data.version }) : t('bankScreens.nav.coverage');
  return (
    <BankPage key={schemeId} schemeId={schemeId} current="coverage" testId="bank-coverage-screen" title={title}>
      <LoadView state={state} onRetry={reload}>
        {(coverage) => <Coverage coverage={coverage} />}
      </LoadView>
    </BankPage>
  );
}

function Coverage({ coverage }: { coverage: BankCoverage }) {
  const { t } = useTranslation();
  const f = useFormat();
  const units = groupByUnit(coverage.kuks);
  return (
    <>
      <p className={coverage.flagged > 0 ? 'notice notice--warning' : 'notice'} role="status" data-testid="coverage-summary" data-flagged={coverage.flagged}>
        {t('bankScreens.coverage.summary', { flagged: f.number(coverage.flagged), total: f.number(coverage.kuks.length) })}
        {coverage.unmapped > 0 && (
          <>
            {' '}
            <a href={`#/bank/${encodeURIComponent(coverage.schemeId)}`} data-testid="coverage-unmapped">
              {t('bankScreens.coverage.unmapped', { count: coverage.unmapped })}
            </a>
          </>
        )}
      </p>
      {units.map((unit) => (
        <Section
          key={unit.unitId}
          title={
            <>
              <span className="mono">{unit.unitCode}</span> <BilingualText value={unit.unitTitle} />
            </>
          }
        >
          <div className="table-wrap">
            <table className="table registry-table coverage-table" data-testid="coverage-table">
              <thead>
                <tr>
                  <th scope="col">{t('bankScreens.coverage.kuk')}</th>
                  <th scope="col">{t('bankScreens.coverage.written')}</th>
                  <th scope="col">{t('bankScreens.coverage.observed')}</th>
                  <th scope="col">{t('bankScreens.coverage.oral')}</th>
                  <th scope="col">{t('bankScreens.coverage.entries')}</th>
                </tr>
              </thead>
              <tbody>
                {unit.kuks.map((kuk) => (
                  <KukRow key={kuk.kukId} kuk={kuk} />
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      ))}
    </>
  );
}

function KukRow({ kuk }: { kuk: CoverageKuk }) {
  const { t } = useTranslation();
  const written = sum(kuk.counts.multiple_choice, kuk.counts.essay);
  const observed = sum(kuk.counts.observation, kuk.counts.supporting);
  return (
    <tr data-testid="coverage-kuk" data-kuk-id={kuk.kukId} data-flagged={kuk.flagged} className={kuk.flagged ? 'coverage-table__flagged' : undefined}>
      <th scope="row">
        <span className="mono">{kuk.number}</span> <BilingualText value={kuk.text} />
        {kuk.flagged && (
          <>
            {' '}
            <span data-testid="coverage-flag">
              <StatusBadge tone="danger">{t('bankScreens.coverage.flagged')}</StatusBadge>
            </span>
          </>
        )}
      </th>
      <td>
        <Evidence has={kuk.written} counts={written} />
      </td>
      <td>
        <Evidence has={kuk.observed} counts={observed} />
      </td>
      <td className="small">{t('bankScreens.coverage.counts', { approved: kuk.counts.oral.approved, draft: kuk.counts.oral.draft })}</td>
      <td>
        {kuk.entries.length === 0 ? (
          <span className="muted small">{t('bankScreens.coverage.none')}</span>
        ) : (
          <ul className="coverage-entries">
            {kuk.entries.map((entry) => (
              <li key={entry.id}>
                <a href={`#/bank-item/${encodeURIComponent(entry.id)}`} className="mono" data-status={entry.status}>
                  {entry.ref}
                </a>
                {entry.status === 'draft' && <span className="muted small"> ({t('bankScreens.status.draft')})</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Evidence({ has, counts }: { has: boolean; counts: BankStatusCounts }) {
  const { t } = useTranslation();
  return (
    <>
      <StatusBadge tone={has ? 'success' : 'warning'}>{has ? t('bankScreens.coverage.yes') : t('bankScreens.coverage.no')}</StatusBadge>
      <span className="small muted"> {t('bankScreens.coverage.counts', { approved: counts.approved, draft: counts.draft })}</span>
    </>
  );
}

const sum = (a: BankStatusCounts, b: BankStatusCounts): BankStatusCounts => ({ draft: a.draft + b.draft, approved: a.approved + b.approved, retired: a.retired + b.retired });

function groupByUnit(kuks: readonly CoverageKuk[]) {
  const units: { unitId: string; unitCode: string; unitTitle: CoverageKuk['unitTitle']; kuks: CoverageKuk[] }[] = [];
  for (const kuk of kuks) {
    const last = units[units.length - 1];
    if (last?.unitId === kuk.unitId) last.kuks.push(kuk);
    else units.push({ unitId: kuk.unitId, unitCode: kuk.unitCode, unitTitle: kuk.unitTitle, kuks: [kuk] });
  }
  return units;
}
