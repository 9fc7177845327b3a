import { useTranslation } from 'react-i18next';
import { CANDIDATE_FORMS, FORM_CODES, FORM_TITLE, type PrintForm } from '../../print/forms';

/** Every form of this candidate, ready to print (A4, Indonesian unless English is chosen), one by one or all as one PDF. */
export function PrintTab({ onPrint }: { onPrint: (form: PrintForm) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="link-list" data-testid="print-forms">
      <li>
        <button type="button" className="button button--primary" data-testid="print-candidateAll-open" onClick={() => onPrint('candidateAll')}>
          {t(FORM_TITLE.candidateAll)}
        </button>
      </li>
      {CANDIDATE_FORMS.map((form) => (
        <li key={form}>
          <button type="button" className="button button--secondary" data-testid={`print-${form}-open`} onClick={() => onPrint(form)}>
            {FORM_CODES[form]} {t(FORM_TITLE[form])}
          </button>
        </li>
      ))}
    </ul>
  );
}
