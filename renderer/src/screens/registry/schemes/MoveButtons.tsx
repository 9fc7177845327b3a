import { useTranslation } from 'react-i18next';

type Props = {
  /** Key of the node, so focus can follow the button that moved. */
  nodeKey: string;
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
  upLabel: string;
  downLabel: string;
  removeLabel: string;
  /** The add button of the list this node is in (`data-add`), which takes the focus once the node is gone. */
  listKey: string;
};

/**
 * Up, down and remove for one node of the scheme tree: plain buttons (Tab, Enter), each with a label
 * naming its node. After a move the same button keeps the focus, so a keyboard user can press it again;
 * after a removal the list's add button has it, rather than the page's start.
 */
export function MoveButtons({ nodeKey, index, count, onMove, onRemove, upLabel, downLabel, removeLabel, listKey }: Props) {
  const { t } = useTranslation();
  const move = (delta: number, which: 'up' | 'down') => {
    onMove(delta);
    // At the top or bottom the same button is now disabled (and would drop the focus): the other one takes it.
    requestAnimationFrame(() => {
      const same = document.querySelector<HTMLButtonElement>(`[data-move="${nodeKey}-${which}"]`);
      const other = document.querySelector<HTMLButtonElement>(`[data-move="${nodeKey}-${which === 'up' ? 'down' : 'up'}"]`);
      (same && !same.disabled ? same : other)?.focus();
    });
  };
  const remove = () => {
    onRemove();
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-add="${listKey}"]`)?.focus());
  };
  return (
    <span className="tree-buttons">
      <button type="button" className="button button--secondary button--small" aria-label={upLabel} title={upLabel} data-move={`${nodeKey}-up`} disabled={index === 0} onClick={() => move(-1, 'up')}>
        ↑ <span className="tree-buttons__text">{t('registryScreens.schemes.up')}</span>
      </button>
      <button type="button" className="button button--secondary button--small" aria-label={downLabel} title={downLabel} data-move={`${nodeKey}-down`} disabled={index === count - 1} onClick={() => move(1, 'down')}>
        ↓ <span className="tree-buttons__text">{t('registryScreens.schemes.down')}</span>
      </button>
      <button type="button" className="button button--secondary button--small" aria-label={removeLabel} title={removeLabel} data-testid="tree-remove" onClick={remove}>
        {t('registryScreens.schemes.remove')}
      </button>
    </span>
  );
}
