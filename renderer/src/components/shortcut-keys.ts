import { useLayoutEffect, useRef } from 'react';

/** Typing in a field (an essay, a comment, the token) must never score, answer or move: shortcuts act only outside text inputs. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // Inside an editable block (read from the attribute: isContentEditable also asks the page's layout).
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return false;
}

/** Returns true when it acted on the key (its default is then prevented). */
export type ShortcutHandler = (event: KeyboardEvent) => boolean;

/**
 * A screen's single-key shortcuts, listened for on the window while `enabled`, outside text fields,
 * without Ctrl/Alt/Meta and not after someone else (a modal) handled the key.
 *
 * Layout effects, not passive ones: they run in the commit that shows the screen, where a passive effect
 * ran a turn later and a key pressed the moment the screen appeared (a fast user, a slow lab PC) was lost.
 * The handler is read from a ref, so a new handler each render neither re-subscribes nor goes stale.
 */
export function useShortcutKeys(handler: ShortcutHandler, enabled: boolean): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTextField(event.target)) return;
      if (latest.current(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
