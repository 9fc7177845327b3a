import { events, type EventMessage, type EventName, type EventPayload } from '../shared/contract';
import type { Principal } from '../shared/roles';

type Listener = (message: EventMessage) => void;

/** In-process pub/sub for server → UI pushes; each listener only hears events its role may receive. */
export class EventBus {
  private readonly listeners = new Set<{ role: Principal['role']; accountId: string; listener: Listener }>();

  /** `toAccount` narrows a push to one person, e.g. the candidate whose deadline moved. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>, toAccount: string | null = null): void {
    const message = { event, payload } satisfies { event: E; payload: EventPayload<E> };
    const allowed: readonly string[] = events[event].roles;
    for (const l of this.listeners) {
      if (!allowed.includes(l.role)) continue;
      if (toAccount !== null && l.accountId !== toAccount) continue;
      l.listener(message as EventMessage);
    }
  }

  subscribe(principal: Principal, listener: Listener): () => void {
    const entry = { role: principal.role, accountId: principal.accountId, listener };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  get size(): number {
    return this.listeners.size;
  }
}
