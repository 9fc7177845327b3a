import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../electron/shared/types';
import { pickBilingual } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

/** Scheme content in the UI language when the LSP provided it, else the Indonesian text with a marker. */
export function BilingualText({ value }: { value: Bilingual }) {
  const { language } = useLanguage();
  const picked = pickBilingual(value, language);
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>
      {picked.fallback && <InIndonesianMarker />}
    </>
  );
}

/** Beside a text shown in Indonesian on an English screen; `lang` where it sits inside that Indonesian text. */
export function InIndonesianMarker({ lang }: { lang?: string }) {
  const { t } = useTranslation();
  return (
    <abbr className="lang-marker" lang={lang} title={t('common.inIndonesian')}>
      {t('common.inIndonesianShort')}
    </abbr>
  );
}
