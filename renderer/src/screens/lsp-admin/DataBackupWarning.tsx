import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { backupTrouble } from '../proctor/BackupNotice';

/**
 * The office's data has a copy only once a backup folder is chosen: until then the home says so, and
 * when the last copy failed (a stick pulled out, a full disk), it says that, each linking to the page.
 * The console's test, with the office always at work (its sessions run elsewhere, its data changes any day).
 */
export function DataBackupWarning() {
  const { t } = useTranslation();
  const { state } = useLoad('backups/status', {});
  const status = state.status === 'ready' ? state.data : null;
  const trouble = backupTrouble(status, true);
  if (!trouble || !status) return null;
  const failed = trouble === 'failed';
  return (
    <div className={`notice ${failed ? 'notice--error' : 'notice--warn'}`} role="status" data-testid="data-backup-warning">
      <p className="notice__text">{failed ? t('dataBackups.failed', { detail: status.lastError ?? '' }) : t('dataBackups.notConfigured')}</p>
      <a href="#/backups" data-testid="data-backup-warning-link">
        {failed ? t('dataBackups.check') : t('dataBackups.open')}
      </a>
    </div>
  );
}
