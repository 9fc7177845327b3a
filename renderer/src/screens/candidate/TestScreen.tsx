import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbtState } from '../../../../electron/shared/cbt';
import { toUiError, type UiError } from '../../api/client-errors';
import { answerCounts, emptyDraft } from '../../cbt/answers';
import type { PendingSave } from '../../cbt/pending-store';
import type { DisplayPrefs } from '../../cbt/display-prefs';
import { latestOnly } from '../../cbt/latest-only';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useClient } from '../../session/SessionProvider';
import { Countdown } from './Countdown';
import { DisplayControls } from './DisplayControls';
import { PausedPanel } from './PausedPanel';
import { QuestionGrid } from './QuestionGrid';
import { QuestionView } from './QuestionView';
import { RefusedAnswers } from './RefusedAnswers';
import { LeftWindowNotice } from './LeftWindowNotice';
import { OverallSaveState, QuestionSaveState, SaveProblem, isOffline, questionStatus } from './SaveState';
import { SignOutDialog } from './SignOutDialog';
import { SubmitDialog } from './SubmitDialog';
import { TimeAddedNotice } from './TimeAddedNotice';
import { TimeUpDialog } from './TimeUpDialog';
import { TimeWarning } from './TimeWarning';
import { isClosingError } from './closing-errors';
import { useAnswerEditor } from './use-answer-editor';
import { useHeartbeat } from './use-heartbeat';
import type { OpenedOutbox } from './use-outbox';
import { useSaveQueue } from './use-save-queue';
import { useServerClock } from './use-server-clock';
import { useSignOutGuard } from './use-sign-out-guard';
import { useTabWrap } from './use-tab-wrap';
import { useTestKeys } from './use-test-keys';

type Props = {
  state: CbtState;
  outbox: OpenedOutbox;
  onReplace: (next: CbtState) => void;
  onReload: () => void;
  prefs: DisplayPrefs;
  onPrefs: (next: DisplayPrefs) => void;
};

/** Wait between tries when the room server cannot be reached at the deadline. */
const TIME_UP_RETRY_MS = 2_000;

type Finishing = 'no' | 'submitting' | 'timeUp';

