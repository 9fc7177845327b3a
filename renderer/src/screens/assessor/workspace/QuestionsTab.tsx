import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../../../electron/shared/assessment';
import { BilingualText } from '../../../components/BilingualText';
import { PromptText } from '../../../components/PromptText';
import { stemPictures } from '../../../components/QuestionImages';
import { VerdictButtons } from './VerdictButtons';
import { QuestionRef } from './QuestionRef';
import type { useScores } from './use-scores';
import { kukNumbersOf } from '../../../../../electron/shared/cbt';

type Props = { ws: Workspace; scores: ReturnType<typeof useScores>; instrument: 'oral' | 'supporting' };

/**
 * FR.IA.07 (oral: the assessor types a summary of the answer) and FR.IA.03 (supporting observation:
 * the candidate's response): question, expected answer, what was said, Ya/Tidak.
 */
export function QuestionsTab({ ws, scores, instrument }: Props) {
  const { t } = useTranslation();
  const rows = instrument === 'oral' ? ws.oral : ws.supporting;
  const responseLabel = instrument === 'oral' ? t('assess.question.summary') : t('assess.question.response');
  return (
    <table className="table form-table" data-testid={`questions-${instrument}`}>
      <thead>
        <tr>
          <th scope="col">{t('assess.question.number')}</th>
          <th scope="col">{t('assess.question.prompt')}</th>
          <th scope="col">{responseLabel}</th>
          <th scope="col">{t('assess.question.achievement')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((q) => {
          const score = scores.get(instrument, q.itemId);
          return (
            <tr key={q.itemId} data-testid="question-row" data-item={q.ref}>
              <td>
                {q.number} <QuestionRef value={q.ref} />
                <br />
                <span className="mono muted">{kukNumbersOf(q)}</span>
              </td>
              <td className="form-table__wide">
                {/* A div: the text's tables and pictures are blocks, which a paragraph may not hold. */}
                <div>
                  <PromptText value={q.prompt} pictures={stemPictures(q.stemImages ?? [], { label: t('bank.image.stem', { number: q.number }) })} />
                </div>
                <p className="expected-answer">
                  <span className="expected-answer__label">{t('assess.question.expected')}</span>
                  <BilingualText value={q.expected} />
                </p>
              </td>
              <td className="form-table__wide">
                <textarea
                  className="field__input field__textarea"
                  aria-label={responseLabel}
                  disabled={scores.locked}
                  value={score.response ?? ''}
                  data-testid="question-response"
                  onChange={(e) => scores.set({ ...score, response: e.target.value }, false)}
                  onBlur={() => scores.set(score)}
                />
              </td>
              <td>
                <VerdictButtons
                  label={t('assess.question.achievement')}
                  options={['yes', 'no']}
                  value={score.verdict}
                  disabled={scores.locked}
                  testId="question-verdict"
                  onChange={(verdict) => scores.set({ ...score, verdict })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
