import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/keys';

export type RegistryKind = 'schemes' | 'assessors' | 'tuks' | 'candidates';

const LINKS = [
  { kind: 'schemes', label: 'registryScreens.nav.schemes' },
  { kind: 'assessors', label: 'registryScreens.nav.assessors' },
  { kind: 'tuks', label: 'registryScreens.nav.tuks' },
  { kind: 'candidates', label: 'registryScreens.nav.candidates' },
] as const satisfies readonly { kind: RegistryKind; label: TranslationKey }[];

/** The registry's four lists, one link each, and the way home; the current list is marked for screen readers. */
export function RegistryNav({ current }: { current: RegistryKind }) {
  const { t } = useTranslation();
  return (
    <nav className="registry-nav" aria-label={t('registryScreens.nav.label')}>
      <a href="#/" data-testid="back-home">
        {t('registryScreens.nav.home')}
      </a>
      {LINKS.map((link) => (
        <a
          key={link.kind}
          href={`#/${link.kind}`}
          className={link.kind === current ? 'registry-nav__link registry-nav__link--current' : 'registry-nav__link'}
          aria-current={link.kind === current ? 'page' : undefined}
          data-testid={`registry-nav-${link.kind}`}
        >
          {t(link.label)}
        </a>
      ))}
    </nav>
  );
}
