import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';

/**
 * A lost LSP key means results nobody can open: the home says so until a key backup exists and a
 * test restore has proved it, and links to where both are done.
 */
export function KeyBackupWarning() {
  const { t } = useTranslation();
  const { state } = useLoad('keys/status', {});
  if (state.status !== 'ready' || state.data.backupTestedAt) return null;
  return (
    <div className="notice notice--error" role="status" data-testid="key-backup-warning">
      <p className="notice__text">{state.data.backupMadeAt ? t('keys.warningUntested') : t('keys.warningNoBackup')}</p>
      {/* Straight to the key section: it is the bundles page's last, screens below the top. */}
      <a href="#/bundles/keys" data-testid="key-backup-warning-link">
        {t('keys.warningAction')}
      </a>
    </div>
  );
}
