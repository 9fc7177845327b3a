import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { KeySection } from '../bundles/KeySection';

/**
 * The admin of a TUK station set up without an LSP (it arrives with the first session bundle): there is
 * no LSP overview yet, so the home holds what there is: the station's accounts and its keys' backup.
 */
export function TukStationAdminHome() {
  const { t } = useTranslation();
  return (
    <div className="home" data-testid="home-tuk-station-admin">
      <PageTitle eyebrow={t('tukStation.eyebrow')} title={t('tukStation.title')}>
        <a href="#/accounts" data-testid="link-accounts">{t('accounts.link')}</a>
      </PageTitle>
      <Section title={t('tukStation.nextTitle')}>
        <p>{t('tukStation.intro')}</p>
      </Section>
      <KeySection title={t('keys.title')} />
    </div>
  );
}
