import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { localTitle } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

type Props = { scheme: SchemeDetail; unitId: string | null; busy: boolean; onMap: (unitId: string | null) => void };

/** The whole file to one unit: every question nobody mapped gives evidence for that unit's KUK. */
export function UnitMapping({ scheme, unitId, busy, onMap }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const [chosen, setChosen] = useState(unitId ?? '');
  return (
    <div className="bank-unit-map">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('bankScreens.import.wholeFile')}
        </label>
        <select id={id} className="field__input" data-testid="bank-import-unit" value={chosen} aria-describedby={`${id}-hint`} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('bankScreens.import.noUnit')}</option>
          {scheme.units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.code} {localTitle(unit, language)}
            </option>
          ))}
        </select>
        <p className="field__hint" id={`${id}-hint`}>
          {t('bankScreens.import.wholeFileHint')}
        </p>
      </div>
      <button type="button" className="button button--secondary" data-testid="bank-import-map-unit" disabled={busy || chosen === (unitId ?? '')} onClick={() => onMap(chosen || null)}>
        {t('bankScreens.import.mapFile')}
      </button>
    </div>
  );
}
