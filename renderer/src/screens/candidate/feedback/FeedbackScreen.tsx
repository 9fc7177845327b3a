import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateFeedback } from '../../../../../electron/shared/assessment';
import { toUiError, type UiError } from '../../../api/client-errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Section } from '../../../components/Section';
import { useClient } from '../../../session/SessionProvider';
import { FeedbackForm } from './FeedbackForm';

type Props = { feedback: CandidateFeedback; onDone: () => void };

/** FR.AK.03 on the candidate's own PC: the ten statements about how the assessment went. */
export function FeedbackScreen({ feedback, onDone }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const seq = useRef(feedback.feedback?.seq ?? 0);
  const [error, setError] = useState<UiError | null>(null);
  return (
    <Section
      title={t('assess.feedbackScreen.title')}
      actions={
        <button type="button" className="button button--secondary button--small" onClick={onDone}>
          {t('assess.feedbackScreen.back')}
        </button>
      }
    >
      <div data-testid="candidate-feedback">
        <p>{t('assess.feedbackScreen.intro')}</p>
        {error && <ErrorMessage error={error} />}
        <FeedbackForm
          initial={feedback.feedback}
          disabled={false}
          submitLabel={t('assess.feedbackScreen.submit')}
          onSubmit={async (answers, comment) => {
            setError(null);
            try {
              seq.current += 1;
              await client.call('feedback/submit', { seq: seq.current, answers, comment });
              onDone();
            } catch (err) {
              setError(toUiError(err));
            }
          }}
        />
      </div>
    </Section>
  );
}
