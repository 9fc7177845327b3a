import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { useFormat } from '../../i18n/use-format';
import { formatBytes } from '../proctor/time-format';

/**
 * What is wrong with this computer itself (app/computer): a clock certainly behind (a flat CMOS battery
 * and no network to set it), a disk nearly full. Said on the proctor's and the admin's homes, with how to
 * fix it and a way to check again; nothing when all is well.
 */
export function ComputerWarnings() {
  const { t } = useTranslation();
  const f = useFormat();
  const { state, reload } = useLoad('app/computer', {});
  if (state.status !== 'ready') return null;
  const { clockBehind, diskLow } = state.data;
  if (!clockBehind && !diskLow) return null;
  return (
    <div className="notice notice--error" role="alert" data-testid="computer-warnings">
      {clockBehind && (
        <p className="notice__text" data-testid="clock-behind">
          {t(clockBehind.from === 'bundle' ? 'computer.clockBehind.bundle' : 'computer.clockBehind.audit', {
            now: f.dateTime(clockBehind.now),
            seen: f.dateTime(clockBehind.latestSeen),
          })}{' '}
          {t('computer.clockBehind.effect')} {t('computer.clockBehind.fix')}
        </p>
      )}
      {diskLow && (
        <p className="notice__text" data-testid="disk-low">
          {t('computer.diskLow', { free: formatBytes(diskLow.freeBytes, f.language) })}
        </p>
      )}
      <button type="button" className="button button--secondary button--small nowrap" data-testid="computer-check" onClick={reload}>
        {t('computer.check')}
      </button>
    </div>
  );
}
