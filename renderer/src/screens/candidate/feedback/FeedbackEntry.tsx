import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../api/use-load';
import { FeedbackScreen } from './FeedbackScreen';

/**
 * The way into FR.AK.03 from the candidate's screen: shown only once the assessor has signed the
 * decision (the core says when), so it never distracts during the test.
 */
export function FeedbackEntry() {
  const { t } = useTranslation();
  const { state, reload } = useLoad('feedback/state', {});
  const [open, setOpen] = useState(false);
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
