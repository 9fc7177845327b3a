import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../api/use-load';
import { useFormat } from '../../../i18n/use-format';
import { FeedbackScreen } from './FeedbackScreen';

/** How often the receipt screen asks whether the assessor has signed the decision yet. */
export const FEEDBACK_POLL_MS = 20_000;

/**
 * The way into FR.AK.03 from the candidate's receipt screen: shown only once the assessor has signed
 * the decision (the core says when, asked again every FEEDBACK_POLL_MS), so it never distracts.
 */
export function FeedbackEntry() {
  const { t } = useTranslation();
  const f = useFormat();
  const { state, reload } = useLoad('feedback/state', {});
  const [open, setOpen] = useState(false);
  const waiting = state.status !== 'ready' || !state.data.open;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(reload, FEEDBACK_POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, reload]);
  if (state.status !== 'ready' || !state.data.open) return null;
  if (open) {
    return (
      <FeedbackScreen
        feedback={state.data}
        onDone={() => {
          setOpen(false);
          reload();
        }}
      />
    );
  }
  return (
    <div className="calm-note" data-testid="feedback-entry">
      {state.data.feedback && (
        <p className="calm-note__text" data-testid="feedback-sent">
          {/* Sent on a decision since unlocked and signed again: not the answer to this one. */}
          {state.data.feedback.onEarlierDecision ? t('assess.feedbackScreen.sentEarlier', { at: f.dateTime(state.data.feedback.savedAt) }) : t('assess.feedbackScreen.sent')}
        </p>
      )}
      <button type="button" className="button button--primary" data-testid="feedback-open" onClick={() => setOpen(true)}>
        {t('assess.feedbackScreen.open')}
      </button>
    </div>
  );
}
