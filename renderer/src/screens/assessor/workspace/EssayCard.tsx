import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EssayRow, ScoreInput, UnansweredScore } from '../../../../../electron/shared/assessment';
import { BilingualText } from '../../../components/BilingualText';
import { PromptText } from '../../../components/PromptText';
import { stemPictures } from '../../../components/QuestionImages';
import { ScoreButtons, VerdictButtons } from './VerdictButtons';
import { kukNumbersOf } from '../../../../../electron/shared/cbt';

type Props = {
  essay: Omit<EssayRow, 'score' | 'answer'>;
  answer: string | null;
  score: ScoreInput;
  onScore: (input: ScoreInput, persist?: boolean) => void;
  locked: boolean;
  heading: string;
  active: boolean;
  onFocus: () => void;
  /** A submitted test with this essay empty: its 0 / Tidak is shown, and stored once the assessor confirms. */
  unanswered?: UnansweredScore | null;
  /** Says why a locked card takes nothing, where no banner above says it (essays by question). */
  explainLock?: boolean;
  /** False where the page already shows the question above the cards (essays by question): not once more on each. */
  showPrompt?: boolean;
};

/** One essay answer beside its expected answer, with Ya/Tidak or 0–3 and a comment (FR.IA.06). */
export const EssayCard = forwardRef<HTMLElement, Props>(function EssayCard({ essay, answer, score, onScore, locked, heading, active, onFocus, unanswered = null, explainLock = false, showPrompt = true }, ref) {
  const { t } = useTranslation();
  return (
    <article
      ref={ref}
      className={`essay-card${active ? ' essay-card--active' : ''}`}
      tabIndex={-1}
      onFocus={onFocus}
      onClick={onFocus}
      data-testid="essay-card"
      data-item={essay.ref}
      data-active={active}
    >
      <header className="essay-card__head">
        <h3 className="essay-card__title">{heading}</h3>
        <span className="mono muted">
          {t('assess.question.kuk')} {essay.unitCode} {kukNumbersOf(essay)}
        </span>
      </header>
      {showPrompt && (
        <div className="essay-card__prompt">
          <PromptText value={essay.prompt} pictures={stemPictures(essay.stemImages ?? [], { label: t('bank.image.stem', { number: essay.number }) })} />
        </div>
      )}
      <div className="essay-card__columns">
        <div>
          <h4 className="subheading">{t('assess.question.answer')}</h4>
          {answer ? <p className="essay-card__answer" data-testid="essay-answer">{answer}</p> : <p className="muted">{t('assess.question.noAnswer')}</p>}
        </div>
        <div>
          <h4 className="subheading">{t('assess.question.expected')}</h4>
          <p className="essay-card__expected">
            <BilingualText value={essay.expected} />
          </p>
        </div>
      </div>
      {locked && explainLock && (
        <p className="muted" data-testid="essay-locked">
          {t('assess.ia06.lockedRow')}
        </p>
      )}
      {unanswered && (
        <p className="notice notice--warning essay-card__unanswered" data-testid="essay-unanswered">
          {unanswered.verdict === 'no' ? t('assess.ia06.unansweredYesNo') : t('assess.ia06.unansweredScore')}{' '}
          <button
            type="button"
            className="button button--primary button--small"
            disabled={locked}
            data-testid="essay-confirm-unanswered"
            onClick={() => onScore({ ...score, ...unanswered })}
          >
            {t('assess.ia06.confirmUnanswered')}
          </button>
        </p>
      )}
      <div className="essay-card__score">
        {essay.scoring === 'score_0_3' ? (
          <ScoreButtons
            label={t('assess.question.achievement')}
            value={score.score}
            disabled={locked}
            testId="essay-score"
            onChange={(value) => onScore({ ...score, verdict: null, score: value })}
          />
        ) : (
          <VerdictButtons
            label={t('assess.question.achievement')}
            options={['yes', 'no']}
            value={score.verdict}
            disabled={locked}
            testId="essay-verdict"
            onChange={(verdict) => onScore({ ...score, verdict, score: null })}
          />
        )}
        <label className="field field--grow">
          <span className="field__label">{t('assess.question.comment')}</span>
          <input
            className="field__input"
            disabled={locked}
            value={score.note ?? ''}
            data-testid="essay-comment"
            onChange={(e) => onScore({ ...score, note: e.target.value }, false)}
            onBlur={() => onScore(score)}
          />
        </label>
      </div>
    </article>
  );
});
