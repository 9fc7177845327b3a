import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, passwordWeakness, type PasswordWeakness } from '../../../../electron/shared/accounts';

const WEAKNESS_TEXT = {
  short: 'setup.passwordWeakness.short',
  kinds: 'setup.passwordWeakness.kinds',
  username: 'setup.passwordWeakness.username',
  repetitive: 'setup.passwordWeakness.repetitive',
} as const satisfies Record<PasswordWeakness, string>;

/**
 * The rule a refused password breaks, in words: the whole rule recited ("at least 10 characters, letters and
 * digits or symbols, not containing the username") left a proctor named Sari to find that 'Proktor-Sari-77'
 * failed only for holding her username. The general text where no rule is broken (the core's own refusal).
 */
export function useWeakPasswordText(): (password: string, username: string) => string {
  const { t } = useTranslation();
  return (password, username) => {
    const weakness = passwordWeakness(password, username);
    return weakness ? t(WEAKNESS_TEXT[weakness], { min: PASSWORD_MIN_LENGTH, username: username.trim() }) : t('errors.PASSWORD_WEAK', { min: PASSWORD_MIN_LENGTH });
  };
}
