import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ROOM_PORT, type RoomStatus } from '../../../../electron/shared/room';
import { useRun } from '../../api/use-run';
import { useLoad } from '../../api/use-load';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFocusWhenLost } from '../../components/focus-lost';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useClient } from '../../session/SessionProvider';
import { QrCode } from './QrCode';

/** The room server on the LAN: closed (this PC only) until the proctor opens it on one network card. */
export function RoomPanel() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('room/status', {});
  const today = useLoad('proctor/today', {});
  const [fresh, setFresh] = useState<RoomStatus | null>(null);
  // The room serves every session of the day, not only the console's: a lab often runs two.
  const running = today.state.status === 'ready' ? today.state.data.sessions.filter((s) => s.run && !s.run.endedAt).map((s) => s.session.code) : [];
  return (
    <Section title={t('examDay.room.title')}>
      <LoadView state={state} onRetry={reload}>
        {(loaded) => <RoomBody status={fresh ?? loaded} onStatus={setFresh} running={running} onClosing={today.reload} />}
      </LoadView>
    </Section>
  );
}

function portOk(text: string): boolean {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1024 && n <= 65535;
}

type BodyProps = { status: RoomStatus; onStatus: (status: RoomStatus) => void; running: string[]; onClosing: () => void };

function RoomBody({ status, onStatus, running, onClosing }: BodyProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [host, setHost] = useState(status.host ?? status.interfaces[0]?.address ?? '');
  const [port, setPort] = useState(String(status.port ?? DEFAULT_ROOM_PORT));
  const [checked, setChecked] = useState(false);
  const [asking, setAsking] = useState(false);
  const { busy, error, run: runTask } = useRun();
  // The question before closing takes the place of "Tutup server ruang", and the button comes back in its place:
  // the focus, which went with each to the page's top, goes to "keep it open" (the choice that cuts no PC off),
  // then back to the button.
  const keepOpen = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const question = asking && running.length > 0;
  useFocusWhenLost(question, (asked) => (asked ? keepOpen : closeButton).current?.focus());

  if (!status.available) {
    return (
      <p className="notice notice--info" data-testid="room-unavailable">
        {t('examDay.room.unavailable')}
      </p>
    );
  }

  const run = (call: () => Promise<RoomStatus>) => void runTask(async () => onStatus(await call()));

  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (!portOk(port) || !host) return;
    run(() => client.call('room/open', { host, port: Number(port) }));
  };

  if (status.open && status.url) {
    return (
      <div className="room room--open" data-testid="room-status" data-open="true">
        <p className="room__state">
          <StatusBadge tone="success">{t('examDay.room.openBadge')}</StatusBadge>
        </p>
        <div className="room__address">
          <div>
            <p className="room__url mono" data-testid="room-url">
              {status.url}
            </p>
            <p className="muted">{t('examDay.room.openNote')}</p>
            <p className="muted" data-testid="room-awake-note">
              {t('examDay.room.awakeNote')}
            </p>
          </div>
          <QrCode text={status.url} label={t('examDay.room.qr', { url: status.url })} />
        </div>
        {error && <ErrorMessage error={error} />}
        {question ? (
          // Closing cuts every lab PC off, whichever session it writes: said by name before it happens.
          <div className="notice notice--warning" role="alert" data-testid="room-close-running">
            <p className="notice__text">{t('examDay.room.closeRunning', { count: running.length, sessions: running.join(', ') })}</p>
            <div className="actions">
              <button ref={keepOpen} type="button" className="button button--secondary" data-testid="room-close-cancel" onClick={() => setAsking(false)}>
                {t('examDay.room.keepOpen')}
              </button>
              <button
                type="button"
                className="button button--danger"
                data-testid="room-close-confirm"
                disabled={busy}
                onClick={() => {
                  setAsking(false);
                  run(() => client.call('room/close', {}));
                }}
              >
                {busy ? t('examDay.room.closing') : t('examDay.room.closeAnyway')}
              </button>
            </div>
          </div>
        ) : (
          <button
            ref={closeButton}
            type="button"
            className="button button--secondary"
            data-testid="room-close"
            disabled={busy}
            onClick={() => {
              if (running.length === 0) return run(() => client.call('room/close', {}));
              // What runs may have changed since the tab opened: asked again as the question shows.
              onClosing();
              setAsking(true);
            }}
          >
            {busy ? t('examDay.room.closing') : t('examDay.room.close')}
          </button>
        )}
      </div>
    );
  }

  const portProblem = checked && !portOk(port);
  return (
    <div className="room" data-testid="room-status" data-open="false" data-interfaces={status.interfaces.length}>
      <p className="notice notice--info">{t('examDay.room.closed')}</p>
      {status.interfaces.length === 0 ? (
        <p className="notice notice--warn" data-testid="room-no-interfaces">
          {t('examDay.room.noInterfaces')}
        </p>
      ) : (
        <form className="console-form console-form--inline" onSubmit={open} noValidate>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-host`}>
              {t('examDay.room.interface')}
            </label>
            <select id={`${id}-host`} className="field__input" data-testid="room-host" value={host} onChange={(e) => setHost(e.target.value)} aria-describedby={`${id}-host-hint`}>
              {status.interfaces.map((i) => (
                <option key={`${i.name}-${i.address}`} value={i.address}>
                  {`${i.address} (${i.name})`}
                </option>
              ))}
            </select>
            <p className="field__hint" id={`${id}-host-hint`}>
              {t('examDay.room.interfaceHint')}
            </p>
          </div>
          <div className="field field--short">
            <label className="field__label" htmlFor={`${id}-port`}>
              {t('examDay.room.port')}
            </label>
            <input
              id={`${id}-port`}
              className="field__input"
              data-testid="room-port"
              type="number"
              inputMode="numeric"
              min={1024}
              max={65535}
              value={port}
              aria-invalid={portProblem}
              aria-describedby={`${id}-port-hint`}
              onChange={(e) => setPort(e.target.value)}
            />
            <p className="field__hint" id={`${id}-port-hint`}>
              {t('examDay.room.portHint', { port: DEFAULT_ROOM_PORT })}
            </p>
            {portProblem && (
              <p className="field__problem" role="alert">
                {t('examDay.room.portInvalid')}
              </p>
            )}
          </div>
          <div className="console-form__submit">
            <button type="submit" className="button button--primary" data-testid="room-open" disabled={busy}>
              {busy ? t('examDay.room.opening') : t('examDay.room.open')}
            </button>
          </div>
        </form>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
