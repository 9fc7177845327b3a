import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useClient } from './SessionProvider';

/** How many times the core process has been restarted under this window; 0 until it first happens. */
const CoreRestartsContext = createContext(0);

/** Screens put it among their load's dependencies, so each reads its data again from the new core process. */
export function useCoreRestarts(): number {
  return useContext(CoreRestartsContext);
}

/**
 * Counts the `app/coreRestarted` pushes main sends after it started the desktop's core process again.
 * Subscribed only over the Electron bridge: in a browser there is no core process under the window,
 * and subscribing there would hold an SSE stream open for nothing on every lab PC.
 */
export function CoreRestartsProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [restarts, setRestarts] = useState(0);
  useEffect(() => {
    if (client.transport.kind !== 'ipc') return;
    return client.subscribe((message) => {
      if (message.event === 'app/coreRestarted') setRestarts((n) => n + 1);
    });
  }, [client]);
  return <CoreRestartsContext.Provider value={restarts}>{children}</CoreRestartsContext.Provider>;
}
