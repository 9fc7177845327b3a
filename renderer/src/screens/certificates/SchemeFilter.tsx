import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_LIMIT_MAX } from '../../../../electron/shared/registry';
import { useLoad } from '../../api/use-load';
import { useFormat } from '../../i18n/use-format';

type Props = { value: string; onChange: (code: string) => void };

/**
 * The register's scheme filter: every scheme code of the registry, retired ones too (their certificates
 * stay valid). While the list loads, or if it cannot, only "all schemes" is offered.
 */
export function SchemeFilter({ value, onChange }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const selectId = useId();
  const { state } = useLoad('schemes/list', { active: null, limit: LIST_LIMIT_MAX });
  const schemes = state.status === 'ready' ? state.data.rows : [];
  const titles = new Map(schemes.map((s) => [s.code, f.title(s)]));
  return (
    <div className="field">
      <label className="field__label" htmlFor={selectId}>{t('certificateScreens.register.scheme')}</label>
      <select id={selectId} className="field__input" data-testid="filter-scheme" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('certificateScreens.register.allSchemes')}</option>
        {[...titles].map(([code, title]) => (
          <option key={code} value={code}>
            {code} · {title}
          </option>
        ))}
      </select>
    </div>
  );
}
