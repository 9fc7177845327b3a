/**
 * Whether the keyboard focus is nowhere, on the page itself: where the browser leaves it when the focused
 * control is removed or disabled. A screen that then moves it somewhere useful asks this first, so it never
 * takes the focus from where the person has gone meanwhile.
 */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}
