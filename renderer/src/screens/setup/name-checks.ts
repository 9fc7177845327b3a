import { useTranslation } from 'react-i18next';
import { DISPLAY_NAME_MAX_LENGTH, isValidLspCode, isValidUsername, LSP_CODE_MAX_LENGTH, USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH } from '../../../../electron/shared/accounts';

/**
 * Why a name or username cannot be sent as it is, by the core's own rule (shared/accounts.ts): the set-up
 * screen and the staff-account forms say it beside the field, where the core's refusal named only its
 * arguments ("admin.username (invalid_format)").
 */
export type NameProblem = 'required' | 'too_long' | 'username_rule' | 'lsp_code_rule';

/** A text the core trims, then wants 1 to `max` characters of. */
export function lengthProblem(value: string, max: number): NameProblem | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  return trimmed.length > max ? 'too_long' : null;
}

/** A display name, or an LSP's or TUK's name. */
export function nameProblem(name: string): NameProblem | null {
  return lengthProblem(name, DISPLAY_NAME_MAX_LENGTH);
}

/** An empty username is "required" like every other field; anything else off the rule is told the rule. */
export function usernameProblem(username: string): NameProblem | null {
  if (username.trim() === '') return 'required';
  return isValidUsername(username) ? null : 'username_rule';
}

/** An LSP's code: its length, then its rule (shared/accounts.ts), which the certificate numbers rely on. */
export function lspCodeProblem(code: string): NameProblem | null {
  return lengthProblem(code, LSP_CODE_MAX_LENGTH) ?? (isValidLspCode(code) ? null : 'lsp_code_rule');
}

/** The problems' words (`max`: the field's length limit, a name's unless said), and the username rule the form shows under the field before anything goes wrong. */
export function useNameTexts(): {
  problemText: (problem: NameProblem | null | undefined, max?: number) => string | null;
  usernameRule: string;
  lspCodeRule: string;
} {
  const { t } = useTranslation();
  const usernameRule = t('accounts.usernameRule', { min: USERNAME_MIN_LENGTH, max: USERNAME_MAX_LENGTH });
  const lspCodeRule = t('setup.lspCodeRule');
  const problemText = (problem: NameProblem | null | undefined, max = DISPLAY_NAME_MAX_LENGTH) => {
    if (problem === 'required') return t('registry.reasons.required');
    if (problem === 'too_long') return t('accounts.nameTooLong', { max });
    if (problem === 'username_rule') return usernameRule;
    if (problem === 'lsp_code_rule') return lspCodeRule;
    return null;
  };
  return { problemText, usernameRule, lspCodeRule };
}
