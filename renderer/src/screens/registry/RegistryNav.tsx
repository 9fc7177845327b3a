import type { Area } from '../../components/AreaPage';

export type RegistryKind = 'schemes' | 'assessors' | 'tuks' | 'candidates';

const link = (kind: RegistryKind) => ({ key: kind, href: `#/${kind}`, label: `registryScreens.nav.${kind}`, navTestId: `registry-nav-${kind}`, homeTestId: `link-${kind}` }) as const;

/** The registry's four lists. */
export const REGISTRY_AREA = {
  label: 'registryScreens.nav.label',
  links: [link('schemes'), link('assessors'), link('tuks'), link('candidates')],
} as const satisfies Area<RegistryKind>;
