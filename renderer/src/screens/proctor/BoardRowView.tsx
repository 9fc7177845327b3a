import { useTranslation } from 'react-i18next';
import type { BoardPhase, SessionBoard } from '../../../../electron/shared/exam-day';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { isOffline, remainingNow, type BoardEntry } from './board-state';
import type { CandidateAction } from './candidate-actions';
import { RowActions } from './RowActions';
import { formatCountdown } from './server-time';
import { formatAgo } from './time-format';
import { LockedBadge } from './LockedBadge';
import { BOARD_PHASE_LABEL, SUBMIT_REASON_SHORT } from './labels';

const PHASE_TONE = {
  absent: 'neutral',
  not_signed_in: 'neutral',
  agreement: 'info',
  test: 'info',
  paused: 'warning',
  submitted: 'success',
} as const satisfies Record<BoardPhase, 'neutral' | 'info' | 'warning' | 'success'>;

type Props = {
  entry: BoardEntry;
  sessionStatus: SessionBoard['status'];
  offsetMs: number;
  now: number;
  onAction: (action: CandidateAction, entry: BoardEntry) => void;
};

export function BoardRowView({ entry, sessionStatus, offsetMs, now, onAction }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const offline = isOffline(entry);
  const remaining = remainingNow(entry, offsetMs, now);
  const serverNow = now + offsetMs;
  return (
    <tr
      data-testid="board-row"
      data-candidate={entry.participantNo}
      data-phase={entry.phase}
      data-online={entry.online}
      data-locked={entry.locked}
      className={offline || entry.locked ? 'board-row--alert' : entry.phase === 'paused' ? 'board-row--warn' : undefined}
    >
      <td className="mono nowrap">{entry.seat ?? '—'}</td>
      <th scope="row">
        {entry.name}
        <span className="cell-sub mono">{entry.participantNo}</span>
        {entry.locked && <LockedBadge text={t('examDay.board.locked')} lockedUntil={entry.lockedUntil} />}
        {/* No sign-in until a card is issued here (Kartu baru) or the LSP's passwords arrive. */}
        {entry.accountId === null && <StatusBadge tone="warning">{t('proctor.noPasswordBadge')}</StatusBadge>}
      </th>
      <td className="actions">
        <RowActions row={entry} sessionStatus={sessionStatus} onAction={(action) => onAction(action, entry)} />
      </td>
      <td>
        <StatusBadge tone={PHASE_TONE[entry.phase]}>{t(BOARD_PHASE_LABEL[entry.phase])}</StatusBadge>
        {entry.submittedAt && (
          <span className="cell-sub">
            {t('examDay.board.submittedAt', { time: f.timeOfDay(entry.submittedAt) })}
            {entry.submitReason && ` · ${t(SUBMIT_REASON_SHORT[entry.submitReason])}`}
          </span>
        )}
        {entry.lateAnswers > 0 && (
          <span className="cell-sub" data-testid="board-late-answers" title={t('examDay.board.lateAnswersHint')}>
            {t('examDay.board.lateAnswers', { count: entry.lateAnswers })}
          </span>
        )}
        {entry.heldRefused > 0 && (
          <span className="cell-sub" data-testid="board-held-refused" title={t('examDay.board.heldRefusedHint')}>
            {t('examDay.board.heldRefused', { count: entry.heldRefused })}
          </span>
        )}
      </td>
      <td>
        {/* A submitted PC has nothing left to send: how recently it was heard from says nothing then. */}
        {entry.phase === 'submitted' ? (
          <span className="conn conn--none" data-testid="board-conn-submitted">
            {t('examDay.board.submittedConn')}
          </span>
        ) : offline ? (
          <span className="conn conn--offline" title={t('examDay.board.offlineHint')}>
            <span className="conn__dot" aria-hidden="true" />
            {t('examDay.board.offline')}
          </span>
        ) : entry.signedIn ? (
          <span className="conn conn--online">
            <span className="conn__dot" aria-hidden="true" />
            {t('examDay.board.online')}
          </span>
        ) : (
          <span className="conn conn--none">{entry.lastActivityAt ? t('examDay.board.notConnected') : '—'}</span>
        )}
        {entry.lastActivityAt && entry.phase !== 'submitted' && (
          <span className="cell-sub" data-testid="board-last-activity">
            {formatAgo(serverNow - Date.parse(entry.lastActivityAt), f.language)}
          </span>
        )}
      </td>
      <td className="num nowrap" data-testid="board-answered">
        {entry.total > 0 ? `${f.number(entry.answered)}/${f.number(entry.total)}` : '—'}
      </td>
      <td className="num" data-testid="board-doubtful">
        {entry.total > 0 ? f.number(entry.doubtful) : '—'}
      </td>
      <td className="num nowrap">
        <span className={`board-time${remaining !== null && remaining < 5 * 60_000 ? ' board-time--low' : ''}`} data-testid="board-time">
          {remaining === null ? '—' : formatCountdown(remaining)}
        </span>
        {entry.extensionMinutes > 0 && (
          <span className="cell-sub" data-testid="board-extension">
            {t('examDay.board.extended', { minutes: entry.extensionMinutes })}
          </span>
        )}
      </td>
      <td className={`num${entry.focusLost > 0 ? ' board-focus--some' : ''}`} data-testid="board-focus">
        {f.number(entry.focusLost)}
      </td>
    </tr>
  );
}
