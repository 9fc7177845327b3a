import { useTranslation } from 'react-i18next';

/** The way from the LSP admin's home into the registry: one link per list. */
export function RegistryLinks() {
  const { t } = useTranslation();
  return (
    <nav className="registry-nav registry-nav--home" aria-label={t('registryScreens.nav.label')}>
      <span className="registry-nav__label">{t('registryScreens.nav.label')}:</span>
      <a className="registry-nav__link" href="#/schemes" data-testid="link-schemes">{t('registryScreens.nav.schemes')}</a>
      <a className="registry-nav__link" href="#/assessors" data-testid="link-assessors">{t('registryScreens.nav.assessors')}</a>
      <a className="registry-nav__link" href="#/tuks" data-testid="link-tuks">{t('registryScreens.nav.tuks')}</a>
      <a className="registry-nav__link" href="#/candidates" data-testid="link-candidates">{t('registryScreens.nav.candidates')}</a>
    </nav>
  );
}
