import { useTranslation } from 'react-i18next';
import { OPTION_LETTERS } from '../../../../../electron/shared/cbt';
import type { KeyCorrection } from '../../../../../electron/shared/key-corrections';
import { StatusBadge } from '../../../components/StatusBadge';

/** What a correction did, in words: "Question PG-01 annulled", "Question PG-02: option D accepted as correct too". */
export function useCorrectionWords(): (c: Pick<KeyCorrection, 'action' | 'ref' | 'acceptedOption'>) => string {
  const { t } = useTranslation();
  return (c) =>
    c.action === 'annul'
      ? t('keyCorrection.historyAnnul', { question: c.ref })
      : t('keyCorrection.historyAccept', { question: c.ref, option: c.acceptedOption === null ? '?' : (OPTION_LETTERS[c.acceptedOption] ?? '?') });
}

/**
 * One recorded correction as the assessor's keys view and the LSP's results review list it: what it did, by whom,
 * when and why, and once withdrawn, that it no longer applies and who withdrew it, when and why (one component, so
 * the two lists never say it differently).
 */
export function KeyCorrectionLine({ correction: c, dateTime }: { correction: KeyCorrection; dateTime: (iso: string) => string }) {
  const { t } = useTranslation();
  const words = useCorrectionWords();
  return (
    <>
      {c.withdrawal ? <s>{words(c)}</s> : words(c)} <span className="muted">{t('keyCorrection.historyBy', { by: c.by, at: dateTime(c.at), reason: c.reason })}</span>
      {c.withdrawal && (
        <span className="small key-correction__withdrawal" data-testid="key-correction-withdrawn">
          <StatusBadge tone="neutral">{t('keyCorrection.withdrawn')}</StatusBadge> {t('keyCorrection.withdrawnBy', { by: c.withdrawal.by, at: dateTime(c.withdrawal.at), reason: c.withdrawal.reason })}
        </span>
      )}
    </>
  );
}
