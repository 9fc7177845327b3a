import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

// Rendered outside act(): act flushes every effect at once, which hides the gap between a view
// appearing and its keys being heard — the gap a user's first key fell into.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * Renders `node` and presses `key` on the window in the very turn the element matching `selector`
 * appears: a mutation observer runs right after the commit that shows it, before any later task.
 */
export async function pressOnSight(node: ReactNode, selector: string, key: string): Promise<void> {
  const previous = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  try {
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!host.querySelector(selector)) return;
        observer.disconnect();
        window.dispatchEvent(new KeyboardEvent('keydown', { key }));
        resolve();
      });
      observer.observe(host, { childList: true, subtree: true });
      root.render(node);
    });
  } finally {
    root.unmount();
    host.remove();
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = previous;
  }
}
