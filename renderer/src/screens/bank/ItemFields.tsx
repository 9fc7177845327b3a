import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTION_LETTERS } from '../../../../electron/shared/cbt';
import { OPTIONS_MAX } from '../../../../electron/shared/bank';
import { optionNamingOthers } from '../../../../electron/shared/option-references';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { DIMENSIONS } from '../../../../electron/shared/types';
import type { FieldErrors } from '../registry/field-errors';
import { RegistryField } from '../registry/RegistryField';
import { problemUnder } from './bank-field-errors';
import { BilingualFields } from './BilingualFields';
import type { ItemDraft, OptionDraft } from './item-draft';
import { KukPicker } from './KukPicker';
import { DIMENSION_LABEL } from './labels';

type Props = { scheme: SchemeDetail; draft: ItemDraft; onChange: (draft: ItemDraft) => void; errors: FieldErrors; disabled: boolean };

/** A question's fields for its kind: the stem, options and key or the expected answer and guide, KUK, dimensions, tags. */
export function ItemFields({ scheme, draft, onChange, errors, disabled }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ItemDraft>(key: K) => (value: ItemDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <>
      <RegistryField name="ref" label={t('bankScreens.item.ref')} hint={t('bankScreens.item.refHint')} value={draft.ref} onChange={set('ref')} errors={errors} optional mono />
      <BilingualFields
        name="prompt"
        label={draft.kind === 'multiple_choice' ? t('bankScreens.item.stem') : t('bankScreens.item.prompt')}
        value={draft.prompt}
        onChange={set('prompt')}
        errors={errors}
        hint={t('bankScreens.item.promptHint')}
        rows={4}
        disabled={disabled}
      />
      {draft.kind === 'multiple_choice' && (
        <OptionsEditor
          options={draft.options}
          onChange={set('options')}
          inOrder={draft.optionsInOrder}
          onInOrderChange={set('optionsInOrder')}
          errors={errors}
          disabled={disabled}
        />
      )}
      {draft.kind !== 'multiple_choice' && (
        <BilingualFields name="expected" label={t('bankScreens.item.expected')} value={draft.expected} onChange={set('expected')} errors={errors} optional disabled={disabled} />
      )}
      {draft.kind === 'essay' && (
        <>
          <BilingualFields name="guide" label={t('bankScreens.item.guide')} value={draft.guide} onChange={set('guide')} errors={errors} optional disabled={disabled} />
          <ScoringChoice value={draft.scoring} onChange={set('scoring')} disabled={disabled} />
        </>
      )}
      <KukPicker scheme={scheme} value={draft.kukIds} onChange={set('kukIds')} errors={errors} disabled={disabled} />
      <fieldset className="bank-dimensions" disabled={disabled} data-testid="field-dimensions">
        <legend className="field__label">{t('bankScreens.item.dimensions')}</legend>
        {DIMENSIONS.map((dimension) => (
          <label key={dimension} className="bank-check">
            <input
              type="checkbox"
              data-testid={`dimension-${dimension}`}
              checked={draft.dimensions.includes(dimension)}
              onChange={(event) => set('dimensions')(event.target.checked ? [...draft.dimensions, dimension] : draft.dimensions.filter((d) => d !== dimension))}
            />{' '}
            {t(DIMENSION_LABEL[dimension])}
          </label>
        ))}
      </fieldset>
      <RegistryField name="tags" label={t('bankScreens.item.tags')} hint={t('bankScreens.item.tagsHint')} value={draft.tags} onChange={set('tags')} errors={tagErrors(errors)} optional />
    </>
  );
}

/** `tags.3` names a tag by its place in the list; the one input shows the first such problem. */
function tagErrors(errors: FieldErrors): FieldErrors {
  const problem = problemUnder(errors, 'tags');
  return problem ? new Map([['tags', problem]]) : errors;
}

