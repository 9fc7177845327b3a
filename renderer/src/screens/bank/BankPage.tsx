import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaPage, type Area } from '../../components/AreaPage';

export type BankView = 'list' | 'coverage' | 'import' | 'item';

type Props = { schemeId: string | null; current: BankView | null; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

const VIEWS = [
  { view: 'list', route: 'bank', label: 'bankScreens.nav.list' },
  { view: 'coverage', route: 'bank-coverage', label: 'bankScreens.nav.coverage' },
  { view: 'import', route: 'bank-import', label: 'bankScreens.nav.import' },
] as const;

/** One scheme's bank views; none before a scheme is chosen. */
function bankArea(schemeId: string | null): Area<BankView> {
  const links = schemeId
    ? VIEWS.map((v) => ({ key: v.view, href: `#/${v.route}/${encodeURIComponent(schemeId)}`, label: v.label, navTestId: `bank-nav-${v.view}`, homeTestId: `link-bank-${v.view}` }))
    : [];
  return { label: 'bankScreens.nav.label', links };
}

/** The frame of every question-bank screen: the way home, the list of schemes, the scheme's bank views, and the title. */
export function BankPage({ schemeId, current, ...page }: Props) {
  const { t } = useTranslation();
  const schemes = (
    <a className="registry-nav__link" href="#/bank" data-testid="bank-nav-schemes">
      {t('bankScreens.nav.schemes')}
    </a>
  );
  return <AreaPage area={bankArea(schemeId)} current={current} navExtra={schemes} className="bank" {...page} />;
}
