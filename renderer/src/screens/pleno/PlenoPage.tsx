import type { ReactNode } from 'react';
import { AreaPage, type Area } from '../../components/AreaPage';

export type PlenoArea = 'results' | 'pleno' | 'appeals';

/** The certification decisions (issue 17): the results review, the rapat pleno and appeals. */
export const PLENO_AREA = {
  label: 'plenoScreens.nav.label',
  links: [
    { key: 'results', href: '#/results', label: 'plenoScreens.nav.results', navTestId: 'pleno-nav-results', homeTestId: 'link-results' },
    { key: 'pleno', href: '#/pleno', label: 'plenoScreens.nav.pleno', navTestId: 'pleno-nav-pleno', homeTestId: 'link-pleno' },
    { key: 'appeals', href: '#/appeals', label: 'plenoScreens.nav.appeals', navTestId: 'pleno-nav-appeals', homeTestId: 'link-appeals' },
  ],
} as const satisfies Area<PlenoArea>;

type Props = { current: PlenoArea; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

/** The frame of the decision screens: the way home, results, pleno and appeals, the title and the page's actions. */
export function PlenoPage({ current, ...page }: Props) {
  return <AreaPage area={PLENO_AREA} current={current} {...page} />;
}
