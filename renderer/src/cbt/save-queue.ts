import type { CbtSaveResult } from '../../../electron/shared/cbt';
import type { ErrorCode } from '../../../electron/shared/errors';
import { toUiError, type UiError } from '../api/client-errors';
import { memoryPendingStore, type AnswerDraft, type PendingSave, type PendingStore } from './pending-store';

/** `saving`: on its way; `unsaved`: held back (no link, test paused, test closed) and not on the server yet. */
export type SaveStatus = 'saved' | 'saving' | 'unsaved';

export type QueueState =
  /** Nothing waiting. */
  | 'idle'
  | 'sending'
  /** The last send failed (no link, server trouble); the next try is scheduled. */
  | 'retrying'
  /** The proctor paused this candidate's test; saves wait for the resume. */
  | 'paused'
  /** Time is up, the test was submitted or the session ended: nothing more will be accepted. */
  | 'closed';

export type QueueSnapshot = {
  state: QueueState;
  pending: number;
  lastError: UiError | null;
  /** Per question: null for a question never saved from this page. */
  items: ReadonlyMap<string, SaveStatus>;
};

export type FlushResult = { ok: true } | { ok: false; error: UiError };

export type SaveQueue = {
  /**
   * Gives the draft the next sequence number and queues it; an older pending save of the question is
   * replaced. `answeredAt` (server ms) is when the candidate gave it, when that was earlier than now:
   * essay text typed before a pause and handed over once the pause is known.
   */
  put(draft: AnswerDraft, answeredAt?: number): PendingSave;
  /** The server's time as this PC estimates it (ms): what `put` stamps. */
  now(): number;
  snapshot(): QueueSnapshot;
  subscribe(listener: () => void): () => void;
  /** Sends now, skipping any backoff wait; resolves once everything is acknowledged or the first send fails. */
  flush(): Promise<FlushResult>;
  /** The test was resumed: send what the pause held back. */
  resume(): void;
  /**
   * The link looks back (the browser's `online`, a heartbeat got through): retry now instead of waiting
   * out the backoff, which after a long cut has grown to its longest step.
   */
  nudge(): void;
  /**
   * No more retries until the next put, flush or resume: for when the screen goes away. Pending saves
   * stay, so a screen that comes back (React may mount twice) loses nothing.
   */
  stop(): void;
};

export type SaveQueueOptions = {
  /** The attempt's last stored sequence number (`CbtState.lastSeq`); the first save gets the next one. */
  startSeq: number;
  send: (save: PendingSave) => Promise<CbtSaveResult>;
  /** Per question, the `seq` of the answer the server holds (from `CbtState.answers`): a new save's base. */
  known?: ReadonlyMap<string, number>;
  /** The server's time as this PC estimates it (ms): stamped on each save as `answeredAt`. */
  serverNow?: () => number;
  onSaved?: (result: CbtSaveResult) => void;
  /** The core will take no more answers (TIME_UP, ATTEMPT_SUBMITTED, SESSION_ENDED). */
  onClosed?: (error: UiError) => void;
  /**
   * The core refused this save for good: it was given while the test was paused (ANSWERED_WHILE_PAUSED,
   * e.g. on a PC that missed the pause while the LAN was down). It leaves the queue; the screen must
   * tell the candidate, so nothing vanishes silently.
   */
  onRefused?: (save: PendingSave, error: UiError) => void;
  store?: PendingStore;
  /** Delays before each retry; the last one repeats. */
  backoffMs?: readonly number[];
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

const DEFAULT_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 15_000] as const;
/**
 * ANSWER_HELD_WHILE_ONLINE: time ran out and this late save was refused; the test is closed like TIME_UP,
 * and the submitted screen's replay of the outbox (use-late-delivery.ts) drops it and tells the candidate.
 */
const CLOSED_CODES: readonly ErrorCode[] = ['TIME_UP', 'ATTEMPT_SUBMITTED', 'SESSION_ENDED', 'ANSWER_HELD_WHILE_ONLINE'];

