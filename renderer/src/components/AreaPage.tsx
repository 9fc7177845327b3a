import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/keys';
import { PageTitle } from './PageTitle';

/** One screen of an LSP office area (registry, scheduling, bank, …): where it is, its name, and test ids on both navs. */
export type AreaLink<K extends string = string> = { key: K; href: string; label: TranslationKey; navTestId: string; homeTestId: string };
/** An area: the name its navigation is announced by, and its screens in order. */
export type Area<K extends string = string> = { label: TranslationKey; links: readonly AreaLink<K>[] };

const linkClass = (current: boolean) => (current ? 'registry-nav__link registry-nav__link--current' : 'registry-nav__link');

/** The area's links on one of its screens, after the way home; the current screen is marked for screen readers. */
export function AreaNav<K extends string>({ area, current, extra }: { area: Area<K>; current: K | null; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <nav className="registry-nav" aria-label={t(area.label)}>
      <a href="#/" data-testid="back-home">
        {t('registryScreens.nav.home')}
      </a>
      {extra}
      {area.links.map((link) => (
        <a key={link.key} href={link.href} className={linkClass(link.key === current)} aria-current={link.key === current ? 'page' : undefined} data-testid={link.navTestId}>
          {t(link.label)}
        </a>
      ))}
    </nav>
  );
}

/** The way into an area from the LSP admin's home: its name, then one link per screen. */
export function AreaLinks({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <nav className="registry-nav registry-nav--home" aria-label={t(area.label)}>
      <span className="registry-nav__label">{t(area.label)}:</span>
      {area.links.map((link) => (
        <a key={link.key} className="registry-nav__link" href={link.href} data-testid={link.homeTestId}>
          {t(link.label)}
        </a>
      ))}
    </nav>
  );
}

type PageProps<K extends string> = {
  area: Area<K>;
  current: K | null;
  title: ReactNode;
  testId: string;
  actions?: ReactNode;
  /** Links shown before the area's own (the bank's way back to its list of schemes). */
  navExtra?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** The frame of every LSP office screen: the area's navigation, the one h1 and the page's primary actions up top. */
export function AreaPage<K extends string>({ area, current, title, testId, actions, navExtra, className, children }: PageProps<K>) {
  const { t } = useTranslation();
  return (
    <div className={className ? `home registry ${className}` : 'home registry'} data-testid={testId}>
      <AreaNav area={area} current={current} extra={navExtra} />
      <PageTitle eyebrow={t('lsp.eyebrow')} title={title}>
        {actions && <div className="registry__actions">{actions}</div>}
      </PageTitle>
      {children}
    </div>
  );
}
