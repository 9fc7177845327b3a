import { useLayoutEffect, useRef } from 'react';

/**
 * Whether the keyboard focus is nowhere, on the page itself: where the browser leaves it when the focused
 * control is removed or disabled. A screen that then moves it somewhere useful asks this first, so it never
 * takes the focus from where the person has gone meanwhile.
 */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

/**
 * When `value` changes (a route, a step, a question shown in place of a button) and the change left the focus on
 * the page, `refocus` puts it where the new value's screen wants it: the control pressed went with what it was on.
 */
export function useFocusWhenLost<T>(value: T, refocus: (value: T) => void): void {
  const shown = useRef(value);
  // Run after every render and compare, so `refocus` may be a new function each time.
  useLayoutEffect(() => {
    if (Object.is(shown.current, value)) return;
    shown.current = value;
    if (focusLost()) refocus(value);
  });
}
