import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

export type BankView = 'list' | 'coverage' | 'import' | 'item';

type Props = { schemeId: string | null; current: BankView | null; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

const LINKS = [
  { view: 'list', route: 'bank', label: 'bankScreens.nav.list' },
  { view: 'coverage', route: 'bank-coverage', label: 'bankScreens.nav.coverage' },
  { view: 'import', route: 'bank-import', label: 'bankScreens.nav.import' },
] as const;

/** The frame of every question-bank screen: the way home, the scheme's bank views, and the title. */
export function BankPage({ schemeId, current, title, testId, actions, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="home registry bank" data-testid={testId}>
      <nav className="registry-nav" aria-label={t('bankScreens.nav.label')}>
        <a href="#/" data-testid="back-home">
          {t('registryScreens.nav.home')}
        </a>
        <a className="registry-nav__link" href="#/bank" data-testid="bank-nav-schemes">
          {t('bankScreens.nav.schemes')}
        </a>
        {schemeId &&
          LINKS.map((link) => (
            <a
              key={link.view}
              href={`#/${link.route}/${encodeURIComponent(schemeId)}`}
              className={link.view === current ? 'registry-nav__link registry-nav__link--current' : 'registry-nav__link'}
              aria-current={link.view === current ? 'page' : undefined}
              data-testid={`bank-nav-${link.view}`}
            >
              {t(link.label)}
            </a>
          ))}
      </nav>
      <PageTitle eyebrow={t('lsp.eyebrow')} title={title}>
        {actions && <div className="registry__actions">{actions}</div>}
      </PageTitle>
      {children}
    </div>
  );
}
