import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../electron/shared/types';
import { BilingualText } from '../../components/BilingualText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageTitle } from '../../components/PageTitle';
import { StatusBadge } from '../../components/StatusBadge';
import { AttendancePanel } from './AttendancePanel';
import { BackupPanel } from './BackupPanel';
import { BackupNotice, backupTrouble } from './BackupNotice';
import { useBackupWatch } from './use-backup-watch';
import { summarize, type BoardState } from './board-state';
import { BoardPanel } from './BoardPanel';
import { ConsoleTabs, type ConsoleTab } from './ConsoleTabs';
import { LinkNotice } from './LinkNotice';
import { MinutesPanel } from './MinutesPanel';
import { RoomPanel } from './RoomPanel';
import { SessionPanel } from './SessionPanel';
import type { ResultsExport } from './ResultsExported';
import { useBoard, type BoardView } from './use-board';
import { useRoomLink } from './use-room-link';
import { useSessionToken } from './use-session-token';
import { SESSION_STATUS_LABEL } from './labels';

/** `resultsExport`: the results bundle written for the LSP since the session closed, as the home says it; null before. */
type Props = { session: SessionSummary; resultsExport: ResultsExport | null; onBack: () => void };

const STATUS_TONE = { not_started: 'neutral', running: 'success', ended: 'info' } as const;

/** One session's exam day, run from one screen: token, live board, attendance, minutes, room, backups. */
export function ProctorConsole({ session, resultsExport, onBack }: Props) {
  const { t } = useTranslation();
  const panelId = useId();
  const [tab, setTab] = useState<ConsoleTab>('session');
  const token = useSessionToken(session.id);
  const { view, reload } = useBoard(session.id);
  // Pushes sent while the room server was unreachable never arrived: board and token are read whole again.
  const link = useRoomLink(() => {
    reload();
    token.reload();
  });
  const lost = link.state === 'lost';
  const status = token.reading?.state.status ?? (view.status === 'ready' ? view.board.status : null);
  const summary = view.status === 'ready' ? summarize(view.board.entries) : null;
  const { status: backups, reload: readBackups } = useBackupWatch();
  const select = (next: ConsoleTab) => {
    if (tab === 'backups' && next !== 'backups') readBackups();
    setTab(next);
  };
  const running = status === 'running';

  return (
    <div className="console" data-testid="proctor-console" data-session={session.id} data-status={status ?? 'loading'} data-link={link.state}>
      <button type="button" className="console__back button button--secondary button--small" data-testid="console-back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('examDay.back')}
      </button>
      <div className="console__head">
        <PageTitle eyebrow={t('examDay.eyebrow')} title={<BilingualText value={session.title} />}>
          <span className="mono">{session.code}</span>
        </PageTitle>
        <div className="console__state">
          {/* Never started and called off by the LSP: "not started" would read as still to come. */}
          {session.cancellation && status === 'not_started' ? (
            <StatusBadge tone="danger">
              <span data-testid="session-status">{t('examDay.session.cancelledBadge')}</span>
            </StatusBadge>
          ) : status && (
            <StatusBadge tone={STATUS_TONE[status]}>
              {/* Without a link the badge is only what was last heard, and says so. */}
              <span data-testid="session-status">
                {lost ? t('examDay.link.lastKnown', { status: t(SESSION_STATUS_LABEL[status]) }) : t(SESSION_STATUS_LABEL[status])}
              </span>
            </StatusBadge>
          )}
          {tab !== 'session' && status === 'running' && token.reading?.state.token && (
            // Like the badge: without a link the token is the last one heard, greyed and said so.
            <p className={lost ? 'console__token console__token--stale mono' : 'console__token mono'} data-testid="header-token" data-stale={lost}>
              {t(lost ? 'examDay.headerTokenLastKnown' : 'examDay.headerToken', { token: token.reading.state.token })}
            </p>
          )}
        </div>
      </div>
      <LinkNotice link={link} />
      {tab !== 'backups' && (
        <BackupNotice
          status={backups}
          running={running}
          onOpen={() => {
            select('backups');
            // The notice goes with the tab's change, and the focus would go with it to the page's top: the tab takes it.
            document.getElementById(`${panelId}-backups`)?.focus();
          }}
        />
      )}
      <ConsoleTabs
        current={tab}
        onSelect={select}
        panelId={panelId}
        alerts={{ board: summary ? summary.offline + summary.locked : 0, backups: backupTrouble(backups, running) ? 1 : 0 }}
      />
      <div className="console__panel" role="tabpanel" id={panelId} aria-labelledby={`${panelId}-${tab}`} data-testid={`console-panel-${tab}`}>
        {tab === 'session' && (
          <SessionPanel
            session={session}
            resultsExport={resultsExport}
            token={token}
            startedAt={view.status === 'ready' ? view.board.startedAt : null}
            endedAt={view.status === 'ready' ? view.board.endedAt : null}
            rows={view.status === 'ready' ? view.board.entries : null}
            onRunChanged={reload}
            stale={lost}
          />
        )}
        {tab === 'board' && <WithBoard view={view} onRetry={reload}>{(board) => <BoardPanel board={board} stale={lost} />}</WithBoard>}
        {tab === 'attendance' && <WithBoard view={view} onRetry={reload}>{(board) => <AttendancePanel board={board} />}</WithBoard>}
        {tab === 'minutes' && <MinutesPanel sessionId={session.id} running={status === 'running'} started={status !== 'not_started'} />}
        {tab === 'room' && <RoomPanel />}
        {tab === 'backups' && <BackupPanel />}
      </div>
    </div>
  );
}

function WithBoard({ view, onRetry, children }: { view: BoardView; onRetry: () => void; children: (board: BoardState) => ReactNode }) {
  const { t } = useTranslation();
  if (view.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (view.status === 'error') return <ErrorMessage error={view.error} onRetry={onRetry} />;
  return <>{children(view.board)}</>;
}
