import { useShortcutKeys } from '../../components/shortcut-keys';

type Options = { enabled: boolean; onMove: (step: -1 | 1) => void; onChoose: (index: number) => void; onDoubt: () => void };

const LETTERS = ['a', 'b', 'c', 'd', 'e'];
const DIGITS = ['1', '2', '3', '4', '5'];

/** The key for ragu-ragu: R, free of the answer letters A–E. */
export const DOUBT_KEY = 'r';

/** UNBK habits: A–E (or 1–5) answer the open question, ← → move between questions, R marks it ragu-ragu. */
export function useTestKeys({ enabled, onMove, onChoose, onDoubt }: Options): void {
  useShortcutKeys((event) => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      onMove(event.key === 'ArrowLeft' ? -1 : 1);
      return true;
    }
    const key = event.key.toLowerCase();
    if (key === DOUBT_KEY) {
      onDoubt();
      return true;
    }
    const index = LETTERS.includes(key) ? LETTERS.indexOf(key) : DIGITS.indexOf(key);
    if (index < 0) return false;
    onChoose(index);
    return true;
  }, enabled);
}
