import { useTranslation } from 'react-i18next';
import type { ErrorParams } from '../../../electron/shared/errors';
import { readableParams } from '../../../electron/shared/i18n/readable-params';
import { useLanguage } from './use-language';

/**
 * An error (or a rule's conflict, which carries the same key and params) in the UI's language, its days
 * and times written as the rest of the UI writes them: the one way ErrorMessage and ConflictText word one.
 */
export function useErrorText(): (error: { code: string; messageKey: string; params: ErrorParams }) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // The core names the parameters at run time, so the default-value overload is the honest typing.
  return (error) => t(error.messageKey, { ...readableParams(error.params, language), defaultValue: error.code });
}
