import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../electron/shared/types';
import { pickBilingual } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

/** Scheme content in the UI language when the LSP provided it, else the Indonesian text with a marker. */
export function BilingualText({ value }: { value: Bilingual }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const picked = pickBilingual(value, language);
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>
      {picked.fallback && (
        <abbr className="lang-marker" title={t('common.inIndonesian')}>
          {t('common.inIndonesianShort')}
        </abbr>
      )}
    </>
  );
}
