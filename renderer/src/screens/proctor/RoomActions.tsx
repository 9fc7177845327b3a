import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../../../electron/shared/exam-day';
import type { Client } from '../../api/client';
import { useRun } from '../../api/use-run';
import type { TranslationKey } from '../../i18n/keys';
import { useClient } from '../../session/SessionProvider';
import { DEFAULT_EXTRA_MINUTES, MAX_EXTRA_MINUTES } from './candidate-actions';
import { ConsoleDialog } from '../../components/ConsoleDialog';
import { ReasonField, reasonOk } from './ReasonField';

export const ROOM_ACTIONS = ['pauseAll', 'resumeAll', 'extendAll', 'markAllAbsent', 'unlockAll'] as const;
export type RoomAction = (typeof ROOM_ACTIONS)[number];

const NAME = {
  pauseAll: 'examDay.roomWide.names.pauseAll',
  resumeAll: 'examDay.roomWide.names.resumeAll',
  extendAll: 'examDay.roomWide.names.extendAll',
  markAllAbsent: 'examDay.roomWide.names.markAllAbsent',
  unlockAll: 'examDay.roomWide.names.unlockAll',
} as const satisfies Record<RoomAction, TranslationKey>;

const TITLE = {
  pauseAll: 'examDay.roomWide.titles.pauseAll',
  resumeAll: 'examDay.roomWide.titles.resumeAll',
  extendAll: 'examDay.roomWide.titles.extendAll',
  markAllAbsent: 'examDay.roomWide.titles.markAllAbsent',
  unlockAll: 'examDay.roomWide.titles.unlockAll',
} as const satisfies Record<RoomAction, TranslationKey>;

const HELP = {
  pauseAll: 'examDay.roomWide.helps.pauseAll',
  resumeAll: 'examDay.roomWide.helps.resumeAll',
  extendAll: 'examDay.roomWide.helps.extendAll',
  markAllAbsent: 'examDay.roomWide.helps.markAllAbsent',
  unlockAll: 'examDay.roomWide.helps.unlockAll',
} as const satisfies Record<RoomAction, TranslationKey>;

/**
 * Who an action would change as the board shows it now: only to tell the proctor before they confirm.
 * The core decides again in its transaction and answers with whom it changed.
 */
export function roomActionTargets(action: RoomAction, rows: readonly BoardRow[]): BoardRow[] {
  switch (action) {
    case 'pauseAll':
      return rows.filter((r) => r.phase === 'test');
    case 'resumeAll':
      return rows.filter((r) => r.phase === 'paused');
    case 'extendAll':
      return rows.filter((r) => r.phase === 'test' || r.phase === 'paused');
    case 'markAllAbsent':
      return rows.filter((r) => r.attendanceStatus === 'not_recorded');
    case 'unlockAll':
      return rows.filter((r) => r.locked);
  }
}

async function runRoomAction(client: Client, action: RoomAction, input: { sessionId: string; reason: string; minutes: number }): Promise<number> {
  const room = { sessionId: input.sessionId, reason: input.reason };
  const result =
    action === 'extendAll'
      ? await client.call('exam/extendAll', { ...room, minutes: input.minutes })
      : await client.call(`exam/${action}`, room);
  return result.candidateIds.length;
}

type Props = { sessionId: string; rows: readonly BoardRow[] };

/** The console's room-wide buttons (a power cut, the door closed), each behind a dialog that asks why. */
export function RoomActions({ sessionId, rows }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<RoomAction | null>(null);
  const [done, setDone] = useState<{ action: RoomAction; count: number } | null>(null);
  const titleId = useId();
  return (
    <section className="room-actions" aria-labelledby={titleId} data-testid="room-actions">
      <h3 className="room-actions__title" id={titleId}>
        {t('examDay.roomWide.title')}
      </h3>
      <p className="muted small">{t('examDay.roomWide.help')}</p>
      <div className="room-actions__buttons">
        {ROOM_ACTIONS.map((action) => (
          <button
            key={action}
            type="button"
            className="button button--small button--secondary"
            data-testid={`room-${action}`}
            onClick={() => {
              setDone(null);
              setOpen(action);
            }}
          >
            {t(NAME[action])}
          </button>
        ))}
      </div>
      <div role="status" className="status-slot">
        {done && <Done key={`${done.action}-${done.count}`} text={t('examDay.roomWide.done', { action: t(NAME[done.action]), count: done.count })} />}
      </div>
      {open && (
        <RoomActionDialog
          sessionId={sessionId}
          action={open}
          targets={roomActionTargets(open, rows)}
          onDone={(count) => {
            setDone({ action: open, count });
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}

function Done({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} tabIndex={-1} className="notice notice--success" data-testid="room-action-done">
      {text}
    </p>
  );
}

type DialogProps = { sessionId: string; action: RoomAction; targets: BoardRow[]; onDone: (count: number) => void; onCancel: () => void };

function RoomActionDialog({ sessionId, action, targets, onDone, onCancel }: DialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const minutesId = useId();
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState(String(DEFAULT_EXTRA_MINUTES));
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useRun();
  const extending = action === 'extendAll';
  const minutesValid = Number.isInteger(Number(minutes)) && Number(minutes) >= 1 && Number(minutes) <= MAX_EXTRA_MINUTES;

  const submit = () => {
    setChecked(true);
    if (!reasonOk(reason) || (extending && !minutesValid)) return;
    void run(async () => onDone(await runRoomAction(client, action, { sessionId, reason: reason.trim(), minutes: Number(minutes) })));
  };

  return (
    <ConsoleDialog
      title={t(TITLE[action])}
      confirmLabel={t(NAME[action])}
      tone={action === 'markAllAbsent' || action === 'pauseAll' ? 'danger' : 'normal'}
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
      testId={`room-dialog-${action}`}
    >
      <p>{t(HELP[action])}</p>
      <p data-testid="room-dialog-count" data-count={targets.length}>
        <strong>{targets.length === 0 ? t('examDay.roomWide.none') : t('examDay.roomWide.affected', { count: targets.length })}</strong>
      </p>
      {targets.length > 0 && (
        <p className="muted small" data-testid="room-dialog-names">
          {targets.map((r) => r.name).join(', ')}
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
            aria-invalid={checked && !minutesValid}
            onChange={(event) => setMinutes(event.target.value)}
          />
          {checked && !minutesValid && (
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
