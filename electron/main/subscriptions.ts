import type { WebContents } from 'electron';
import type { Core } from '../core';
import { AppError, errorReply, type Reply } from '../shared/errors';
import { EVENT_CHANNEL, type EventEnvelope } from '../shared/ipc';

/** A page subscribes a handful of times; far more means a leak in the renderer, not a need. */
export const MAX_SUBSCRIPTIONS_PER_PAGE = 64;

type Page = { subscriptions: Map<string, () => void>; detach: () => void };

/**
 * Core subscriptions held on behalf of renderer pages. Each is bound to the page that asked, and all
 * of a page's end when it navigates away, reloads, crashes or closes, so no listener outlives its page.
 */
export function createSubscriptions(core: Pick<Core, 'subscribe'>) {
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

  function subscribe(contents: WebContents, subscriptionId: string, token: string | null): Reply<{ subscriptionId: string }> {
    const page = pageFor(contents);
    if (page.subscriptions.has(subscriptionId)) {
      return errorReply('BAD_REQUEST', { details: 'subscription id already in use' });
    }
    if (page.subscriptions.size >= MAX_SUBSCRIPTIONS_PER_PAGE) {
      return errorReply('BAD_REQUEST', { details: 'too many subscriptions' });
    }
    try {
      const unsubscribe = core.subscribe(
        token,
        (message) => {
          if (contents.isDestroyed()) return;
          contents.send(EVENT_CHANNEL, { subscriptionId, message } satisfies EventEnvelope);
        },
        // The token ended (sign-out, expiry, revocation): the core already stopped pushing; forget it here too.
        () => {
          if (page.subscriptions.get(subscriptionId) === unsubscribe) page.subscriptions.delete(subscriptionId);
        },
      );
      page.subscriptions.set(subscriptionId, unsubscribe);
      return { ok: true, result: { subscriptionId } };
    } catch (err) {
      if (page.subscriptions.size === 0) endAll(contents);
      if (err instanceof AppError) return { ok: false, error: err.toApiError() };
      throw err;
    }
  }

  function unsubscribe(contents: WebContents, subscriptionId: string): boolean {
    const page = pages.get(contents);
    const end = page?.subscriptions.get(subscriptionId);
    if (!page || !end) return false;
    page.subscriptions.delete(subscriptionId);
    end();
    return true;
  }

  function count(): number {
    let n = 0;
    for (const page of pages.values()) n += page.subscriptions.size;
    return n;
  }

  function endEverything(): void {
    for (const contents of [...pages.keys()]) endAll(contents);
  }

  return { subscribe, unsubscribe, endAll, endEverything, count };
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
