import type { TFunction } from 'i18next';

/** L / P as every KTP writes them, or not given. */
export function sexOptions(t: TFunction): { value: string; label: string }[] {
  return [
    { value: '', label: t('registryScreens.sexes.unknown') },
    { value: 'L', label: t('registryScreens.sexes.L') },
    { value: 'P', label: t('registryScreens.sexes.P') },
  ];
}

export const sexOf = (value: string): 'L' | 'P' | null => (value === 'L' || value === 'P' ? value : null);
