import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateFeedback } from '../../../../../electron/shared/assessment';
import { toUiError, type UiError } from '../../../api/client-errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Section } from '../../../components/Section';
import { useClient } from '../../../session/SessionProvider';
import { FeedbackForm } from './FeedbackForm';

type Props = { feedback: CandidateFeedback; onDone: () => void };

/**
 * FR.AK.03 on the candidate's own PC: the ten statements about how the assessment went, sent with the
 * candidate's password. The receipt screen stays signed in for the exam day on a lab PC the candidate may
 * have left; the password is what makes the feedback theirs rather than whoever sat down next.
 */
export function FeedbackScreen({ feedback, onDone }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const seq = useRef(feedback.feedback?.seq ?? 0);
  const [error, setError] = useState<UiError | null>(null);
  const [password, setPassword] = useState('');
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
          beforeSubmit={
            <label className="field">
              <span className="field__label">{t('assess.feedbackScreen.password')}</span>
              <input
                className="field__input"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                data-testid="feedback-password"
                onChange={(e) => setPassword(e.target.value)}
              />
              <span className="field__hint">{t('assess.feedbackScreen.passwordHint')}</span>
            </label>
          }
          onSubmit={async (answers, comment) => {
            setError(null);
            try {
              seq.current += 1;
              await client.call('feedback/submit', { seq: seq.current, answers, comment, password });
              onDone();
            } catch (err) {
              setPassword('');
              setError(toUiError(err));
            }
          }}
        />
      </div>
    </Section>
  );
}
