import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { useLanguage } from '../../../i18n/use-language';

/** A fixed written test: the scheme version's approved multiple-choice and essay questions, each ticked in or out. */
export function FixedQuestions({ schemeId, chosen, onChange }: { schemeId: string; chosen: string[]; onChange: (itemIds: string[]) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { state, reload } = useLoad('bank/list', { schemeId, status: 'approved', limit: 200 });
  return (
    <fieldset data-testid="written-fixed">
      <legend>{t('schedulingScreens.written.fixedPick', { count: chosen.length })}</legend>
      <LoadView state={state} onRetry={reload}>
        {(page) => (
          <ul className="written__fixed">
            {page.rows
              .filter((item) => item.kind === 'multiple_choice' || item.kind === 'essay')
              .map((item) => (
                <li key={item.id}>
                  <label className="registry-choice">
                    <input
                      type="checkbox"
                      data-testid="written-fixed-item"
                      checked={chosen.includes(item.id)}
                      onChange={(event) => onChange(event.target.checked ? [...chosen, item.id] : chosen.filter((x) => x !== item.id))}
                    />{' '}
                    <span className="mono">{item.ref}</span> {language === 'en' && item.prompt.en ? item.prompt.en : item.prompt.id}
                  </label>
                </li>
              ))}
          </ul>
        )}
      </LoadView>
    </fieldset>
  );
}
