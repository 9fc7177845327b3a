import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * For buttons that hand the whole screen to a view (a print) by key: when the view closes (`open` back to
 * null), the button that opened it takes the focus again. The view replaced the buttons, so the focus had
 * nowhere to go but the top of the page, and a keyboard user started again from the skip link.
 * Returns the ref to give each button, by its key.
 */
export function useReturnFocus<K extends string>(open: K | null): (key: K) => (button: HTMLElement | null) => void {
  const buttons = useRef(new Map<K, HTMLElement>());
  const last = useRef<K | null>(null);
  useLayoutEffect(() => {
    if (open !== null) {
      last.current = open;
      return;
    }
    if (last.current !== null) buttons.current.get(last.current)?.focus();
    last.current = null;
  }, [open]);
  return useCallback(
    (key: K) => (button: HTMLElement | null) => {
      if (button) buttons.current.set(key, button);
      else buttons.current.delete(key);
    },
    [],
  );
}
