import { useTranslation } from 'react-i18next';

/** The way from the LSP admin's home to the results, the rapat pleno and appeals. */
export function PlenoLinks() {
  const { t } = useTranslation();
  return (
    <nav className="registry-nav registry-nav--home" aria-label={t('plenoScreens.nav.label')}>
      <span className="registry-nav__label">{t('plenoScreens.nav.label')}:</span>
      <a className="registry-nav__link" href="#/results" data-testid="link-results">{t('plenoScreens.nav.results')}</a>
      <a className="registry-nav__link" href="#/pleno" data-testid="link-pleno">{t('plenoScreens.nav.pleno')}</a>
      <a className="registry-nav__link" href="#/appeals" data-testid="link-appeals">{t('plenoScreens.nav.appeals')}</a>
    </nav>
  );
}
