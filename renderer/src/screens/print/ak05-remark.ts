import { useTranslation } from 'react-i18next';
import type { AssessmentReport } from '../../../../electron/shared/assessment';
import { pickBilingual } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/**
 * FR.AK.05's Keterangan of one candidate, on the report screen and on paper: not assessed, not signed,
 * or the BK units, each by code and title (the code alone told the reader nothing of what was not yet
 * competent). Titles in the language of the screen or of the print.
 */
export function useAk05Remark(): (row: AssessmentReport['rows'][number]) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (row) => {
    // Only once it is so: before the day a candidate is not yet assessed, which says nothing on paper.
    if (row.missed && !row.recommendation) return t('assess.ak05.notAssessed');
    if (!row.signed) return t('assess.ak05.notSigned');
    if (row.bkUnits.length === 0) return '';
    const units = row.bkUnits.map((u) => `${u.unitCode} ${pickBilingual(u.title, language).text}`).join('; ');
    return t('assess.ak05.bkUnits', { units });
  };
}
