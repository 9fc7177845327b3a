import { useTranslation } from 'react-i18next';
import type { LspOverview } from '../../../../electron/shared/types';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import { SchemeCard } from './SchemeCard';
import { SessionsTable } from './SessionsTable';
import { KeyBackupWarning } from './KeyBackupWarning';
import { TuksTable } from './TuksTable';
import { TukStationAdminHome } from './TukStationAdminHome';
import { RegistryLinks } from '../registry/RegistryLinks';
import { SchedulingLinks } from '../scheduling/SchedulingLinks';
import { CertificateLinks } from '../certificates/CertificatesPage';
import { PlenoLinks } from '../pleno/PlenoLinks';
import { useOnTukStation } from '../../session/tuk-station';

export function LspAdminHome() {
  // A TUK station's admin has no LSP overview: the station's own home instead.
  return useOnTukStation() ? <TukStationAdminHome /> : <LspHome />;
}

function LspHome() {
  const { state, reload } = useLoad('lsp/overview', {});
  return (
    <div className="home" data-testid="home-lsp_admin">
      <LoadView state={state} onRetry={reload}>
        {(overview) => <Overview overview={overview} />}
      </LoadView>
    </div>
  );
}

function Overview({ overview }: { overview: LspOverview }) {
  const { t } = useTranslation();
  const f = useFormat();
  const totals = [
    { key: 'schemes', label: t('lsp.totals.schemes'), value: overview.schemes.length },
    { key: 'sessions', label: t('lsp.totals.sessions'), value: overview.sessions.length },
    { key: 'tuks', label: t('lsp.totals.tuks'), value: overview.tuks.length },
    { key: 'assessors', label: t('lsp.totals.assessors'), value: overview.assessorCount },
    { key: 'candidates', label: t('lsp.totals.candidates'), value: overview.candidateCount },
  ];
  return (
    <>
      <PageTitle eyebrow={t('lsp.eyebrow')} title={overview.lsp.name}>
        {t('lsp.code')} <span className="mono">{overview.lsp.code}</span>{' '}
        <a href="#/bundles" data-testid="link-bundles">{t('bundles.link')}</a>{' '}
        <a href="#/accounts" data-testid="link-accounts">{t('accounts.link')}</a>{' '}
        <a href="#/bank" data-testid="link-bank">{t('bankScreens.link')}</a>
      </PageTitle>
      <RegistryLinks />
      <SchedulingLinks />
      <CertificateLinks />
      <PlenoLinks />
      <KeyBackupWarning />

      <dl className="stats" aria-label={t('lsp.totals.label')}>
        {totals.map((total) => (
          <div className="stats__item" key={total.key} data-testid={`total-${total.key}`}>
            <dt className="stats__label">{total.label}</dt>
            <dd className="stats__value">{f.number(total.value)}</dd>
          </div>
        ))}
      </dl>

      <Section title={t('lsp.schemesTitle')}>
        {overview.schemes.length === 0 ? (
          <p className="empty">{t('lsp.noSchemes')}</p>
        ) : (
          <div className="scheme-list">
            {overview.schemes.map((scheme) => (
              <SchemeCard key={scheme.id} scheme={scheme} />
            ))}
          </div>
        )}
      </Section>

      <Section title={t('lsp.sessionsTitle')}>
        {overview.sessions.length === 0 ? <p className="empty">{t('lsp.noSessions')}</p> : <SessionsTable sessions={overview.sessions} />}
      </Section>

      <Section title={t('lsp.tuksTitle')}>
        {overview.tuks.length === 0 ? <p className="empty">{t('lsp.noTuks')}</p> : <TuksTable tuks={overview.tuks} />}
      </Section>
    </>
  );
}
