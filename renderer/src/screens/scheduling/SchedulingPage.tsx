import type { ReactNode } from 'react';
import { AreaPage, type Area } from '../../components/AreaPage';

export type SchedulingKind = 'sessions' | 'apl';

/** Scheduling: the sessions and the candidates' applications (FR.APL.01/02). */
export const SCHEDULING_AREA = {
  label: 'schedulingScreens.nav.label',
  links: [
    { key: 'sessions', href: '#/sessions', label: 'schedulingScreens.nav.sessions', navTestId: 'scheduling-nav-sessions', homeTestId: 'link-sessions' },
    { key: 'apl', href: '#/apl', label: 'schedulingScreens.nav.apl', navTestId: 'scheduling-nav-apl', homeTestId: 'link-apl' },
  ],
} as const satisfies Area<SchedulingKind>;

type Props = { current: SchedulingKind; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

/** The frame of the scheduling screens: the way home, sessions and APL, the title and the page's actions. */
export function SchedulingPage({ current, ...page }: Props) {
  return <AreaPage area={SCHEDULING_AREA} current={current} {...page} />;
}
