import { useShortcutKeys } from '../../../components/shortcut-keys';

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
  useShortcutKeys((event) => {
    const key = event.key.toLowerCase();
    if (key === 'y') actions.verdict('yes');
    else if (key === 't') actions.verdict('no');
    else if (['0', '1', '2', '3'].includes(key)) actions.score(Number(key));
    else if (key === 'n') actions.move(1);
    else if (key === 'p') actions.move(-1);
    else return false;
    return true;
  }, enabled);
}
