/**
 * The tab a key moves to in an ARIA tab list (WAI-ARIA APG, tabs with automatic activation): ← and → step
 * round the list, Home and End go to its ends. Null for any other key, which the tab list leaves alone.
 */
export function tabForKey<T>(tabs: readonly T[], current: T, key: string): T | null {
  const at = tabs.indexOf(current);
  if (key === 'ArrowRight') return tabs[(at + 1) % tabs.length] ?? null;
  if (key === 'ArrowLeft') return tabs[(at - 1 + tabs.length) % tabs.length] ?? null;
  if (key === 'Home') return tabs[0] ?? null;
  if (key === 'End') return tabs[tabs.length - 1] ?? null;
  return null;
}
