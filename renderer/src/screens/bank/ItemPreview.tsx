import { useId, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { CbtItem } from '../../../../electron/shared/cbt';
import { LANGUAGE_LABEL } from '../../i18n/domain-labels';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { QuestionView } from '../candidate/QuestionView';
import { previewI18n } from './preview-i18n';

/**
 * The question as a candidate will see it, drawn by the CBT's own QuestionView as the admin types, in
 * either language (the page's by default): a choice or an essay can be tried, nothing is saved. Oral and
 * supporting questions never reach the CBT.
 */
export function ItemPreview({ item }: { item: CbtItem | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const titleId = useId();
  const [shown, setShown] = useState<Language | null>(null);
  const previewLanguage = shown ?? language;
  return (
    // A region of the page (not an aside: a complementary landmark inside main is not allowed).
    <section className="bank-preview" aria-labelledby={titleId} data-testid="bank-preview">
      <h2 className="bank-preview__title" id={titleId}>
        {t('bankScreens.preview.title')}
      </h2>
      {item === null ? (
        <p className="muted" data-testid="bank-preview-none">
          {t('bankScreens.preview.notCbt')}
        </p>
      ) : item.prompt.id.trim() === '' ? (
        <p className="muted">{t('bankScreens.preview.empty')}</p>
      ) : (
        <>
          <p className="muted small">{t('bankScreens.preview.hint')}</p>
          <div className="segmented bank-preview__languages" role="group" aria-label={t('bankScreens.preview.language')}>
            {LANGUAGES.map((lang) => (
              <button
                key={lang}
                type="button"
                className="segmented__option"
                aria-pressed={previewLanguage === lang}
                data-testid={`bank-preview-lang-${lang}`}
                onClick={() => setShown(lang)}
              >
                {t(LANGUAGE_LABEL[lang])}
              </button>
            ))}
          </div>
          <I18nextProvider i18n={previewI18n(previewLanguage)}>
            <div className="bank-preview__frame cbt" lang={previewLanguage}>
              <CandidateQuestion item={item} />
            </div>
          </I18nextProvider>
        </>
      )}
    </section>
  );
}

function CandidateQuestion({ item }: { item: CbtItem }) {
  const headingId = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [text, setText] = useState('');
  return (
    <QuestionView
      item={item}
      total={1}
      headingId={headingId}
      choice={choice !== null && choice < item.options.length ? choice : null}
      text={text}
      disabled={false}
      onChoose={setChoice}
      onType={setText}
      onLeave={() => {}}
    />
  );
}
