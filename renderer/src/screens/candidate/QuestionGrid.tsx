import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { OPTION_LETTERS, type CbtItem } from '../../../../electron/shared/cbt';
import { markOf, type Answers } from '../../cbt/answers';
import type { AnswerDraft } from '../../cbt/pending-store';
import { MARK_LABEL } from './labels';

type Props = { items: readonly CbtItem[]; answers: Answers; position: number; onGo: (index: number) => void };

const LEGEND = ['answered', 'doubtful', 'unanswered', 'current'] as const;

/** The chosen letter, a tick for a written essay, or nothing. */
function signOf(draft: AnswerDraft | undefined): string {
  if (!draft) return '';
  if (draft.choice !== null) return OPTION_LETTERS[draft.choice] ?? '';
  return (draft.text ?? '').trim() ? '✓' : '';
}

type CellLabel = { number: number; letter: string; state: string; current: boolean };

/**
 * The square's name holds what it shows, the number and then the chosen letter ("Soal 1, C: …"): a
 * speech-input user says what they see (WCAG 2.5.3) and a screen reader hears the letter too. The
 * space between the two spans keeps them two words, as they are seen.
 */
function cellLabel(t: TFunction, { number, letter, state, current }: CellLabel): string {
  if (letter) return current ? t('cbt.gridCellAnsweredCurrent', { number, letter, state }) : t('cbt.gridCellAnswered', { number, letter, state });
  return current ? t('cbt.gridCellCurrent', { number, state }) : t('cbt.gridCell', { number, state });
}

/**
 * The numbered squares of UNBK/ANBK. Colour is backed by shape and text: an answered square shows the
 * chosen letter (or a tick for an essay), a ragu-ragu one a folded corner, the current one a thick frame.
 */
export function QuestionGrid({ items, answers, position, onGo }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <nav className="qgrid-panel" aria-labelledby={headingId}>
      <h2 className="qgrid-panel__title" id={headingId}>
        {t('cbt.gridTitle')}
      </h2>
      <ol className="qgrid">
        {items.map((item, index) => {
          const draft = answers.get(item.itemId);
          const mark = markOf(draft);
          const current = index === position;
          const state = t(MARK_LABEL[mark]);
          const sign = signOf(draft);
          return (
            <li key={item.itemId}>
              <button
                type="button"
                className="qgrid__cell"
                data-testid="cbt-grid-cell"
                data-state={mark}
                data-current={current}
                data-kind={item.kind}
                aria-current={current ? 'step' : undefined}
                aria-label={cellLabel(t, { number: item.number, letter: draft?.choice != null ? sign : '', state, current })}
                onClick={() => onGo(index)}
              >
                <span className="qgrid__number">{item.number}</span>{' '}
                <span className="qgrid__sign" aria-hidden="true">
                  {sign}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="qgrid-legend">
        {LEGEND.map((kind) => (
          <li key={kind} className="qgrid-legend__item">
            <span className="qgrid__cell qgrid__cell--sample" data-state={kind === 'current' ? 'unanswered' : kind} data-current={kind === 'current'} aria-hidden="true" />
            {t(MARK_LABEL[kind])}
          </li>
        ))}
      </ul>
    </nav>
  );
}
