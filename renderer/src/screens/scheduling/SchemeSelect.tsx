import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeSummary } from '../../../../electron/shared/registry';
import { useLanguage } from '../../i18n/use-language';
import { schemeLabel } from './use-schemes';

type Props = { schemes: SchemeSummary[]; value: string; onChange: (schemeId: string) => void; testId: string; problem?: string | null };

/** A scheme version picker over the LSP's active schemes. */
export function SchemeSelect({ schemes, value, onChange, testId, problem }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('schedulingScreens.scheme')}
      </label>
      <select
        id={id}
        className="field__input"
        data-testid={testId}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {value === '' && <option value="">{t('schedulingScreens.choose')}</option>}
        {schemes.map((scheme) => (
          <option key={scheme.id} value={scheme.id}>
            {schemeLabel(scheme, language)}
          </option>
        ))}
      </select>
      {problem && (
        <p className="field__problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
