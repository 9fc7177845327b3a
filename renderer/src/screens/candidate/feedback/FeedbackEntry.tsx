import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../api/use-load';
import { FeedbackScreen } from './FeedbackScreen';

/** How often the receipt screen asks whether the assessor has signed the decision yet. */
export const FEEDBACK_POLL_MS = 20_000;

/**
 * The way into FR.AK.03 from the candidate's receipt screen: shown only once the assessor has signed
 * the decision (the core says when, asked again every FEEDBACK_POLL_MS), so it never distracts.
 */
export function FeedbackEntry() {
  const { t } = useTranslation();
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
      {state.data.feedback && <p className="calm-note__text">{t('assess.feedbackScreen.sent')}</p>}
      <button type="button" className="button button--primary" data-testid="feedback-open" onClick={() => setOpen(true)}>
        {t('assess.feedbackScreen.open')}
      </button>
    </div>
  );
}