function ScoringChoice({ value, onChange, disabled }: { value: ItemDraft['scoring']; onChange: (value: ItemDraft['scoring']) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="bank-scoring" disabled={disabled}>
      <legend className="field__label">{t('bankScreens.item.scoring')}</legend>
      {(['yes_no', 'score_0_3'] as const).map((scoring) => (
        <label key={scoring} className="bank-check">
          <input type="radio" name="bank-scoring" data-testid={`scoring-${scoring}`} checked={value === scoring} onChange={() => onChange(scoring)} />{' '}
          {scoring === 'yes_no' ? t('bankScreens.item.scoringYesNo') : t('bankScreens.item.scoring03')}
        </label>
      ))}
    </fieldset>
  );
}

type OptionsProps = {
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  inOrder: boolean;
  onInOrderChange: (inOrder: boolean) => void;
  errors: FieldErrors;
  disabled: boolean;
};

/** Options A–E, each in both languages, one marked as the key (a radio: the core takes exactly one). */
function OptionsEditor({ options, onChange, inOrder, onInOrderChange, errors, disabled }: OptionsProps) {
  const { t } = useTranslation();
  const name = useId();
  const problem = errors.get('options');
  const setAt = (index: number, next: OptionDraft) => onChange(options.map((o, i) => (i === index ? next : o)));
  // Options are shuffled for each candidate unless kept in order: "A dan B benar" or "semua di atas" would point at other options.
  const namingOthers = optionNamingOthers(options.map((o) => ({ id: o.id, en: o.en || null })));
  return (
    <fieldset className="bank-options" disabled={disabled} data-testid="field-options">
      <legend className="field__label">{t('bankScreens.item.options')}</legend>
      {options.map((option, index) => {
        const letter = OPTION_LETTERS[index];
        return (
          <div key={letter} className="bank-option" data-testid="option-row" data-letter={letter}>
            <BilingualFields
              name={`options.${index}.text`}
              label={t('bankScreens.item.option', { letter })}
              value={option}
              onChange={(text) => setAt(index, { ...option, ...text })}
              errors={errors}
              rows={2}
            />
            <div className="bank-option__actions">
              <label className="bank-check">
                <input
                  type="radio"
                  name={name}
                  data-testid="option-key"
                  checked={option.correct}
                  onChange={() => onChange(options.map((o, i) => ({ ...o, correct: i === index })))}
                />{' '}
                {t('bankScreens.item.keyOf', { letter })}
              </label>
              <button
                type="button"
                className="button button--secondary button--small"
                data-testid="option-remove"
                onClick={() => onChange(options.filter((_, i) => i !== index))}
              >
                {t('bankScreens.item.removeOption', { letter })}
              </button>
            </div>
          </div>
        );
      })}
      {options.length < OPTIONS_MAX && (
        <button type="button" className="button button--secondary button--small" data-testid="option-add" onClick={() => onChange([...options, { id: '', en: '', correct: false }])}>
          {t('bankScreens.item.addOption')}
        </button>
      )}
      <label className="bank-check">
        <input
          type="checkbox"
          data-testid="options-in-order"
          checked={inOrder}
          aria-describedby={`${name}-order`}
          onChange={(event) => onInOrderChange(event.target.checked)}
        />{' '}
        {t('bankScreens.item.optionsInOrder')}
      </label>
      <p className="field__hint" id={`${name}-order`}>
        {inOrder ? t('bankScreens.item.optionsInOrderOn') : t('bankScreens.item.optionsInOrderOff')}
      </p>
      {namingOthers >= 0 && !inOrder && (
        <p className="notice notice--warning" data-testid="option-names-others">
          {t('bankScreens.item.optionNamesOthers', { letter: OPTION_LETTERS[namingOthers] })}
        </p>
      )}
      {problem && (
        <p className="field__problem" data-testid="problem-options">
          {t(problem)}
        </p>
      )}
    </fieldset>
  );
}
