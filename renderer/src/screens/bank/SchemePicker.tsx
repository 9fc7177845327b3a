import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { LIST_LIMIT_MAX } from '../../../../electron/shared/registry';
import { localTitle } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { navigate } from '../../navigation/hash-route';

/**
 * Every scheme version (newest first per code, as the registry lists them); choosing one opens its bank.
 * Choosing the version already open changes nothing: its address keeps the bank's search and filters.
 */
export function SchemePicker({ schemeId, route = 'bank' }: { schemeId: string | null; route?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { language } = useLanguage();
  const { state, reload } = useLoad('schemes/list', { allVersions: true, active: null, limit: LIST_LIMIT_MAX });
  return (
    <LoadView state={state} onRetry={reload}>
      {(page) =>
        page.rows.length === 0 ? (
          <p className="empty" data-testid="bank-no-schemes">
            {t('bankScreens.picker.none')}
          </p>
        ) : (
          <div className="field bank-picker">
            <label className="field__label" htmlFor={id}>
              {t('bankScreens.picker.scheme')}
            </label>
            <select
              id={id}
              className="field__input"
              data-testid="bank-scheme"
              value={schemeId ?? ''}
              aria-describedby={`${id}-hint`}
              onChange={(event) => {
                const chosen = event.target.value;
                if (chosen && chosen !== schemeId) navigate(`${route}/${encodeURIComponent(chosen)}`);
              }}
            >
              <option value="">{t('bankScreens.picker.choose')}</option>
              {page.rows.map((scheme) => (
                <option key={scheme.id} value={scheme.id}>
                  {t('bankScreens.picker.version', { code: scheme.code, version: scheme.version, title: localTitle(scheme, language) })}
                </option>
              ))}
            </select>
            <p className="field__hint" id={`${id}-hint`}>
              {t('bankScreens.picker.hint')}
            </p>
          </div>
        )
      }
    </LoadView>
  );
}
