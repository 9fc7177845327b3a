import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toUiError, type UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FactList } from '../../components/FactList';
import { Section } from '../../components/Section';
import { SessionFacts } from '../../components/SessionFacts';
import type { SessionSummary } from '../../../../electron/shared/types';
import { useFormat } from '../../i18n/use-format';
import type { BoardEntry } from './board-state';
import { EarlyStartDialog } from './EarlyStartDialog';
import { EndSessionDialog } from './EndSessionDialog';
import { startsEarly } from './early-start';
import { TokenDisplay } from './TokenDisplay';
import type { SessionTokenView } from './use-session-token';
import { ResultsExported, type ResultsExport } from './ResultsExported';
import { focusLost } from '../../components/focus-lost';

type Props = {
  session: SessionSummary;
  /** Written for the LSP since the session closed: the closed panel says so instead of asking for it. */
  resultsExport: ResultsExport | null;
  token: SessionTokenView;
  startedAt: string | null;
  endedAt: string | null;
  /** The live board, for the closing dialog's who-is-still-working lists; null while it loads. */
  rows: readonly BoardEntry[] | null;
  onRunChanged: () => void;
  /** The room server is unreachable: the token shown is the last one heard. */
  stale?: boolean;
};

/** Start (release the token), show and rotate the token, and close the session at the end of the day. */
export function SessionPanel({ session, resultsExport, token, startedAt, endedAt, rows, onRunChanged, stale = false }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [busy, setBusy] = useState<'start' | 'rotate' | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [ending, setEnding] = useState(false);
  /** The server's time when the proctor asked to start well before the planned start; null when not asking. */
  const [earlyAt, setEarlyAt] = useState<string | null>(null);
  const state = token.reading?.state ?? null;
  // Starting and closing replace the buttons pressed (and the dialog's opener) with what the session is now:
  // the focus, dropped to the top of the page with them, goes to the token or to the closed notice instead.
  const running = useRef<HTMLDivElement>(null);
  const ended = useRef<HTMLDivElement>(null);
  const lastStatus = useRef(state?.status ?? null);
  useLayoutEffect(() => {
    const status = state?.status ?? null;
    const changed = status !== null && lastStatus.current !== null && status !== lastStatus.current;
    if (status !== null) lastStatus.current = status;
    if (!changed || !focusLost()) return;
    (status === 'running' ? running : ended).current?.focus();
  });

  const run = (which: 'start' | 'rotate', action: () => Promise<void>) => {
    setBusy(which);
    setError(null);
    action().then(
      () => {
        setBusy(null);
        setEarlyAt(null);
        if (which === 'start') onRunChanged();
      },
      (err: unknown) => {
        setError(toUiError(err));
        setBusy(null);
      },
    );
  };

  // The planned start is compared with the server's clock, not this PC's, which may keep bad time.
  const askStart = () => {
    const nowMs = Date.now() + (token.reading?.offsetMs ?? 0);
    if (startsEarly(session.date, session.startTime, nowMs)) setEarlyAt(new Date(nowMs).toISOString());
    else run('start', token.start);
  };

  return (
    <Section title={t('examDay.session.title')}>
      <SessionFacts session={session} />
      {token.error && <ErrorMessage error={token.error} onRetry={token.reload} />}
      {error && <ErrorMessage error={error} />}
      {/* A cancelled session is never released: SessionFacts says why. */}
      {state?.status === 'not_started' && !session.cancellation && (
        <div className="session-start">
          <p className="calm-note__text">{t('examDay.session.notStarted')}</p>
          <button
            type="button"
            className="button button--primary button--large"
            data-testid="session-start"
            aria-disabled={busy !== null || undefined}
            onClick={() => busy === null && askStart()}
          >
            {busy === 'start' ? t('examDay.session.starting') : t('examDay.session.start')}
          </button>
        </div>
      )}
      {state?.status === 'running' && token.reading && (
        <div className="session-running" ref={running} tabIndex={-1} data-testid="session-running">
          <TokenDisplay reading={token.reading} stale={stale} />
          <div className="session-running__side">
            <p className="muted">{t('examDay.session.rotateEvery', { count: state.rotateMinutes })}</p>
            {state.issuedAt && <p className="muted">{t('examDay.session.issuedAt', { time: f.timeOfDay(state.issuedAt) })}</p>}
            <div className="console-form__row">
              {/* aria-disabled while it rotates, not disabled: a focused button that becomes disabled drops the focus to the page's top. */}
              <button
                type="button"
                className="button button--secondary"
                data-testid="token-rotate"
                aria-disabled={busy !== null || undefined}
                onClick={() => busy === null && run('rotate', token.rotate)}
              >
                {busy === 'rotate' ? t('examDay.session.rotating') : t('examDay.session.rotateNow')}
              </button>
              <button type="button" className="button button--danger-outline" data-testid="session-end" onClick={() => setEnding(true)}>
                {t('examDay.session.end')}
              </button>
            </div>
          </div>
        </div>
      )}
      {state?.status === 'ended' && (
        <div className="notice notice--info" ref={ended} tabIndex={-1} data-testid="session-ended">
          <p className="notice__text">{t('examDay.session.ended')}</p>
          {/* What the day still asks of the proctor: the closed console said only that it was closed. */}
          {!resultsExport && (
            <p className="notice__text" data-testid="session-ended-next">
              {t('examDay.session.endedNext')} <a href="#/bundles">{t('bundles.link')}</a>.
            </p>
          )}
        </div>
      )}
      {state?.status === 'ended' && resultsExport && <ResultsExported exported={resultsExport} />}
      {(startedAt || endedAt) && (
        <div className="session-times">
          <FactList
            layout="inline"
            facts={[
              ...(startedAt ? [{ key: 'started', label: t('examDay.session.startedAt'), value: f.dateTime(startedAt) }] : []),
              ...(endedAt ? [{ key: 'ended', label: t('examDay.session.endedAt'), value: f.dateTime(endedAt) }] : []),
            ]}
          />
        </div>
      )}
      {earlyAt && (
        <EarlyStartDialog
          session={session}
          nowIso={earlyAt}
          busy={busy === 'start'}
          error={error}
          onStart={() => run('start', token.start)}
          onCancel={() => {
            setEarlyAt(null);
            setError(null);
          }}
        />
      )}
      {ending && (
        <EndSessionDialog
          rows={rows}
          onEnd={token.end}
          onDone={() => {
            setEnding(false);
            onRunChanged();
          }}
          onCancel={() => setEnding(false)}
        />
      )}
    </Section>
  );
}
