import { useEffect } from 'react';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What Tab reaches, in order: laid out on screen (a layout-less DOM, as in tests, keeps them all). */
function tabbables(): HTMLElement[] {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && !el.closest('[hidden], [inert]'));
  const shown = all.filter((el) => el.getClientRects().length > 0);
  return shown.length > 0 ? shown : all;
}

/**
 * Tab past the last control (or Shift+Tab before the first) took the focus out of the page to the browser's
 * own toolbar: the window lost focus, the board counted "left the test window" and the candidate was
 * warned, for nothing but moving around with the keyboard (walk-through, keyboard only). During the test
 * Tab goes round the page instead. A modal dialog keeps Tab inside itself; one with nothing to press holds it.
 */
export function useTabWrap(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      const modal = document.querySelector('[aria-modal="true"]');
      if (modal) {
        // Nothing to press in it ("Waktu habis"): Tab would leave it for the page behind, or the browser.
        if (!modal.querySelector(TABBABLE)) event.preventDefault();
        return;
      }
      const list = tabbables();
      if (list.length === 0) return;
      const active = document.activeElement;
      const from = active instanceof HTMLElement && active !== document.body ? active : null;
      // Measured from the focused element, which may itself be out of the Tab order (a heading given the
      // focus: the pause notice's title has nothing after it).
      const after = from ? list.some((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !from.contains(el)) : true;
      const before = from ? list.some((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) : false;
      if (event.shiftKey && !before) {
        event.preventDefault();
        list[list.length - 1].focus();
      } else if (!event.shiftKey && !after) {
        event.preventDefault();
        list[0].focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
