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

  /** Returns true when this call brings the candidate back online (the board should hear of it). */
  touch(accountId: string, seat: { sessionId: string; candidateId: string }, now: number): boolean {
    const before = this.seen.get(accountId);
    this.seen.set(accountId, { at: now, ...seat, online: true });
    return !before?.online;
  }

  isOnline(accountId: string, now: number): boolean {
    const s = this.seen.get(accountId);
    return Boolean(s && now - s.at < ONLINE_WINDOW_MS);
  }

  lastSeen(accountId: string): number | null {
    return this.seen.get(accountId)?.at ?? null;
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
