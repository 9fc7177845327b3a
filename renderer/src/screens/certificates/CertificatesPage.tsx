import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import type { TranslationKey } from '../../i18n/keys';

export type CertificatesKind = 'register' | 'settings' | 'blanko';

const LINKS = [
  { kind: 'register', href: '#/certificates', label: 'certificateScreens.nav.register' },
  { kind: 'settings', href: '#/certificates/settings', label: 'certificateScreens.nav.settings' },
  { kind: 'blanko', href: '#/certificates/blanko', label: 'certificateScreens.nav.blanko' },
] as const satisfies readonly { kind: CertificatesKind; href: string; label: TranslationKey }[];

type Props = { kind: CertificatesKind; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

/** The frame of the certificate screens: their links and the way home (as the registry's), the title and its actions. */
export function CertificatesPage({ kind, title, testId, actions, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="home registry" data-testid={testId}>
      <nav className="registry-nav" aria-label={t('certificateScreens.nav.label')}>
        <a href="#/" data-testid="back-home">{t('certificateScreens.nav.home')}</a>
        {LINKS.map((link) => (
          <a
            key={link.kind}
            href={link.href}
            className={link.kind === kind ? 'registry-nav__link registry-nav__link--current' : 'registry-nav__link'}
            aria-current={link.kind === kind ? 'page' : undefined}
            data-testid={`certificates-nav-${link.kind}`}
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

/** The way from the LSP admin's home to the certificate screens. */
export function CertificateLinks() {
  const { t } = useTranslation();
  return (
    <nav className="registry-nav registry-nav--home" aria-label={t('certificateScreens.nav.label')}>
      <span className="registry-nav__label">{t('certificateScreens.nav.label')}:</span>
      {LINKS.map((link) => (
        <a key={link.kind} className="registry-nav__link" href={link.href} data-testid={`link-certificates-${link.kind}`}>
          {t(link.label)}
        </a>
      ))}
    </nav>
  );
}
