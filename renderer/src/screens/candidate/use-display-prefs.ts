import { useEffect, useState } from 'react';
import { applyDisplayPrefs, readDisplayPrefs, storeDisplayPrefs, type DisplayPrefs } from '../../cbt/display-prefs';

/** The candidate's text size and contrast, on the whole page while the candidate screens are shown. */
export function useDisplayPrefs(): [DisplayPrefs, (next: DisplayPrefs) => void] {
  const [prefs, setPrefs] = useState<DisplayPrefs>(() => readDisplayPrefs());
  useEffect(() => applyDisplayPrefs(prefs), [prefs]);
  const update = (next: DisplayPrefs) => {
    storeDisplayPrefs(next);
    setPrefs(next);
  };
  return [prefs, update];
}
