import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../electron/shared/backup';

/** Whether the console's header should speak of backups: a failed last copy, or none set up while the session runs. */
export function backupTrouble(status: BackupStatus | null, running: boolean): 'failed' | 'notConfigured' | null {
  if (!status) return null;
  if (status.configured) return status.lastError ? 'failed' : null;
  return running ? 'notConfigured' : null;
}

/** Above every tab, as the link notice is: what is wrong with the backups, and the way to their tab. */
export function BackupNotice({ status, running, onOpen }: { status: BackupStatus | null; running: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  const trouble = backupTrouble(status, running);
  if (!trouble || !status) return null;
  return (
    <div className={`notice ${trouble === 'failed' ? 'notice--error' : 'notice--warn'}`} role="alert" data-testid="console-backup-notice" data-trouble={trouble}>
      <p className="notice__text">
        {trouble === 'failed' ? t('examDay.backups.lastError', { detail: status.lastError ?? '' }) : t('examDay.backups.notConfigured')}
      </p>
      <button type="button" className="button button--secondary button--small nowrap" data-testid="console-backup-open" onClick={onOpen}>
        {t('examDay.backups.open')}
      </button>
    </div>
  );
}
