import { HEARTBEAT_MS } from '../../shared/exam-day';

/** Three missed heartbeats and the board shows the PC as offline. */
export const ONLINE_WINDOW_MS = 3 * HEARTBEAT_MS;

type Seen = { at: number; sessionId: string; candidateId: string; online: boolean };

/**
 * Who has been heard from lately, in memory only: a lab PC sends a heartbeat every few seconds,
 * and after a restart everyone is "offline" until their next call, which is the truth.
 */
export class Presence {
  private readonly seen = new Map<string, Seen>();

  /**
   * Returns the seat this account was last heard in when that was another session's (a candidate sitting
   * a morning and an afternoon session): its board row changed too, as it no longer shows them there.
   */
  touch(accountId: string, seat: { sessionId: string; candidateId: string }, now: number): { sessionId: string; candidateId: string } | null {
    const before = this.seen.get(accountId);
    this.seen.set(accountId, { at: now, ...seat, online: true });
    return before && before.sessionId !== seat.sessionId ? { sessionId: before.sessionId, candidateId: before.candidateId } : null;
  }

  /** Heard from within the window, in this session: a call in another session says nothing of this one. */
  isOnline(accountId: string, sessionId: string, now: number): boolean {
    const s = this.seen.get(accountId);
    return Boolean(s && s.sessionId === sessionId && now - s.at < ONLINE_WINDOW_MS);
  }

  lastSeen(accountId: string, sessionId: string): number | null {
    const s = this.seen.get(accountId);
    return s && s.sessionId === sessionId ? s.at : null;
  }

  /** Candidates who have just gone quiet, each reported once. */
  expire(now: number): { sessionId: string; candidateId: string }[] {
    const gone: { sessionId: string; candidateId: string }[] = [];
    for (const s of this.seen.values()) {
      if (s.online && now - s.at >= ONLINE_WINDOW_MS) {
        s.online = false;
        gone.push({ sessionId: s.sessionId, candidateId: s.candidateId });
      }
    }
    return gone;
  }

  forget(accountId: string): void {
    this.seen.delete(accountId);
  }
}
