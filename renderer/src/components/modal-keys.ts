import type { KeyboardEvent, RefObject } from 'react';

export const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * Keys of a modal: Escape cancels (not while its call is running), and Tab stays inside, since
 * behind a modal is a page where a stray keypress could change something.
 */
export function modalKeyHandler(box: RefObject<HTMLElement | null>, options: { busy: boolean; onCancel: () => void; focusable?: string }) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && !options.busy) {
      event.preventDefault();
      options.onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(box.current?.querySelectorAll<HTMLElement>(options.focusable ?? FOCUSABLE) ?? [])];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
