import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../../../electron/shared/assessment';
import { useClient } from '../../../session/SessionProvider';
import { FeedbackForm } from '../../candidate/feedback/FeedbackForm';
import { EarlierDecisionNote } from '../../print/RecordForms';
import type { Saver } from './use-saver';

type Props = { ws: Workspace; saver: Saver; reload: () => void };

/** FR.AK.03 as the assessor sees it: what the candidate gave, or entry on their behalf (recorded as such). */
export function FeedbackTab({ ws, saver, reload }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  if (!ws.signature) return <p className="notice">{t('assess.ak03.notOpen')}</p>;
  const byCandidate = ws.feedback?.enteredBy === 'candidate';
  return (
    <div data-testid="ak03-tab">
      <p className="muted">{t('assess.ak03.intro')}</p>
      {ws.feedback && (
        <p className="notice" data-testid="feedback-entered-by" data-by={ws.feedback.enteredBy}>
          {byCandidate ? t('assess.ak03.enteredByCandidate') : t('assess.ak03.enteredByAssessor')}
        </p>
      )}
      <EarlierDecisionNote ws={ws} className="notice notice--warning" />
      <FeedbackForm
        initial={ws.feedback}
        disabled={byCandidate}
        submitLabel={t('assess.ak03.onBehalf')}
        onSubmit={(answers, comment) =>
          saver
            .save((seq) => client.call('assessment/feedback', { sessionId: ws.header.sessionId, candidateId: ws.candidate.candidateId, seq, answers, comment }))
            .then((ok) => ok && reload())
        }
      />
    </div>
  );
}
