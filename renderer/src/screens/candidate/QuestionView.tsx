import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbtItem } from '../../../../electron/shared/cbt';
import { PromptText } from '../../components/PromptText';
import { stemPictures } from '../../components/QuestionImages';
import { INSTRUMENT_KIND_LABEL } from '../../i18n/domain-labels';
import { EssayAnswer } from './EssayAnswer';
import { OptionList } from './OptionList';

type Props = {
  item: CbtItem;
  total: number;
  headingId: string;
  choice: number | null;
  text: string;
  disabled: boolean;
  onChoose: (index: number) => void;
  onType: (text: string) => void;
  onLeave: () => void;
  onZoom?: (open: boolean) => void;
  /** Beside the heading: the question's save state on the test screen. */
  status?: ReactNode;
  /** Below the answer: the test's buttons. */
  children?: ReactNode;
};

/**
 * One question as the candidate sees it: number, kind, stem, images, and the options or the essay box.
 * The test screen and the question bank's preview both show this, so the preview is the real thing.
 */
export function QuestionView({ item, total, headingId, choice, text, disabled, onChoose, onType, onLeave, onZoom, status, children }: Props) {
  const { t } = useTranslation();
  return (
    <section
      className="question"
      data-testid="cbt-question"
      data-number={item.number}
      data-item-id={item.itemId}
      data-kind={item.kind}
      aria-labelledby={headingId}
    >
      <header className="question__head">
        {/* Focusable from code only: the test screen puts the keyboard here when it opens and after a pause. */}
        <h1 className="question__number" id={headingId} tabIndex={-1}>
          {t('cbt.question', { number: item.number })}
        </h1>
        <span className="question__kind muted">
          {t(INSTRUMENT_KIND_LABEL[item.kind])} · {t('cbt.questionOf', { number: item.number, total })}
        </span>
        {status}
      </header>
      <div className="question__prompt" data-testid="cbt-prompt">
        {/* Keyed by the question: an enlarged picture of the last one does not stay open on this one. */}
        <PromptText
          key={item.itemId}
          value={item.prompt}
          pictures={item.images ? stemPictures(item.images.stem, { label: t('bank.image.stem', { number: item.number }), onZoom, testId: 'cbt-stem-images' }) : undefined}
        />
      </div>
      {item.kind === 'multiple_choice' ? (
        <OptionList item={item} choice={choice} labelledBy={headingId} disabled={disabled} onChoose={onChoose} onZoom={onZoom} />
      ) : (
        <EssayAnswer key={item.itemId} text={text} disabled={disabled} onChange={onType} onLeave={onLeave} />
      )}
      {children}
    </section>
  );
}
