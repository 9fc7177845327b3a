import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countWaiting } from '../../cbt/outbox-store';

/**
 * On the sign-in screen of a PC whose outbox still holds answers (signed out or thrown out while the
 * LAN was down, a crash): says they are safe here and go out at the candidate's next sign-in here.
 */
export function OutboxNotice() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    countWaiting().then(
      (count) => live && setWaiting(count),
      () => {
        // No outbox to read: nothing to say.
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (!waiting) return null;
  return (
    <p className="notice notice--offline" data-testid="outbox-waiting" data-pending={waiting} role="status">
      {t('cbt.offline.waitingOnPc', { pending: waiting })}
    </p>
  );
}
