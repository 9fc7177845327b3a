import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow, SessionBoard } from '../../../../electron/shared/exam-day';
import { actionsFor, type CandidateAction } from './candidate-actions';
import { ACTION_NAME } from './labels';

type Props = { row: BoardRow; sessionStatus: SessionBoard['status']; onAction: (action: CandidateAction) => void };

/**
 * A row's actions behind one button, so a board of 40 rows stays calm; only "unlock", which a
 * candidate at the door is waiting for, stands in the row itself.
 */
export function RowActions({ row, sessionStatus, onAction }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const actions = actionsFor(row, sessionStatus).filter((action) => action !== 'unlock');

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !boxRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    toggleRef.current?.focus();
  };

  // Tabbing on past the last action left the list open over the rows below, the focus already on the next row.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !(event.relatedTarget instanceof Node && boxRef.current?.contains(event.relatedTarget))) setOpen(false);
  };

  const choose = (action: CandidateAction) => {
    setOpen(false);
    // The chosen item disappears with the list; the dialog hands focus back to the row's button instead.
    toggleRef.current?.focus();
    onAction(action);
  };

  return (
    <div ref={boxRef} className="row-actions" onKeyDown={onKeyDown} onBlur={onBlur}>
      {row.locked && (
        <button type="button" className="button button--primary button--small" data-testid="board-action-unlock" onClick={() => choose('unlock')}>
          {t('examDay.actions.names.unlock')}
        </button>
      )}
      {actions.length > 0 && (
        <button
          ref={toggleRef}
          type="button"
          className="button button--secondary button--small"
          data-testid="board-actions"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={t('examDay.board.actionsFor', { name: row.name })}
          onClick={() => setOpen((o) => !o)}
        >
          {t('examDay.board.columns.actions')}
          <span className="row-actions__caret" aria-hidden="true">
            ▾
          </span>
        </button>
      )}
      {open && (
        <ul className="row-actions__list plain-list" id={listId}>
          {actions.map((action) => (
            <li key={action}>
              <button
                type="button"
                className={`row-actions__item${action === 'forceSubmit' || action === 'markAbsent' ? ' row-actions__item--danger' : ''}`}
                data-testid={`board-action-${action}`}
                onClick={() => choose(action)}
              >
                {t(ACTION_NAME[action])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
