import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../electron/shared/i18n';
import { LANGUAGE_LABEL } from '../../i18n/domain-labels';
import { savePdf } from './save-pdf';
import { usePageNumbers } from './page-numbers';

type Props = {
  form: string;
  pdfName: string;
  onClose: () => void;
  /** Names where onClose goes ("Kembali ke konsol proktor"): the print opens from many screens, each its own way back. */
  backLabel: string;
  /**
   * A document printed in both languages at once (a certificate): no choice of the form's language, and what
   * the view says besides the document stays in the screen's language.
   */
  bilingual?: boolean;
  children: ReactNode;
};

/**
 * The A4 page and its toolbar (back, the form's language, print / save PDF), which is not printed. The form
 * is Indonesian unless English is asked for, whatever the screen's language.
 */
export function PrintShell({ form, pdfName, onClose, backLabel, bilingual = false, children }: Props) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>('id');
  const printI18n = useMemo(() => i18n.cloneInstance({ lng: language }), [i18n, language]);
  // The view takes the screen from the button that opened it, which goes (or is hidden) with the focus: the
  // toolbar's first button takes it, so the keyboard is in the view and one Tab from its language and print.
  const back = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => back.current?.focus(), []);
  return (
    <div className="print-view" data-testid="print-view" data-form={form} lang={bilingual ? undefined : language}>
      <div className="print-toolbar">
        <button ref={back} type="button" className="button button--secondary button--small" onClick={onClose} data-testid="print-close">
          {backLabel}
        </button>
        {!bilingual && (
          <label className="field field--inline">
            <span className="field__label">{t('forms.printLanguage')}</span>
            <select className="field__input" value={language} data-testid="print-language" onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'id')}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(LANGUAGE_LABEL[l])}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button button--primary button--small" data-testid="print-now" onClick={() => void savePdf(pdfName)}>
          {t('forms.printNow')}
        </button>
      </div>
      {bilingual ? (
        <div className="print-page">{children}</div>
      ) : (
        <I18nextProvider i18n={printI18n}>
          <div className="print-page">
            <PageNumbers />
            {children}
          </div>
        </I18nextProvider>
      )}
    </div>
  );
}

/**
 * "Halaman x dari y" in the bottom margin of every sheet, in the form's language: a form that runs over several
 * sheets (FR.IA.01 of a whole scheme) is checked page by page. Not on a certificate, one document per side.
 */
function PageNumbers() {
  const { t } = useTranslation();
  // The placeholders stay as they are written, for pageNumberCss to turn into the print engine's counters.
  usePageNumbers(
    t('forms.pageOf', { page: '{{page}}', pages: '{{pages}}' }),
    t('forms.partPageOf', { page: '{{page}}', sheet: '{{sheet}}', sheets: '{{sheets}}' }),
  );
  return null;
}
