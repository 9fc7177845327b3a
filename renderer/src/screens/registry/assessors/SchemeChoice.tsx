import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../api/use-load';
import { useFormat } from '../../../i18n/use-format';
import { LoadView } from '../../../components/LoadView';
import { LIST_LIMIT_MAX } from '../../../../../electron/shared/registry';
import type { FieldErrors } from '../field-errors';

type Props = { value: string[]; onChange: (codes: string[]) => void; errors: FieldErrors };

/** The schemes an assessor may assess: one checkbox per active scheme, plus any code already recorded. */
export function SchemeChoice({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { state, reload } = useLoad('schemes/list', { active: true, limit: LIST_LIMIT_MAX });
  const problem = errors.get('schemeCodes') ?? [...errors.entries()].find(([key]) => key.startsWith('schemeCodes.'))?.[1];
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset className="registry-form__wide registry-choice" data-testid="field-schemeCodes" aria-invalid={problem ? true : undefined}>
      <legend className="field__label">{t('registryScreens.assessors.schemes')}</legend>
      <LoadView state={state} onRetry={reload}>
        {(page) => {
          const known = new Map(page.rows.map((s) => [s.code, f.title(s)]));
          const codes = [...new Set([...page.rows.map((s) => s.code), ...value])];
          if (codes.length === 0) return <p className="muted small">{t('registryScreens.assessors.noSchemes')}</p>;
          return (
            <ul className="registry-choice__list">
              {codes.map((code) => (
                <li key={code}>
                  <label className="checkbox">
                    <input type="checkbox" data-testid={`scheme-choice-${code}`} checked={value.includes(code)} onChange={(event) => toggle(code, event.target.checked)} />{' '}
                    <span className="mono">{code}</span> {known.get(code) ?? ''}
                  </label>
                </li>
              ))}
            </ul>
          );
        }}
      </LoadView>
      {problem && (
        <p className="field__problem" data-testid="problem-schemeCodes">
          {t(problem)}
        </p>
      )}
    </fieldset>
  );
}
