import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../api/use-run';
import { isOffline, sortEntries, type BoardEntry } from './board-state';
import { ConsoleDialog } from '../../components/ConsoleDialog';
import { ReasonField, reasonOk } from './ReasonField';

type Props = {
  /** The live board: the lists below follow it while the dialog is open. */
  rows: readonly BoardEntry[] | null;
  onEnd: (reason: string) => Promise<void>;
  onDone: () => void;
  onCancel: () => void;
};

/** Who is named in the dialog: seat, number and name, as the proctor finds them in the room. */
function Names({ rows, testId }: { rows: readonly BoardEntry[]; testId: string }) {
  return (
    <ul className="end-session__names" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.candidateId} data-candidate={r.participantNo}>
          {r.seat ? `${r.seat} · ` : ''}
          <span className="mono">{r.participantNo}</span> {r.name}
        </li>
      ))}
    </ul>
  );
}

/**
 * Closing submits every open test as it stands, in one click: before it, the proctor sees how many are
 * still answering and how many PCs are offline (their queued answers would not arrive), by name.
 */
export function EndSessionDialog({ rows, onEnd, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useRun();
  const sorted = sortEntries(rows ?? [], 'seat');
  const answering = sorted.filter((r) => r.phase === 'test' || r.phase === 'paused');
  const offline = sorted.filter(isOffline);
  const submit = () => {
    setChecked(true);
    if (!reasonOk(reason)) return;
    void run(async () => {
      await onEnd(reason.trim());
      onDone();
    });
  };
  return (
    <ConsoleDialog
      title={t('examDay.session.endTitle')}
      confirmLabel={busy ? t('examDay.session.ending') : t('examDay.session.endConfirm')}
      tone="danger"
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
      testId="end-session-dialog"
    >
      <p>{t('examDay.session.endText')}</p>
      {rows && (
        <div className="end-session__who" data-testid="end-session-who">
          <p className={answering.length > 0 ? 'notice notice--warn' : ''} data-testid="end-session-answering" data-count={answering.length}>
            {t('examDay.session.endAnswering', { count: answering.length })}
          </p>
          {answering.length > 0 && <Names rows={answering} testId="end-session-answering-names" />}
          <p className={offline.length > 0 ? 'notice notice--warn' : ''} data-testid="end-session-offline" data-count={offline.length}>
            {t('examDay.session.endOffline', { count: offline.length })}
          </p>
          {offline.length > 0 && <Names rows={offline} testId="end-session-offline-names" />}
        </div>
      )}
      <ReasonField value={reason} onChange={setReason} showProblem={checked} />
    </ConsoleDialog>
  );
}
