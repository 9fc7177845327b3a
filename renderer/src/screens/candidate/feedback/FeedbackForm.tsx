import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_ITEM_COUNT, type FeedbackAnswer } from '../../../../../electron/shared/assessment';
import { FEEDBACK_ITEMS } from '../../../i18n/assessment-labels';

type Props = {
  initial: { answers: FeedbackAnswer[]; comment: string | null } | null;
  disabled: boolean;
  submitLabel: string;
  onSubmit: (answers: FeedbackAnswer[], comment: string | null) => Promise<unknown>;
  /** Shown just above the send button, inside the form (the candidate's password on their own PC). */
  beforeSubmit?: ReactNode;
};


/** FR.AK.03: the ten standard statements, Ya/Tidak with a comment each, and a general comment. */
export function FeedbackForm({ initial, disabled, submitLabel, onSubmit, beforeSubmit }: Props) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<FeedbackAnswer[]>(
    () => initial?.answers ?? Array.from({ length: FEEDBACK_ITEM_COUNT }, () => ({ agree: null, comment: '' })),
  );
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [busy, setBusy] = useState(false);
  // The statements left without Ya/Tidak at the last try: an FR.AK.03 sent blank was "saved, thank you".
  const [missing, setMissing] = useState<number[]>([]);
  const setAnswer = (index: number, patch: Partial<FeedbackAnswer>) =>
    setAnswers((prev) => prev.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unanswered = answers.flatMap((a, i) => (a.agree === null ? [i + 1] : []));
    setMissing(unanswered);
    if (unanswered.length > 0) return;
    setBusy(true);
    try {
      await onSubmit(answers, comment.trim() || null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="feedback-form">
      <div className="table-wrap">
        <table className="table form-table feedback-table">
          <thead>
            <tr>
              <th scope="col">{t('forms.number')}</th>
              <th scope="col">{t('assess.ak03.component')}</th>
              <th scope="col">{t('assess.verdict.yes')}</th>
              <th scope="col">{t('assess.verdict.no')}</th>
              <th scope="col">{t('assess.ak03.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {FEEDBACK_ITEMS.map((key, index) => (
              <tr key={key} data-testid="feedback-item">
                <td>{index + 1}</td>
                <td className="form-table__wide">{t(key)}</td>
                {([true, false] as const).map((agree) => (
                  // data-label: the column's name, shown beside the control once the row is stacked on a narrow screen.
                  <td key={String(agree)} data-label={agree ? t('assess.verdict.yes') : t('assess.verdict.no')}>
                    <input
                      type="radio"
                      name={`feedback-${index}`}
                      // The row's number too: tabbing from radio to radio, "Ya" alone does not say which statement.
                      aria-label={t('assess.ak03.verdictFor', { verdict: agree ? t('assess.verdict.yes') : t('assess.verdict.no'), number: index + 1 })}
                      data-agree={agree}
                      disabled={disabled}
                      checked={answers[index]?.agree === agree}
                      onChange={() => setAnswer(index, { agree })}
                    />
                  </td>
                ))}
                <td data-label={t('assess.ak03.comment')}>
                  <input
                    className="field__input"
                    aria-label={t('assess.ak03.commentFor', { number: index + 1 })}
                    disabled={disabled}
                    value={answers[index]?.comment ?? ''}
                    onChange={(e) => setAnswer(index, { comment: e.target.value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="field">
        <span className="field__label">{t('assess.ak03.otherComments')}</span>
        <textarea className="field__input field__textarea" disabled={disabled} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      {missing.length > 0 && (
        <p className="field__problem" role="alert" data-testid="feedback-missing">
          {t('assess.ak03.missing', { count: missing.length, list: missing.join(', ') })}
        </p>
      )}
      {beforeSubmit}
      <button type="submit" className="button button--primary" disabled={disabled || busy} data-testid="feedback-submit">
        {submitLabel}
      </button>
    </form>
  );
}
