import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_SESSIONS_MAX } from '../../../../electron/shared/cbt';
import { dropWaiting, waitingByOwner } from '../../cbt/outbox-store';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';

/**
 * Answers kept for a session that has ended stay on the PC this long after its end, with the notice
 * naming them, so the proctor can hear of them and note them; then they are removed. Nothing could
 * ever deliver them (the core takes no answer for a closed session), and the screen said they would be.
 */
export const KEEP_UNDELIVERABLE_MS = 7 * 24 * 60 * 60 * 1000;

type Undeliverable = { sessionId: string; sessionCode: string; pending: number; until: string };
type Waiting = { pending: number; undeliverable: Undeliverable[] };

/**
 * On the sign-in screen of a PC whose outbox still holds answers (signed out or thrown out while the
 * LAN was down, a crash): says they are safe here and go out at the candidate's next sign-in here.
 * `moved`: thrown out by a reset login (LOGIN_MOVED). The candidate goes on at another PC, so promising
 * them "sent at the next sign-in here" beside "this PC can no longer be used" told two stories; the
 * proctor has to hear that these answers stayed behind.
 *
 * Answers whose session has ended since can go nowhere: the core is asked which sessions have ended
 * (cbt/outboxSessions), and those answers are named by session as lost to it, with what the proctor can
 * do, until KEEP_UNDELIVERABLE_MS after the end. Without an answer (the LAN down) all are told as waiting.
 */
export function OutboxNotice({ moved = false }: { moved?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const owners = await waitingByOwner().catch(() => null);
      if (!owners || owners.length === 0) return;
      const sessionIds = [...new Set(owners.map((o) => o.sessionId))].slice(0, OUTBOX_SESSIONS_MAX);
      const ended = new Map<string, { sessionCode: string; endedAt: string }>();
      try {
        for (const s of await client.call('cbt/outboxSessions', { sessionIds })) if (s.endedAt) ended.set(s.sessionId, { sessionCode: s.sessionCode, endedAt: s.endedAt });
      } catch {
        // The room server not reached: nothing is known to be lost, so all are said to be waiting.
      }
      let pending = 0;
      const undeliverable = new Map<string, Undeliverable>();
      for (const owner of owners) {
        const end = ended.get(owner.sessionId);
        if (!end) {
          pending += owner.count;
          continue;
        }
        const until = new Date(Date.parse(end.endedAt) + KEEP_UNDELIVERABLE_MS);
        if (until.getTime() <= Date.now()) {
          await dropWaiting(owner).catch(() => undefined);
          continue;
        }
        const seen = undeliverable.get(owner.sessionId);
        undeliverable.set(owner.sessionId, { sessionId: owner.sessionId, sessionCode: end.sessionCode, pending: (seen?.pending ?? 0) + owner.count, until: until.toISOString() });
      }
      if (live) setWaiting({ pending, undeliverable: [...undeliverable.values()] });
    })();
    return () => {
      live = false;
    };
  }, [client]);
  if (!waiting) return null;
  return (
    <>
      {waiting.pending > 0 && (
        <p className="notice notice--offline" data-testid="outbox-waiting" data-pending={waiting.pending} role="status">
          {moved ? t('cbt.offline.waitingOnMovedPc', { pending: waiting.pending }) : t('cbt.offline.waitingOnPc', { pending: waiting.pending })}
        </p>
      )}
      {waiting.undeliverable.map((u) => (
        <p key={u.sessionId} className="notice notice--warning" data-testid="outbox-undeliverable" data-session={u.sessionCode} data-pending={u.pending} role="status">
          {t('cbt.offline.undeliverableOnPc', { pending: u.pending, session: u.sessionCode, until: f.dateTime(u.until) })}
        </p>
      ))}
    </>
  );
}
