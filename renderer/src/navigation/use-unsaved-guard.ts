import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { askToLeave, holdUnsaved } from './leave-guard';

export type UnsavedGuard = {
  /** The form's own cancel: runs `discard` at once when this form has nothing unsaved, else once the user chose to leave. */
  confirmDiscard: (discard: () => void) => void;
  /**
   * The form has just saved what it shows. Clean from this moment, not from the next render, so that
   * the screen the save opens (a new record's own page) is not asked about.
   */
  saved: () => void;
};

/**
 * Holds route changes, the form's cancel and the page's unload while `dirty`: its values differ from
 * those loaded or last saved (not merely touched). Every form whose edits a screen change would lose
 * uses it, or useUnsavedChanges, which works out `dirty` itself.
 */
export function useUnsavedGuard(dirty: boolean): UnsavedGuard {
  const release = useRef<(() => void) | null>(null);
  // Bumped by `saved`: the hold is taken again if the values changed while the save was on its way.
  const [savedCount, setSavedCount] = useState(0);
  // A layout effect: held as soon as the edit is on screen, before the user can click anything else.
  useLayoutEffect(() => {
    if (!dirty) return;
    const done = holdUnsaved();
    release.current = done;
    return () => {
      done();
      release.current = null;
    };
  }, [dirty, savedCount]);

  const saved = useCallback(() => {
    release.current?.();
    release.current = null;
    setSavedCount((n) => n + 1);
  }, []);
  const confirmDiscard = useCallback((discard: () => void) => {
    if (release.current) askToLeave(discard);
    else discard();
  }, []);
  return { confirmDiscard, saved };
}
