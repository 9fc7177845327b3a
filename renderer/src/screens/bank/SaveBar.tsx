import { useTranslation } from 'react-i18next';
import type { UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';

type Props = { isNew: boolean; busy: boolean; error: UiError | null; saved: 'saved' | 'copied' | null; disabled: boolean };

/** Below an entry's form: how many fields to fix (each says why below itself) or the other failure, what the save did, and the button. */
export function SaveBar({ isNew, busy, error, saved, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error?.code === 'BANK_INVALID' && 'fields' in error && error.fields && error.fields.length > 0 ? (
        <p className="notice notice--error" role="alert" data-testid="save-invalid">
          {t('bankScreens.item.invalid', { count: error.fields.length })}
        </p>
      ) : (
        error && <ErrorMessage error={error} />
      )}
      {saved && !error && (
        <p className="notice notice--success" role="status" data-testid="record-saved">
          {saved === 'copied' ? t('bankScreens.item.copied') : t('bankScreens.item.saved')}
        </p>
      )}
      <div className="registry-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || disabled} data-testid="record-save">
          {busy ? t('bankScreens.item.saving') : isNew ? t('bankScreens.item.create') : t('bankScreens.item.save')}
        </button>
      </div>
    </>
  );
}
