import { OPTION_LETTERS, type CbtItem } from '../../../../electron/shared/cbt';
import { BilingualText } from '../../components/BilingualText';

type Props = { item: CbtItem; choice: number | null; labelledBy: string; disabled: boolean; onChoose: (index: number) => void };

/** Large buttons, one answer: pressing another option replaces the choice, as on the national CBT. */
export function OptionList({ item, choice, labelledBy, disabled, onChoose }: Props) {
  return (
    <div className="options" role="group" aria-labelledby={labelledBy}>
      {item.options.map((option, index) => {
        const letter = OPTION_LETTERS[index];
        return (
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
      })}
    </div>
  );
}
