import type { Area } from '../../components/AreaPage';

export type RegistryKind = 'schemes' | 'assessors' | 'tuks' | 'candidates';

/** The registry's four lists (labels written out: translation keys are literal, see i18n/keys.ts). */
export const REGISTRY_AREA = {
  label: 'registryScreens.nav.label',
  links: [
    { key: 'schemes', href: '#/schemes', label: 'registryScreens.nav.schemes', navTestId: 'registry-nav-schemes', homeTestId: 'link-schemes' },
    { key: 'assessors', href: '#/assessors', label: 'registryScreens.nav.assessors', navTestId: 'registry-nav-assessors', homeTestId: 'link-assessors' },
    { key: 'tuks', href: '#/tuks', label: 'registryScreens.nav.tuks', navTestId: 'registry-nav-tuks', homeTestId: 'link-tuks' },
    { key: 'candidates', href: '#/candidates', label: 'registryScreens.nav.candidates', navTestId: 'registry-nav-candidates', homeTestId: 'link-candidates' },
  ],
} as const satisfies Area<RegistryKind>;
