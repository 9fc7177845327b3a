import { useTranslation } from 'react-i18next';
import type { KeyStatus } from '../../../../electron/shared/types';
import { useLoad } from '../../api/use-load';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { KeySection } from '../bundles/KeySection';
import { IntegrityWarning } from '../audit/IntegrityWarning';
import { ComputerWarnings } from '../computer/ComputerWarnings';
import { useAdminEyebrow, useStationTuk } from '../../session/tuk-station';

/**
 * The admin of a TUK station set up without an LSP (it arrives with the first session bundle): there is
 * no LSP overview, so the home holds what there is: the station's accounts and its keys' backup.
 */
export function TukStationAdminHome() {
  const { t } = useTranslation();
  const keys = useLoad('keys/status', {});
  const lsps = keys.state.status === 'ready' ? servedLsps(keys.state.data) : [];
  // "Stasiun ini melayani LSP …" never said which TUK: the one the first bundle tied it to, the set-up name before.
  const tuk = useStationTuk();
  const eyebrow = useAdminEyebrow();
  return (
    <div className="home" data-testid="home-tuk-station-admin">
      <PageTitle eyebrow={eyebrow} title={t('tukStation.title')}>
        <a href="#/accounts" data-testid="link-accounts">{t('accounts.link')}</a>{' '}
        <a href="#/audit" data-testid="link-audit">{t('audit.link')}</a>{' '}
        <a href="#/backups" data-testid="link-backups">{t('dataBackups.link')}</a>
      </PageTitle>
      <IntegrityWarning role="admin" />
      <ComputerWarnings />
      <Section title={t('tukStation.nextTitle')}>
        {tuk && <p data-testid="tuk-station-tuk">{t(tuk.bound ? 'tukStation.tukBound' : 'tukStation.tukSetUp', { tuk: tuk.name })}</p>}
        <p data-testid="tuk-station-intro">{lsps.length > 0 ? t('tukStation.serves', { lsp: lsps.join(', ') }) : t('tukStation.intro')}</p>
      </Section>
      <KeySection title={t('keys.tukTitle')} />
    </div>
  );
}

/**
 * The LSPs whose session bundles this station has taken: importing the first one pins the LSP's key under
 * `lsp:<id>`, labelled with the LSP's name. Until then the "arrives with the first bundle" sentence stands.
 */
function servedLsps(status: KeyStatus): string[] {
  return status.pins.filter((pin) => pin.subject.startsWith('lsp:')).map((pin) => pin.label);
}
