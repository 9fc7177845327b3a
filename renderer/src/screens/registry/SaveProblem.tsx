import { useTranslation } from 'react-i18next';
import type { UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';

/**
 * Above a form's buttons: for field refusals, how many fields to fix (each one says why below itself);
 * any other failure as its own message.
 */
export function SaveProblem({ error }: { error: UiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error.code === 'REGISTRY_INVALID' && 'fields' in error && error.fields && error.fields.length > 0) {
    return (
      <p className="notice notice--error" role="alert" data-testid="save-invalid">
        {t('registryScreens.record.invalid', { count: error.fields.length })}
      </p>
    );
  }
  return <ErrorMessage error={error} />;
}
