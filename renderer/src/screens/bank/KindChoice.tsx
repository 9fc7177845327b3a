import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankKind } from '../../../../electron/shared/bank';
import { INSTRUMENT_KIND_LABEL } from '../../i18n/domain-labels';

type Props<K extends BankKind> = { value: K; kinds: readonly K[]; onChange: (kind: K) => void; disabled?: boolean };

/** The kind of instrument an entry is; a new entry may be any, an existing question any question kind. */
export function KindChoice<K extends BankKind>({ value, kinds, onChange, disabled = false }: Props<K>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('bankScreens.item.kind')}
      </label>
      <select
        id={id}
        className="field__input"
        data-testid="field-kind"
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const kind = kinds.find((k) => k === event.target.value);
          if (kind) onChange(kind);
        }}
      >
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(INSTRUMENT_KIND_LABEL[kind])}
          </option>
        ))}
      </select>
    </div>
  );
}
