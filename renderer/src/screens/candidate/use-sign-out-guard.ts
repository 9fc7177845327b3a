import { useEffect, useRef, useState } from 'react';
import type { SaveQueue } from '../../cbt/save-queue';
import { useSession } from '../../session/SessionProvider';

export type SignOutPrompt = { pending: number; answer: (signOut: boolean) => void };

/**
 * The header's "sign out" in the middle of the test always asks first: one click must not end a
 * candidate's sitting. Before asking, typed essays are handed to the queue and one send is tried; if
 * answers still wait (no link), the candidate is told that they stay on this PC (outbox) until the next
 * sign-in here (`pending` > 0). Null while nothing is being asked.
 */
export function useSignOutGuard(queue: SaveQueue, commitAll: () => void): SignOutPrompt | null {
  const session = useSession();
  const [prompt, setPrompt] = useState<SignOutPrompt | null>(null);
  const latest = useRef({ queue, commitAll });
  latest.current = { queue, commitAll };
  const { guardSignOut } = session;

  useEffect(
    () =>
      guardSignOut(async () => {
        latest.current.commitAll();
        const flushed = await latest.current.queue.flush();
        const pending = flushed.ok ? 0 : latest.current.queue.snapshot().pending;
        return new Promise<boolean>((resolve) =>
          setPrompt({
            pending,
            answer: (signOut) => {
              setPrompt(null);
              resolve(signOut);
            },
          }),
        );
      }),
    [guardSignOut],
  );
  return prompt;
}
