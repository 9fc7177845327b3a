import { useLayoutEffect, useRef } from 'react';

type Options = { enabled: boolean; onMove: (step: -1 | 1) => void; onChoose: (index: number) => void; onDoubt: () => void };

const LETTERS = ['a', 'b', 'c', 'd', 'e'];
const DIGITS = ['1', '2', '3', '4', '5'];

/** Typing in a field (the essay, the token) must never answer or move: keys act only outside text inputs. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return false;
}

/** The key for ragu-ragu: R, free of the answer letters A–E. */
export const DOUBT_KEY = 'r';

/** UNBK habits: A–E (or 1–5) answer the open question, ← → move between questions, R marks it ragu-ragu. */
export function useTestKeys({ enabled, onMove, onChoose, onDoubt }: Options): void {
  const latest = useRef({ onMove, onChoose, onDoubt });
  latest.current = { onMove, onChoose, onDoubt };
  // A layout effect listens from the commit that shows the question: a passive one started a turn
  // later, and an answer key pressed the moment the question appeared (on a slow lab PC) was lost.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTextField(event.target)) return;
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        latest.current.onMove(event.key === 'ArrowLeft' ? -1 : 1);
        return;
      }
      const key = event.key.toLowerCase();
      if (key === DOUBT_KEY) {
        event.preventDefault();
        latest.current.onDoubt();
        return;
      }
      const index = LETTERS.includes(key) ? LETTERS.indexOf(key) : DIGITS.indexOf(key);
      if (index >= 0) {
        event.preventDefault();
        latest.current.onChoose(index);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
