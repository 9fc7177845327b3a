import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useLanguage } from '../i18n/use-language';
import { LANGUAGE_LABEL } from '../i18n/domain-labels';

type Props = { tone?: 'light' | 'dark' };

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageSwitch({ tone = 'light' }: Props) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className={`lang-switch lang-switch--${tone}`} role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-switch__option"
          aria-pressed={language === lang}
          data-testid={`lang-${lang}`}
          onClick={() => setLanguage(lang)}
        >
          {t(LANGUAGE_LABEL[lang])}
        </button>
      ))}
    </div>
  );
}
