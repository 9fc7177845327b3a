import { useTranslation } from 'react-i18next';

/** Commands are the same in every language (the CLI's usage texts are English): not translated. */
const DATA_COMMAND = 'ruang-uji bundle import BACKUP.uji --kind backup --data DIR';
const KEYS_COMMAND = 'ruang-uji keys restore KEYS.age --passphrase-file FILE --as USER --data DIR';

/**
 * A set-up screen is also what an office sees on the computer that replaces a lost one. Setting up there
 * shuts the backup out for good (it restores only into a folder without accounts), so the way back is
 * named before the form, folded so that a first installation reads past it.
 */
export function RestoreHint() {
  const { t } = useTranslation();
  return (
    <details className="signin-form__hint" data-testid="setup-restore">
      <summary>{t('setup.restoreTitle')}</summary>
      <p>{t('setup.restoreWarning')}</p>
      <p>{t('setup.restoreData')}</p>
      <pre className="mono small setup-restore__command">{DATA_COMMAND}</pre>
      <p>{t('setup.restoreKeys')}</p>
      <pre className="mono small setup-restore__command">{KEYS_COMMAND}</pre>
      <p>{t('setup.restoreAfter')}</p>
    </details>
  );
}
