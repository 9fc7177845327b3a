import { useTranslation } from 'react-i18next';

/** The way from the LSP admin's home into scheduling: the sessions and the candidates' applications. */
export function SchedulingLinks() {
  const { t } = useTranslation();
  return (
    <nav className="registry-nav registry-nav--home" aria-label={t('schedulingScreens.nav.label')}>
      <span className="registry-nav__label">{t('schedulingScreens.nav.label')}:</span>
      <a className="registry-nav__link" href="#/sessions" data-testid="link-sessions">{t('schedulingScreens.nav.sessions')}</a>
      <a className="registry-nav__link" href="#/apl" data-testid="link-apl">{t('schedulingScreens.nav.apl')}</a>
    </nav>
  );
}