export function TestScreen({ state, outbox, onReplace, onReload, prefs, onPrefs }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const headingId = useId();
  const { items } = state;
  const [position, setPosition] = useState(() => Math.min(Math.max(0, state.position), Math.max(0, items.length - 1)));
  const [confirming, setConfirming] = useState(false);
  // An enlarged image is open: the test's keys wait until it closes.
  const [zooming, setZooming] = useState(false);
  const [finishing, setFinishing] = useState<Finishing>('no');
  const [submitError, setSubmitError] = useState<UiError | null>(null);
  const [refused, setRefused] = useState<readonly string[]>([]);
  const refusedRef = useRef<(save: PendingSave) => void>(() => {});

  const goneRef = useRef(onReload);
  const gone = useCallback(() => goneRef.current(), []);
  const clock = useServerClock(state.clock, gone);
  const { queue, snapshot } = useSaveQueue({
    store: outbox.store,
    startSeq: outbox.startSeq,
    known: outbox.known,
    serverNow: clock.serverNow,
    onSaved: (result) => {
      clock.update(result.clock);
      // Answered anew and taken: the notice no longer names that question (it stayed after the answer counted).
      if (result.stored) setRefused((ids) => (ids.includes(result.itemId) ? ids.filter((id) => id !== result.itemId) : ids));
    },
    // Time up, submitted elsewhere or session closed: the core's state says what to show now.
    onClosed: onReload,
    onRefused: (save) => refusedRef.current(save),
  });
  // No running clock any more (timed out while the link was down, say): what waits goes out first,
  // since the core still takes answers given before the deadline for a while; then the new state.
  goneRef.current = () => {
    void queue.flush().then((flushed) => {
      if (flushed.ok || isClosingError(flushed.error)) onReload();
    });
  };
  useHeartbeat({ onClock: clock.update, onGone: gone, onReachable: queue.nudge });
  const editor = useAnswerEditor(outbox.answers, queue);
  // Given during a pause: the candidate is told, and the question shows what the core holds again
  // unless the candidate has answered it anew since.
  refusedRef.current = (save) => {
    setRefused((ids) => (ids.includes(save.itemId) ? ids : [...ids, save.itemId]));
    client.call('cbt/state', {}).then(
      (fresh) => {
        const shown = editor.answers.get(save.itemId);
        if (shown && (shown.choice !== save.choice || shown.text !== save.text || shown.doubtful !== save.doubtful)) return;
        const held = fresh.answers.find((a) => a.itemId === save.itemId);
        editor.revert(held ? { itemId: held.itemId, choice: held.choice, text: held.text, doubtful: held.doubtful } : emptyDraft(save.itemId));
      },
      () => {
        // Unreachable now: the notice still names the question.
      },
    );
  };
  const signOutPrompt = useSignOutGuard(queue, editor.commitAll);
  const visit = useMemo(() => latestOnly((at: number) => client.call('cbt/visit', { position: at })), [client]);

  const item = items[position];
  const draft = item ? editor.answers.get(item.itemId) : undefined;
  const paused = clock.paused;
  const locked = finishing !== 'no' || paused;

  // The test opens (after the agreement's button) and the question comes back after a pause in place of
  // what held the focus: without this the focus fell to the page, still scrolled down the agreement, and
  // a keyboard or screen-reader user started again from the top of the page.
  const opened = useRef(false);
  // The submit question, open when the pause came, opens again with the resume and has just taken the
  // focus (a child's effect runs first): the question behind the modal must not take it from it.
  const asking = useRef(confirming);
  asking.current = confirming;
  useEffect(() => {
    if (paused) return;
    if (!opened.current) document.documentElement.scrollTop = 0;
    opened.current = true;
    if (asking.current) return;
    document.getElementById(headingId)?.focus({ preventScroll: true });
  }, [paused, headingId]);
  const counts = answerCounts(items, editor.answers);

  const goTo = (index: number) => {
    if (index < 0 || index >= items.length || index === position) return;
    if (item) editor.commit(item.itemId);
    setPosition(index);
    visit(index);
  };

  // Chosen in the question list: the keyboard follows to the question, so its options or essay box are the
  // next Tab away rather than the rest of the list (28 presses back up at 200% zoom, walk-through).
  const goFromList = (index: number) => {
    goTo(index);
    document.getElementById(headingId)?.focus();
  };

  const openConfirm = () => {
    editor.commitAll();
    setSubmitError(null);
    setConfirming(true);
  };

  const submit = async () => {
    setFinishing('submitting');
    setSubmitError(null);
    editor.commitAll();
    const flushed = await queue.flush();
    if (!flushed.ok) {
      setFinishing('no');
      if (!isClosingError(flushed.error)) setSubmitError(flushed.error);
      return;
    }
    try {
      onReplace(await client.call('cbt/submit', { confirm: true }));
    } catch (err) {
      const error = toUiError(err);
      setFinishing('no');
      if (isClosingError(error)) onReload();
      else setSubmitError(error);
    }
  };

  useTestKeys({
    enabled: !confirming && !locked && !paused && !zooming,
    onMove: (step) => goTo(position + step),
    onChoose: (index) => {
      if (item?.kind === 'multiple_choice' && index < item.options.length) editor.choose(item.itemId, index);
    },
    onDoubt: () => {
      if (item) editor.toggleDoubt(item.itemId);
    },
  });

  useTabWrap();

  useTimeUp({
    clock,
    queue,
    commitAll: editor.commitAll,
    onStart: () => {
      setConfirming(false);
      setFinishing('timeUp');
    },
    onDone: onReplace,
    onReload,
  });

  useWarnBeforeLeaving(snapshot.pending > 0 || editor.drafts.size > 0);

  // A save refused as paused, while this screen still thinks the clock runs: the pause push was missed.
  const { refresh } = clock;
  useEffect(() => {
    if (snapshot.state === 'paused' && !paused) refresh();
  }, [snapshot.state, paused, refresh]);
  // The proctor resumed: what the pause held back goes out now.
  useEffect(() => {
    if (!paused) queue.resume();
  }, [paused, queue]);
  // Paused: essay text typed before the pause goes to the queue now, stamped with when it was typed.
  const { commitAll } = editor;
  useEffect(() => {
    if (paused) commitAll();
  }, [paused, commitAll]);

  if (!item) return <ErrorMessage error={toUiError(null)} onRetry={onReload} />;

  const itemStatus = questionStatus(editor.drafts.has(item.itemId), snapshot.items.get(item.itemId), draft !== undefined);
  const last = position === items.length - 1;

  return (
    <div className="cbt-test" data-testid="cbt-test">
      <div className="cbt-bar">
        <div className="cbt-bar__who">
          <span className="cbt-bar__name" data-testid="cbt-candidate-name">
            {state.agreement.candidateName}
          </span>
          <span className="cbt-bar__no">
            {t('candidate.participantNo')} <span className="mono">{state.agreement.participantNo}</span>
          </span>
        </div>
        <OverallSaveState snapshot={snapshot} drafts={editor.drafts.size} />
        <Countdown remaining={clock.remaining} paused={clock.paused} />
      </div>

      <RefusedAnswers
        numbers={items.filter((i) => refused.includes(i.itemId)).map((i) => i.number)}
        onGo={(number) => !paused && goTo(number - 1)}
        onDismiss={() => setRefused([])}
      />
      <TimeWarning remaining={clock.remaining} paused={clock.paused} />
      <TimeAddedNotice
        remaining={clock.remaining}
        known={clock.known}
        onDismissed={() => document.getElementById(headingId)?.focus()}
      />
      <LeftWindowNotice />
      <SaveProblem snapshot={snapshot} finished={finishing !== 'no'} />
      {snapshot.lastError && snapshot.state === 'retrying' && !isOffline(snapshot) && <ErrorMessage error={snapshot.lastError} />}

      {paused ? (
        <PausedPanel />
      ) : (
        <div className="cbt-test__body">
          <QuestionView
            item={item}
            total={items.length}
            headingId={headingId}
            choice={draft?.choice ?? null}
            text={draft?.text ?? ''}
            disabled={locked}
            onChoose={(index) => editor.choose(item.itemId, index)}
            onType={(text) => editor.type(item.itemId, text)}
            onLeave={() => editor.commit(item.itemId)}
            onZoom={setZooming}
            status={itemStatus && <QuestionSaveState status={itemStatus} offline={isOffline(snapshot)} />}
          >
            <div className="question__nav">
              {/* At the first question aria-disabled, not disabled: pressed there from the second, it kept the focus,
                  which a button becoming disabled drops to the page's top. */}
              <button
                type="button"
                className="button button--secondary button--large"
                data-testid="cbt-prev"
                disabled={locked}
                aria-disabled={position === 0 || undefined}
                onClick={() => goTo(position - 1)}
              >
                <span aria-hidden="true">←</span> {t('cbt.prev')}
              </button>
              <button
                type="button"
                className="button button--doubt button--large"
                data-testid="cbt-doubt"
                aria-pressed={draft?.doubtful ?? false}
                disabled={locked}
                onClick={() => editor.toggleDoubt(item.itemId)}
              >
                <span className="toggle-dot" aria-hidden="true" />
                {t('cbt.doubt')}
              </button>
              {last ? (
                <button type="button" className="button button--primary button--large" data-testid="cbt-finish-last" disabled={locked} onClick={openConfirm}>
                  {t('cbt.finish')}
                </button>
              ) : (
                <button type="button" className="button button--primary button--large" data-testid="cbt-next" disabled={locked} onClick={() => goTo(position + 1)}>
                  {t('cbt.next')} <span aria-hidden="true">→</span>
                </button>
              )}
            </div>
          </QuestionView>

          <aside className="cbt-side">
            <QuestionGrid items={items} answers={editor.answers} position={position} onGo={goFromList} />
            <button type="button" className="button button--primary button--block" data-testid="cbt-finish" disabled={locked} onClick={openConfirm}>
              {t('cbt.finish')}
            </button>
            <DisplayControls prefs={prefs} onChange={onPrefs} />
            <p className="cbt-side__hint muted small">{t('cbt.keyboardHint')}</p>
          </aside>
        </div>
      )}

      {confirming && finishing !== 'timeUp' && !paused && (
        <SubmitDialog
          counts={counts}
          busy={finishing === 'submitting'}
          error={submitError}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {finishing === 'timeUp' && <TimeUpDialog snapshot={snapshot} />}
      {signOutPrompt && (
        <SignOutDialog
          pending={signOutPrompt.pending}
          onStay={() => {
            signOutPrompt.answer(false);
            // Back to the question: "Keluar", which opened the question, stays disabled until the answer settles.
            document.getElementById(headingId)?.focus();
          }}
          onSignOut={() => signOutPrompt.answer(true)}
        />
      )}
    </div>
  );
}

type TimeUpOptions = {
  clock: ReturnType<typeof useServerClock>;
  queue: ReturnType<typeof useSaveQueue>['queue'];
  commitAll: () => void;
  onStart: () => void;
  onDone: (next: CbtState) => void;
  onReload: () => void;
};

/**
 * At zero: ask the core whether the deadline really passed (an extension may not have reached this PC),
 * deliver every pending save, then submit. The core takes late saves for a short grace, so the last
 * answer still counts; a lost link is retried until the core answers.
 */
function useTimeUp({ clock, queue, commitAll, onStart, onDone, onReload }: TimeUpOptions): void {
  const client = useClient();
  const latest = useRef({ clock, commitAll, onStart, onDone, onReload });
  latest.current = { clock, commitAll, onStart, onDone, onReload };
  const timeUp = clock.known && clock.remaining <= 0 && !clock.paused;

  const wait = useCallback((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)), []);

  useEffect(() => {
    if (!timeUp) return;
    let live = true;
    const run = async () => {
      try {
        const fresh = await client.call('cbt/clock', {});
        if (!live) return;
        if (fresh === null) return latest.current.onReload();
        if (fresh.remainingMs > 0 && !fresh.paused) return latest.current.clock.update(fresh);
        if (fresh.paused) return latest.current.clock.update(fresh);
      } catch {
        // No answer: the local countdown is the best knowledge there is; go on.
      }
      latest.current.onStart();
      latest.current.commitAll();
      while (live) {
        const flushed = await queue.flush();
        if (flushed.ok || isClosingError(flushed.error)) break;
        await wait(TIME_UP_RETRY_MS);
      }
      while (live) {
        try {
          const next = await client.call('cbt/submit', { confirm: true });
          if (live) latest.current.onDone(next);
          return;
        } catch (err) {
          const error = toUiError(err);
          if (isClosingError(error)) return latest.current.onReload();
          await wait(TIME_UP_RETRY_MS);
        }
      }
    };
    void run();
    return () => {
      live = false;
    };
  }, [timeUp, queue, client, wait]);
}

/** The browser's own "leave this page?" while answers are not on the server yet. */
function useWarnBeforeLeaving(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
