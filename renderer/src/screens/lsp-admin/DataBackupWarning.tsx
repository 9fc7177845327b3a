import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';

/**
 * The office's data has a copy only once a backup folder is chosen: until then the home says so, and
 * when the last copy failed (a stick pulled out, a full disk), it says that, each linking to the page.
 */
export function DataBackupWarning() {
  const { t } = useTranslation();
  const { state } = useLoad('backups/status', {});
  if (state.status !== 'ready') return null;
  const status = state.data;
  if (status.configured && !status.lastError) return null;
  return (
    <div className={`notice ${status.configured ? 'notice--error' : 'notice--warn'}`} role="status" data-testid="data-backup-warning">
      <p className="notice__text">{status.configured ? t('dataBackups.failed', { detail: status.lastError ?? '' }) : t('dataBackups.notConfigured')}</p>
      <a href="#/backups" data-testid="data-backup-warning-link">
        {status.configured ? t('dataBackups.check') : t('dataBackups.open')}
      </a>
    </div>
  );
}
