import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow, CardPassword } from '../../../../electron/shared/exam-day';
import { useRun } from '../../api/use-run';
import { useClient } from '../../session/SessionProvider';
import { DEFAULT_EXTRA_MINUTES, MAX_EXTRA_MINUTES, runAction, type CandidateAction } from './candidate-actions';
import { ConsoleDialog } from '../../components/ConsoleDialog';
import { ReasonField, reasonOk } from './ReasonField';
import { ACTION_HELP, ACTION_NAME, ACTION_TITLE } from './labels';
import { NewCard } from './NewCard';

type Props = {
  sessionId: string;
  action: CandidateAction;
  row: BoardRow;
  onDone: (action: CandidateAction, row: BoardRow) => void;
  onCancel: () => void;
};

function minutesOk(text: string): boolean {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= MAX_EXTRA_MINUTES;
}

/** One per-candidate action: says what it does, asks why (and, to extend, how long), shows a refusal. */
export function ActionDialog({ sessionId, action, row, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const minutesId = useId();
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState(String(DEFAULT_EXTRA_MINUTES));
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useRun();
  const extending = action === 'extendTime';
  const danger = action === 'forceSubmit' || action === 'markAbsent';

  const [card, setCard] = useState<CardPassword | null>(null);

  const submit = () => {
    setChecked(true);
    if (!reasonOk(reason) || (extending && !minutesOk(minutes))) return;
    void run(async () => {
      const issued = await runAction(client, action, { sessionId, row, reason: reason.trim(), minutes: Number(minutes) });
      // A new card's password is shown (and printable) now or never: the dialog stays open on it.
      if (issued) setCard(issued);
      else onDone(action, row);
    });
  };

  if (card) return <NewCard card={card} onDone={() => onDone(action, row)} />;

  const minutesProblem = checked && extending && !minutesOk(minutes);
  return (
    <ConsoleDialog
      title={t(ACTION_TITLE[action], { name: row.name })}
      confirmLabel={t(ACTION_NAME[action])}
      tone={danger ? 'danger' : 'normal'}
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
      testId={`action-dialog-${action}`}
    >
      <p className="console-dialog__who">
        <span className="mono">{row.participantNo}</span>
        {row.seat && <span className="muted"> · {row.seat}</span>}
      </p>
      <p>{t(ACTION_HELP[action])}</p>
      {/* What is being handed in: a candidate with nothing answered is worth a second look before submitting. */}
      {action === 'forceSubmit' && (
        <p className={row.answered === 0 ? 'notice notice--warning' : undefined} data-testid="action-answered">
          {t('examDay.actions.answeredSoFar', { answered: row.answered, total: row.total })}
        </p>
      )}
      {extending && (
        <div className="field field--short">
          <label className="field__label" htmlFor={minutesId}>
            {t('examDay.actions.minutes')}
          </label>
          <input
            id={minutesId}
            className="field__input"
            data-testid="action-minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_EXTRA_MINUTES}
            value={minutes}
            aria-invalid={minutesProblem}
            onChange={(event) => setMinutes(event.target.value)}
          />
          {minutesProblem && (
            <p className="field__problem" role="alert">
              {t('examDay.actions.minutesInvalid')}
            </p>
          )}
        </div>
      )}
      <ReasonField value={reason} onChange={setReason} showProblem={checked} />
    </ConsoleDialog>
  );
}
