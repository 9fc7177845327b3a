import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countWaiting } from '../../cbt/outbox-store';

/**
 * On the sign-in screen of a PC whose outbox still holds answers (signed out or thrown out while the
 * LAN was down, a crash): says they are safe here and go out at the candidate's next sign-in here.
 * `moved`: thrown out by a reset login (LOGIN_MOVED). The candidate goes on at another PC, so promising
 * them "sent at the next sign-in here" beside "this PC can no longer be used" told two stories; the
 * proctor has to hear that these answers stayed behind.
 */
export function OutboxNotice({ moved = false }: { moved?: boolean }) {
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
      {moved ? t('cbt.offline.waitingOnMovedPc', { pending: waiting }) : t('cbt.offline.waitingOnPc', { pending: waiting })}
    </p>
  );
}
