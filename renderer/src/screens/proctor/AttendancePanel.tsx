import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../../../electron/shared/exam-day';
import { toUiError, type UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useClient } from '../../session/SessionProvider';
import { ActionDialog } from './ActionDialog';
import { sortEntries, type BoardState } from './board-state';
import { ATTENDANCE_LABEL } from './labels';
import { focusLost } from '../../components/focus-lost';

type Props = { board: BoardState };

/** Daftar hadir: the proctor matches each face to a candidate card and records who is here. */
export function AttendancePanel({ board }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [dialog, setDialog] = useState<{ action: 'markAbsent' | 'checkIn'; candidateId: string } | null>(null);
  const rows = sortEntries(board.entries, 'seat');
  const dialogRow = dialog ? board.entries.find((e) => e.candidateId === dialog.candidateId) : undefined;
  // After the close the list is what happened (the core refuses any change), so it offers none.
  const open = board.status !== 'ended';
  // "Hadir" goes from its row once the board says present, and the focus with it to the top of the page: a
  // proctor checking in the room from the keyboard stays on that row instead, at its next control (or its name).
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const keepPlace = useRef<string | null>(null);
  useLayoutEffect(() => {
    const row = keepPlace.current ? rowRefs.current.get(keepPlace.current) : undefined;
    if (!row || row.contains(document.activeElement)) return;
    keepPlace.current = null;
    if (!focusLost()) return;
    (row.querySelector<HTMLElement>('button') ?? row.querySelector<HTMLElement>('th'))?.focus();
  });

  // No reason asked at the door: checking someone in is audited anyway. Undoing a recorded absence
  // asks one, in the dialog, and the berita acara lists it.
  const checkIn = (row: BoardRow) => {
    if (row.attendance === 'absent') {
      setDialog({ action: 'checkIn', candidateId: row.candidateId });
      return;
    }
    if (busy === row.candidateId) return;
    setBusy(row.candidateId);
    setError(null);
    keepPlace.current = row.candidateId;
    client.call('exam/checkIn', { sessionId: board.sessionId, candidateId: row.candidateId }).then(
      () => setBusy(null),
      (err: unknown) => {
        keepPlace.current = null;
        setError(toUiError(err));
        setBusy(null);
      },
    );
  };

  return (
    <Section title={t('examDay.attendance.title')}>
      <p className="muted console-intro" data-testid="attendance-intro">
        {open ? t('examDay.attendance.hint') : t('examDay.attendance.closed')}
      </p>
      {error && <ErrorMessage error={error} />}
      <div className="table-wrap">
        <table className="table table--compact" data-testid="attendance">
          <thead>
            <tr>
              <th scope="col">{t('examDay.board.columns.seat')}</th>
              <th scope="col">{t('columns.name')}</th>
              {/* Status and the door's actions right after the name: at 200% zoom a last column is out of reach. */}
              <th scope="col">{t('examDay.attendance.status')}</th>
              <th scope="col">
                {t('columns.action')}
              </th>
              <th scope="col">{t('columns.participantNo')}</th>
              <th scope="col">{t('columns.assessor')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const status = row.attendanceStatus;
              return (
                <tr
                  key={row.candidateId}
                  ref={(el) => {
                    if (el) rowRefs.current.set(row.candidateId, el);
                    else rowRefs.current.delete(row.candidateId);
                  }}
                  data-testid="attendance-row"
                  data-candidate={row.participantNo}
                  data-attendance={status}
                >
                  <td className="mono nowrap">{row.seat ?? '—'}</td>
                  <th scope="row" tabIndex={-1}>
                    {row.name}
                  </th>
                  <td>
                    <StatusBadge tone={status === 'present' ? 'success' : status === 'absent' ? 'danger' : 'neutral'}>
                      {t(ATTENDANCE_LABEL[status])}
                    </StatusBadge>
                  </td>
                  <td>
                    {open && status !== 'present' && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        data-testid="attendance-checkin"
                        aria-label={t('examDay.attendance.checkInFor', { name: row.name })}
                        aria-disabled={busy === row.candidateId || undefined}
                        onClick={() => checkIn(row)}
                      >
                        {busy === row.candidateId ? t('examDay.attendance.checkingIn') : t('examDay.attendance.checkIn')}
                      </button>
                    )}{' '}
                    {open && (row.phase === 'not_signed_in' || row.phase === 'agreement') && row.attendance !== 'absent' && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        data-testid="attendance-absent"
                        aria-label={t('examDay.attendance.absentFor', { name: row.name })}
                        onClick={() => setDialog({ action: 'markAbsent', candidateId: row.candidateId })}
                      >
                        {t('examDay.actions.names.markAbsent')}
                      </button>
                    )}
                  </td>
                  <td className="mono nowrap">{row.participantNo}</td>
                  <td>{row.assessorName}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {dialog && dialogRow && (
        <ActionDialog
          sessionId={board.sessionId}
          action={dialog.action}
          row={dialogRow}
          onDone={() => {
            // The button that opened it goes too once the board has the change.
            keepPlace.current = dialog.candidateId;
            setDialog(null);
          }}
          onCancel={() => setDialog(null)}
        />
      )}
    </Section>
  );
}
