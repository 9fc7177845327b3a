import type { ReactNode } from 'react';
import { AreaPage } from '../../components/AreaPage';
import { REGISTRY_AREA, type RegistryKind } from './RegistryNav';

type Props = { kind: RegistryKind; title: ReactNode; testId: string; actions?: ReactNode; children: ReactNode };

/** The frame of every registry screen: the registry's links, the title and the page's primary actions up top. */
export function RegistryPage({ kind, ...page }: Props) {
  return <AreaPage area={REGISTRY_AREA} current={kind} {...page} />;
}
