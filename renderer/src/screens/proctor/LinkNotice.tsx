import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { RoomLink } from './use-room-link';

/**
 * Whether the console still hears the room server, above every tab. The live region is always in the
 * page (empty while the link is fine) so a screen reader announces the text when it appears.
 */
export function LinkNotice({ link }: { link: RoomLink }) {
  const { t } = useTranslation();
  const f = useFormat();
  const at = (ms: number) => f.timeOfDay(new Date(ms).toISOString());
  return (
    <div className="status-slot" role="status">
      {link.state === 'lost' && (
        <p className="notice notice--warning" data-testid="console-link-lost">
          {t('examDay.link.lost', { time: at(link.since) })}
        </p>
      )}
      {link.state === 'back' && (
        <p className="notice notice--success" data-testid="console-link-back">
          {t('examDay.link.back', { time: at(link.backAt), since: at(link.since) })}
        </p>
      )}
    </div>
  );
}
