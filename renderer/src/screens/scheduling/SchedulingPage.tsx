import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';

export type SchedulingKind = 'sessions' | 'apl';

type Props = { current: SchedulingKind; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

/** The frame of the scheduling screens: the way home, sessions and APL, the title and the page's actions. */
export function SchedulingPage({ current, title, testId, actions, children }: Props) {
  const { t } = useTranslation();
  const link = (kind: SchedulingKind, label: string) => (
    <a
      href={`#/${kind}`}
      className={kind === current ? 'registry-nav__link registry-nav__link--current' : 'registry-nav__link'}
      aria-current={kind === current ? 'page' : undefined}
      data-testid={`scheduling-nav-${kind}`}
    >
      {label}
    </a>
  );
  return (
    <div className="home registry" data-testid={testId}>
      <nav className="registry-nav" aria-label={t('schedulingScreens.nav.label')}>
        <a href="#/" data-testid="back-home">
          {t('registryScreens.nav.home')}
        </a>
        {link('sessions', t('schedulingScreens.nav.sessions'))}
        {link('apl', t('schedulingScreens.nav.apl'))}
      </nav>
      <PageTitle eyebrow={t('lsp.eyebrow')} title={title}>
        {actions && <div className="registry__actions">{actions}</div>}
      </PageTitle>
      {children}
    </div>
  );
}
