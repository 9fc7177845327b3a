import { events, type EventMessage, type EventName, type EventPayload } from '../shared/contract';
import type { Principal } from '../shared/roles';

type Listener = (message: EventMessage) => void;

/**
 * How long a subscription may hear: `alive` is asked before every push and at every sweep, and
 * `onEnd` runs once when it answers false, so a transport can close its stream.
 */
export type Lifetime = { alive: () => boolean; onEnd?: () => void };

const FOREVER: Lifetime = { alive: () => true };

type Subscriber = { role: Principal['role']; accountId: string; listener: Listener; lifetime: Lifetime };

/** In-process pub/sub for server → UI pushes; each listener only hears events its role may receive. */
export class EventBus {
  private readonly listeners = new Set<Subscriber>();

  /** `toAccount` narrows a push to one person, e.g. the candidate whose deadline moved. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>, toAccount: string | null = null): void {
    const message = { event, payload } satisfies { event: E; payload: EventPayload<E> };
    const allowed: readonly string[] = events[event].roles;
    for (const l of [...this.listeners]) {
      if (!allowed.includes(l.role)) continue;
      if (toAccount !== null && l.accountId !== toAccount) continue;
      // Checked per push, not only by the sweep: a push must never reach a token that has just ended.
      if (!this.keep(l)) continue;
      l.listener(message as EventMessage);
    }
  }

  subscribe(principal: Principal, listener: Listener, lifetime: Lifetime = FOREVER): () => void {
    const entry = { role: principal.role, accountId: principal.accountId, listener, lifetime };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  /** Ends every subscription that is no longer alive (a sign-out, an expiry, a revoked login); returns how many. */
  sweep(): number {
    let ended = 0;
    for (const l of [...this.listeners]) if (!this.keep(l)) ended++;
    return ended;
  }

  get size(): number {
    return this.listeners.size;
  }

  private keep(l: Subscriber): boolean {
    if (!this.listeners.has(l)) return false;
    if (l.lifetime.alive()) return true;
    this.listeners.delete(l);
    l.lifetime.onEnd?.();
    return false;
  }
}
