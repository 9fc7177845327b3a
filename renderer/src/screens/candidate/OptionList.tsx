import { useTranslation } from 'react-i18next';
import { OPTION_LETTERS, type CbtItem } from '../../../../electron/shared/cbt';
import { BilingualText } from '../../components/BilingualText';
import { QuestionImages } from '../../components/QuestionImages';

type Props = {
  item: CbtItem;
  choice: number | null;
  labelledBy: string;
  disabled: boolean;
  onChoose: (index: number) => void;
  /** An option's image was enlarged or closed. */
  onZoom?: (open: boolean) => void;
};

/** Large buttons, one answer: pressing another option replaces the choice, as on the national CBT. */
export function OptionList({ item, choice, labelledBy, disabled, onChoose, onZoom }: Props) {
  const { t } = useTranslation();
  return (
    <div className="options" role="group" aria-labelledby={labelledBy}>
      {item.options.map((option, index) => {
        const letter = OPTION_LETTERS[index];
        const images = item.images?.options[index] ?? [];
        const button = (
          <button
            // Options never reorder within an attempt, so the position is a stable key.
            key={letter}
            type="button"
            className="option"
            data-testid="cbt-option"
            data-letter={letter}
            aria-pressed={choice === index}
            disabled={disabled}
            onClick={() => onChoose(index)}
          >
            <span className="option__letter">{letter}</span>
            <span className="option__text">
              <BilingualText value={option} />
            </span>
          </button>
        );
        if (images.length === 0) return button;
        // The option's images beside its button, not in it: a press on a picture enlarges it and chooses nothing.
        return (
          <div key={letter} className="option-group">
            {button}
            <QuestionImages images={images} label={t('bank.image.option', { letter })} onZoom={onZoom} testId="cbt-option-images" />
          </div>
        );
      })}
    </div>
  );
}
