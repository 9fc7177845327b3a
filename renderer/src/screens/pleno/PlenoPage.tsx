import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

export type PlenoArea = 'results' | 'pleno' | 'appeals';

type Props = { current: PlenoArea; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

/** The frame of the decision screens (issue 17): the way home, results, pleno and appeals, the title and actions. */
export function PlenoPage({ current, title, testId, actions, children }: Props) {
  const { t } = useTranslation();
  const link = (area: PlenoArea, label: string) => (
    <a
      href={`#/${area}`}
      className={area === current ? 'registry-nav__link registry-nav__link--current' : 'registry-nav__link'}
      aria-current={area === current ? 'page' : undefined}
      data-testid={`pleno-nav-${area}`}
    >
      {label}
    </a>
  );
  return (
    <div className="home registry" data-testid={testId}>
      <nav className="registry-nav" aria-label={t('plenoScreens.nav.label')}>
        <a href="#/" data-testid="back-home">
          {t('registryScreens.nav.home')}
        </a>
        {link('results', t('plenoScreens.nav.results'))}
        {link('pleno', t('plenoScreens.nav.pleno'))}
        {link('appeals', t('plenoScreens.nav.appeals'))}
      </nav>
      <PageTitle eyebrow={t('lsp.eyebrow')} title={title}>
        {actions && <div className="registry__actions">{actions}</div>}
      </PageTitle>
      {children}
    </div>
  );
}
