import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../../../electron/shared/exam-day';
import { Section } from '../../components/Section';
import { ActionDialog } from './ActionDialog';
import { sortEntries, summarize, type BoardOrder, type BoardState } from './board-state';
import { BoardRowView } from './BoardRowView';
import { BoardSummary } from './BoardSummary';
import { RoomActions } from './RoomActions';
import type { CandidateAction } from './candidate-actions';
import { useNow } from './use-now';
import { ACTION_NAME } from './labels';

/** `stale`: the room server is unreachable, so the board is what was last heard, not live. */
type Props = { board: BoardState; stale?: boolean };

type Open = { action: CandidateAction; candidateId: string };

/** The live status board: summary, one row per candidate (problems first), and the per-candidate actions. */
export function BoardPanel({ board, stale = false }: Props) {
  const { t } = useTranslation();
  const orderId = useId();
  const now = useNow();
  const [order, setOrder] = useState<BoardOrder>('problems');
  const [open, setOpen] = useState<Open | null>(null);
  const [done, setDone] = useState<{ action: CandidateAction; name: string } | null>(null);
  const rows = sortEntries(board.entries, order);
  // The dialog follows the live row, so it never acts on a stale copy of it.
  const openRow = open ? board.entries.find((e) => e.candidateId === open.candidateId) : undefined;

  return (
    <Section
      title={t('examDay.board.title')}
      actions={
        <div className="board-tools">
          {stale ? (
            <p className="small board-tools__stale" data-testid="board-stale">
              {t('examDay.link.boardStale')}
            </p>
          ) : (
            <p className="muted small">{t('examDay.board.liveNote')}</p>
          )}
          <label className="board-tools__order" htmlFor={orderId}>
            <span className="field__label">{t('examDay.board.order')}</span>
            <select id={orderId} className="field__input field__input--small" data-testid="board-order" value={order} onChange={(e) => setOrder(e.target.value === 'seat' ? 'seat' : 'problems')}>
              <option value="problems">{t('examDay.board.orderProblems')}</option>
              <option value="seat">{t('examDay.board.orderSeat')}</option>
            </select>
          </label>
        </div>
      }
    >
      <BoardSummary summary={summarize(board.entries)} />
      {board.status === 'running' && <RoomActions sessionId={board.sessionId} rows={board.entries} />}
      <div role="status" className="status-slot">
        {done && <DoneNotice key={`${done.action}-${done.name}`} text={t('examDay.board.done', { action: t(ACTION_NAME[done.action]), name: done.name })} />}
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('examDay.board.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className={stale ? 'table table--compact board board--stale' : 'table table--compact board'} data-testid="board" data-stale={stale}>
            <thead>
              <tr>
                <th scope="col">{t('examDay.board.columns.seat')}</th>
                <th scope="col">{t('examDay.board.columns.candidate')}</th>
                {/* The row's actions right after the name: at 200% zoom a last column is out of reach. */}
                <th scope="col" className="actions">
                  {t('examDay.board.columns.actions')}
                </th>
                <th scope="col">{t('examDay.board.columns.phase')}</th>
                <th scope="col">{t('examDay.board.columns.connection')}</th>
                <th scope="col" className="num">
                  {t('examDay.board.columns.answered')}
                </th>
                <th scope="col" className="num">
                  {t('examDay.board.columns.doubtful')}
                </th>
                <th scope="col" className="num">
                  {t('examDay.board.columns.timeLeft')}
                </th>
                <th scope="col" className="num">
                  {t('examDay.board.columns.focusLost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <BoardRowView
                  key={entry.candidateId}
                  entry={entry}
                  sessionStatus={board.status}
                  offsetMs={board.offsetMs}
                  now={now}
                  onAction={(action, row) => {
                    setDone(null);
                    setOpen({ action, candidateId: row.candidateId });
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && openRow && (
        <ActionDialog
          sessionId={board.sessionId}
          action={open.action}
          row={openRow}
          onDone={(action: CandidateAction, row: BoardRow) => {
            setOpen(null);
            setDone({ action, name: row.name });
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </Section>
  );
}

function DoneNotice({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} tabIndex={-1} className="notice notice--success" data-testid="action-done">
      {text}
    </p>
  );
}
