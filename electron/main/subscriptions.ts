import type { WebContents } from 'electron';
import type { EventMessage } from '../shared/contract';
import { errorReply, type Reply } from '../shared/errors';
import { EVENT_CHANNEL, type EventEnvelope } from '../shared/ipc';
import type { CoreLink } from './core-link';

/** A page subscribes a handful of times; far more means a leak in the renderer, not a need. */
export const MAX_SUBSCRIPTIONS_PER_PAGE = 64;

type Page = { subscriptions: Map<string, () => void>; detach: () => void };

/**
 * Core subscriptions held on behalf of renderer pages. Each is bound to the page that asked, and all
 * of a page's end when it navigates away, reloads, crashes or closes, so no listener outlives its page.
 */
export function createSubscriptions(core: Pick<CoreLink, 'subscribe'>) {
  const pages = new Map<WebContents, Page>();

  function pageFor(contents: WebContents): Page {
    const existing = pages.get(contents);
    if (existing) return existing;
    const end = () => endAll(contents);
    // At the start, not the end, of a navigation: the next document cannot have subscribed yet, so
    // only the old page's subscriptions go.
    const onNavigation = (details: { isMainFrame: boolean; isSameDocument: boolean }) => {
      if (details.isMainFrame && !details.isSameDocument) end();
    };
    contents.on('did-start-navigation', onNavigation);
    contents.on('render-process-gone', end);
    contents.once('destroyed', end);
    const page: Page = {
      subscriptions: new Map(),
      detach: () => {
        contents.off('did-start-navigation', onNavigation);
        contents.off('render-process-gone', end);
        contents.off('destroyed', end);
      },
    };
    pages.set(contents, page);
    return page;
  }

  function endAll(contents: WebContents): void {
    const page = pages.get(contents);
    if (!page) return;
    pages.delete(contents);
    page.detach();
    for (const unsubscribe of page.subscriptions.values()) unsubscribe();
  }

  async function subscribe(contents: WebContents, subscriptionId: string, token: string | null): Promise<Reply<{ subscriptionId: string }>> {
    const page = pageFor(contents);
    if (page.subscriptions.has(subscriptionId)) {
      return errorReply('BAD_REQUEST', { details: 'subscription id already in use' });
    }
    if (page.subscriptions.size >= MAX_SUBSCRIPTIONS_PER_PAGE) {
      return errorReply('BAD_REQUEST', { details: 'too many subscriptions' });
    }
    // The id is held while the core process answers; a page that goes meanwhile cancels it.
    let ended = false;
    let unsubscribe: () => void = () => {
      ended = true;
    };
    const entry = () => unsubscribe();
    page.subscriptions.set(subscriptionId, entry);
    const reply = await core.subscribe(
      token,
      (message) => {
        if (contents.isDestroyed()) return;
        contents.send(EVENT_CHANNEL, { subscriptionId, message } satisfies EventEnvelope);
      },
      // The token ended (sign-out, expiry, revocation): the core already stopped pushing; forget it here too.
      () => {
        if (page.subscriptions.get(subscriptionId) === entry) page.subscriptions.delete(subscriptionId);
      },
    );
    if (!reply.ok) {
      if (page.subscriptions.get(subscriptionId) === entry) page.subscriptions.delete(subscriptionId);
      if (page.subscriptions.size === 0 && pages.get(contents) === page) endAll(contents);
      return reply;
    }
    if (ended) {
      reply.result();
      return { ok: true, result: { subscriptionId } };
    }
    unsubscribe = reply.result;
    return { ok: true, result: { subscriptionId } };
  }

  function unsubscribe(contents: WebContents, subscriptionId: string): boolean {
    const page = pages.get(contents);
    const end = page?.subscriptions.get(subscriptionId);
    if (!page || !end) return false;
    page.subscriptions.delete(subscriptionId);
    end();
    return true;
  }

  /**
   * A push from main itself (not the core) to every subscription the pages hold, through the same
   * channel as the core's events, so the preload stays one generic bridge.
   */
  function broadcast(message: EventMessage): void {
    for (const [contents, page] of pages) {
      if (contents.isDestroyed()) continue;
      for (const subscriptionId of page.subscriptions.keys()) contents.send(EVENT_CHANNEL, { subscriptionId, message } satisfies EventEnvelope);
    }
  }

  function count(): number {
    let n = 0;
    for (const page of pages.values()) n += page.subscriptions.size;
    return n;
  }

  function endEverything(): void {
    for (const contents of [...pages.keys()]) endAll(contents);
  }

  return { subscribe, unsubscribe, broadcast, endAll, endEverything, count };
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
