import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { localTitle } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import type { FieldErrors } from '../registry/field-errors';
import { problemUnder } from './bank-field-errors';

type Props = {
  scheme: SchemeDetail;
  value: readonly string[];
  onChange: (kukIds: string[]) => void;
  errors: FieldErrors;
  disabled?: boolean;
};

/**
 * The KUK a question gives evidence for, from the scheme version's tree: a checkbox each, grouped by unit
 * and element, narrowed by a filter for long schemes. Order is the order chosen (the first is printed).
 */
export function KukPicker({ scheme, value, onChange, errors, disabled = false }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const problem = problemUnder(errors, 'kukIds');
  const text = (idText: string, enText: string | null) => localTitle({ titleId: idText, titleEn: enText }, language);
  const toggle = (kukId: string, on: boolean) => onChange(on ? [...value, kukId] : value.filter((k) => k !== kukId));
  return (
    <fieldset className="bank-kuks" disabled={disabled} aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`} data-testid="field-kukIds">
      <legend className="field__label">{t('bankScreens.item.kuks')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('bankScreens.item.kuksHint')}
      </p>
      <div className="field">
        <label className="field__label field__label--small" htmlFor={`${id}-filter`}>
          {t('bankScreens.item.kukFilter')}
        </label>
        <input id={`${id}-filter`} className="field__input" type="search" autoComplete="off" data-testid="kuk-filter" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </div>
      <div className="bank-kuks__tree">
        {scheme.units.map((unit) => {
          const kuks = unit.elements.flatMap((element) =>
            element.kuk.map((kuk) => ({ kuk, label: `${unit.code} ${kuk.number} ${text(kuk.textId, kuk.textEn)}`, element })),
          );
          const shown = kuks.filter(({ kuk, label }) => !needle || value.includes(kuk.id) || label.toLowerCase().includes(needle));
          if (shown.length === 0) return null;
          return (
            <div key={unit.id} className="bank-kuks__unit">
              <p className="bank-kuks__unit-title">
                <span className="mono">{unit.code}</span> {text(unit.titleId, unit.titleEn)}
              </p>
              {shown.map(({ kuk }) => {
                const checked = value.includes(kuk.id);
                return (
                  <label key={kuk.id} className="bank-kuks__kuk">
                    <input type="checkbox" data-testid="kuk-option" data-kuk-id={kuk.id} checked={checked} onChange={(event) => toggle(kuk.id, event.target.checked)} />{' '}
                    <span className="mono">{kuk.number}</span> {text(kuk.textId, kuk.textEn)}
                  </label>
                );
              })}
            </div>
          );
        })}
      </div>
      {problem && (
        <p className="field__problem" id={`${id}-problem`} data-testid="problem-kukIds">
          {t(problem)}
        </p>
      )}
    </fieldset>
  );
}
