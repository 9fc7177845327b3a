import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  value: string;
  onChange: (value: string) => void;
  hint: string;
  /** Under the hint: how the search matches (the candidates' "any word of the name"). */
  option?: ReactNode;
  children?: ReactNode;
};

/** The search box and the filters above a registry list; they wrap, so nothing leaves the screen at 200 % zoom. */
export function ListSearch({ value, onChange, hint, option, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="registry-filters" role="search">
      <div className="field registry-filters__search">
        <label className="field__label" htmlFor={id}>
          {t('registryScreens.list.search')}
        </label>
        <input
          id={id}
          className="field__input"
          type="search"
          data-testid="list-search"
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
        {option}
      </div>
      {children}
    </div>
  );
}

type ActiveProps = { value: boolean | null; onChange: (value: boolean | null) => void };

/** Active records by default; inactive ones stay findable. */
export function ActiveFilter({ value, onChange }: ActiveProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('registryScreens.list.active')}
      </label>
      <select
        id={id}
        className="field__input"
        data-testid="filter-active"
        value={value === null ? 'all' : value ? 'active' : 'inactive'}
        onChange={(event) => onChange(event.target.value === 'all' ? null : event.target.value === 'active')}
      >
        <option value="active">{t('registryScreens.list.activeOnly')}</option>
        <option value="inactive">{t('registryScreens.list.inactiveOnly')}</option>
        <option value="all">{t('registryScreens.list.all')}</option>
      </select>
    </div>
  );
}
