import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APL02_RECOMMENDATIONS, type AplDetail, type Apl02Recommendation } from '../../../../../electron/shared/scheduling';
import { useRun } from '../../../api/use-run';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { fieldErrorsOf } from '../../registry/field-errors';
import { RecordForm } from '../../registry/RecordForm';
import { RegistryField } from '../../registry/RegistryField';
import { RECOMMENDATION_LABEL } from '../labels';
import { formRound } from './apl-route';

/** The assessor's review of FR.APL.02: asesmen dapat dilanjutkan / tidak; LSP staff see it, the assessor makes it. */
export function Apl02Review({ detail, canReview, onSaved }: { detail: AplDetail; canReview: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const review = detail.apl02.review;
  return (
    <div data-testid="apl02-review">
      <h3 className="subheading">{t('schedulingScreens.apl02.review')}</h3>
      <p data-testid="apl02-review-state">
        {review ? (
          <>
            <StatusBadge tone={review.recommendation === 'proceed' ? 'success' : 'danger'}>{t(RECOMMENDATION_LABEL[review.recommendation])}</StatusBadge>{' '}
            {t('schedulingScreens.apl02.reviewedBy', { by: review.assessorName, met: review.metNumber, at: f.dateTime(review.at) })}
            {review.note ? ` · ${review.note}` : ''}
          </>
        ) : (
          t('schedulingScreens.apl02.unreviewed')
        )}
      </p>
      {canReview && detail.apl02.complete && <ReviewForm key={review?.at ?? 'none'} detail={detail} onSaved={onSaved} />}
      {canReview && !detail.apl02.complete && <p className="empty">{t('schedulingScreens.apl02.incompleteForReview')}</p>}
    </div>
  );
}

function ReviewForm({ detail, onSaved }: { detail: AplDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const choiceId = useId();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [recommendation, setRecommendation] = useState<Apl02Recommendation>(detail.apl02.review?.recommendation ?? 'proceed');
  const [note, setNote] = useState(detail.apl02.review?.note ?? '');
  const unsaved = useUnsavedChanges({ recommendation, note });
  const submit = () => {
    setSaved(false);
    const sent = { recommendation, note };
    void run(async () => {
      await client.call('apl/reviewSelfAssessment', { candidateId: detail.candidate.id, schemeId: detail.scheme.id, ...formRound(detail), recommendation, note: note.trim() || null });
      unsaved.markSaved(sent);
      setSaved(true);
      onSaved();
    });
  };
  return (
    <RecordForm isNew={false} busy={busy} error={error} saved={saved} onSubmit={submit} testId="apl02-review-form" submitLabel={t('schedulingScreens.apl02.submitReview')} savedText={t('schedulingScreens.apl02.reviewed')}>
      <div className="field">
        <label className="field__label" htmlFor={choiceId}>
          {t('schedulingScreens.apl02.recommendation')}
        </label>
        <select
          id={choiceId}
          className="field__input"
          data-testid="field-recommendation"
          value={recommendation}
          onChange={(event) => setRecommendation(APL02_RECOMMENDATIONS.find((r) => r === event.target.value) ?? 'proceed')}
        >
          {APL02_RECOMMENDATIONS.map((r) => (
            <option key={r} value={r}>
              {t(RECOMMENDATION_LABEL[r])}
            </option>
          ))}
        </select>
      </div>
      <RegistryField name="note" label={t('schedulingScreens.note')} value={note} onChange={setNote} errors={fieldErrorsOf(error)} optional className="registry-form__wide" />
    </RecordForm>
  );
}