/**
 * Sends answer saves one at a time, oldest sequence number first, and never drops one: a failed send
 * stays at the head and is retried with growing delays. One at a time keeps the order the core sees
 * equal to the order the candidate acted in; the core then keeps the newest per question by `seq`.
 */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const store = options.store ?? memoryPendingStore();
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const listeners = new Set<() => void>();
  const acknowledged = new Set<string>();
  const known = new Map(options.known ?? []);
  const serverNow = options.serverNow ?? (() => Date.now());
  let seq = options.startSeq;
  let state: QueueState = store.list().length > 0 ? 'retrying' : 'idle';
  let lastError: UiError | null = null;
  let sending = false;
  let failures = 0;
  let timer: unknown = null;
  let stopped = false;
  let waiters: ((result: FlushResult) => void)[] = [];
  let cached: QueueSnapshot | null = null;

  const changed = () => {
    cached = null;
    for (const listener of [...listeners]) listener();
  };

  const settleWaiters = (result: FlushResult) => {
    const waiting = waiters;
    waiters = [];
    for (const resolve of waiting) resolve(result);
  };

  const schedule = (ms: number) => {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => {
      timer = null;
      void pump();
    }, ms);
  };

  const pump = async (): Promise<void> => {
    if (sending || stopped || state === 'closed') return;
    const next = store.list()[0];
    if (!next) {
      state = 'idle';
      lastError = null;
      changed();
      settleWaiters({ ok: true });
      return;
    }
    sending = true;
    if (state !== 'retrying' && state !== 'paused') state = 'sending';
    changed();
    try {
      const result = await options.send(next);
      sending = false;
      // `stored: false` means the core already had something newer: this save is done all the same.
      store.remove(next.itemId, next.seq);
      if (result.stored) rebase(next.itemId, next.seq);
      acknowledged.add(next.itemId);
      failures = 0;
      lastError = null;
      state = store.list().length > 0 ? 'sending' : 'idle';
      options.onSaved?.(result);
      void pump();
    } catch (err) {
      sending = false;
      const error = toUiError(err);
      lastError = error;
      if (error.code === 'ANSWERED_WHILE_PAUSED') {
        store.remove(next.itemId, next.seq);
        failures = 0;
        state = store.list().length > 0 ? 'sending' : 'idle';
        changed();
        options.onRefused?.(next, error);
        void pump();
        return;
      }
      if (CLOSED_CODES.includes(error.code as ErrorCode)) {
        state = 'closed';
        changed();
        settleWaiters({ ok: false, error });
        options.onClosed?.(error);
        return;
      }
      state = error.code === 'ATTEMPT_PAUSED' ? 'paused' : 'retrying';
      const delay = backoff[Math.min(failures, backoff.length - 1)];
      failures++;
      changed();
      settleWaiters({ ok: false, error });
      // While paused, a slow retry still notices the resume if the push announcing it is lost.
      schedule(state === 'paused' ? backoff[backoff.length - 1] : delay);
    }
  };

  /** The server now holds this PC's save `seq` of the question: a newer pending one is based on it. */
  const rebase = (itemId: string, seq: number) => {
    known.set(itemId, seq);
    const newer = store.list().find((p) => p.itemId === itemId);
    if (newer && newer.seq > seq) store.put({ ...newer, baseSeq: seq, ownSeqs: newer.ownSeqs.filter((s) => s > seq) });
  };

  const statusOf = (itemId: string, pendingIds: ReadonlySet<string>): SaveStatus | null => {
    if (pendingIds.has(itemId)) return state === 'sending' || state === 'idle' ? 'saving' : 'unsaved';
    return acknowledged.has(itemId) ? 'saved' : null;
  };

  return {
    now: () => serverNow(),
    put(draft, answeredAt) {
      const restarting = stopped;
      stopped = false;
      seq++;
      // The pending save it replaces may be in flight and land any moment: remember its number as ours.
      const replaced = store.list().find((p) => p.itemId === draft.itemId);
      const save: PendingSave = {
        ...draft,
        seq,
        answeredAt: new Date(Math.min(answeredAt ?? Infinity, serverNow())).toISOString(),
        baseSeq: replaced ? replaced.baseSeq : (known.get(draft.itemId) ?? 0),
        ownSeqs: replaced ? [...replaced.ownSeqs, replaced.seq] : [],
      };
      store.put(save);
      // A held-back queue keeps waiting for its retry; a fresh (or restarted) one sends at once.
      if (state === 'idle') state = 'sending';
      changed();
      if (state === 'sending' || (restarting && timer === null)) void pump();
      return save;
    },
    snapshot() {
      if (cached) return cached;
      const pending = store.list();
      const pendingIds = new Set(pending.map((p) => p.itemId));
      const items = new Map<string, SaveStatus>();
      for (const id of new Set([...acknowledged, ...pendingIds])) {
        const status = statusOf(id, pendingIds);
        if (status) items.set(id, status);
      }
      cached = { state, pending: pending.length, lastError, items };
      return cached;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush() {
      if (state === 'closed') return Promise.resolve({ ok: false, error: lastError ?? toUiError(null) });
      stopped = false;
      if (store.list().length === 0 && !sending) return Promise.resolve({ ok: true });
      const result = new Promise<FlushResult>((resolve) => waiters.push(resolve));
      if (timer !== null) {
        clearTimer(timer);
        timer = null;
      }
      void pump();
      return result;
    },
    resume() {
      if (state !== 'paused') return;
      stopped = false;
      failures = 0;
      if (timer !== null) clearTimer(timer);
      timer = null;
      void pump();
    },
    nudge() {
      if (state !== 'retrying' || sending) return;
      stopped = false;
      failures = 0;
      if (timer !== null) clearTimer(timer);
      timer = null;
      void pump();
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
