import { useLayoutEffect, useRef } from 'react';

export type EssayKeyActions = {
  verdict: (verdict: 'yes' | 'no') => void;
  score: (score: number) => void;
  move: (by: 1 | -1) => void;
};

/**
 * Y/T (or 0–3) score the current essay, N/P move to the next or previous one — without the mouse.
 * Keys typed into a text field are the assessor's comment, not commands.
 */
export function useEssayKeys(actions: EssayKeyActions, enabled: boolean): void {
  // Layout effects run in the commit that shows the cards: a passive effect ran a turn later, and a
  // key pressed the moment the card appeared (a fast assessor, a slow PC) scored nothing.
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      const act = latest.current;
      if (key === 'y') act.verdict('yes');
      else if (key === 't') act.verdict('no');
      else if (['0', '1', '2', '3'].includes(key)) act.score(Number(key));
      else if (key === 'n') act.move(1);
      else if (key === 'p') act.move(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
