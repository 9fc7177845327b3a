import { useEffect } from 'react';
import type { BackupStatus } from '../../../../electron/shared/backup';
import { useLoad } from '../../api/use-load';

/** How often the console asks again: a stick pulled out shows within a backup interval or two. */
export const BACKUP_WATCH_MS = 60_000;

/**
 * The rolling backups' state while the console is open, read again every minute and on `reload` (the console
 * calls it on leaving the Backups tab, where the proctor may have fixed it). A failed copy (a USB stick pulled
 * out, a full one) was said only on that tab, which a proctor watching the board never opens.
 */
export function useBackupWatch(): { status: BackupStatus | null; reload: () => void } {
  const { state, reload } = useLoad('backups/status', {});
  useEffect(() => {
    const timer = setInterval(reload, BACKUP_WATCH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  return { status: state.status === 'ready' ? state.data : null, reload };
}
