import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CbtState } from '../../../../electron/shared/cbt';
import { FactList } from '../../components/FactList';
import { useFormat } from '../../i18n/use-format';
import { FeedbackEntry } from './feedback/FeedbackEntry';
import { SUBMIT_REASON_LABEL } from './labels';

/**
 * Read-only: the receipt the candidate can write down, and no score (the assessor decides).
 * `notReceived`: changes this PC still held when the test closed, refused by the core for good.
 */
export function ThanksScreen({ state, notReceived = 0 }: { state: CbtState; notReceived?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const submitted = state.submitted;
  // The test's screen went away with the focus in it: the receipt's heading takes it, where reading starts.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.documentElement.scrollTop = 0;
    title.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="thanks" data-testid="cbt-thanks" aria-labelledby="cbt-thanks-title">
      <h1 className="thanks__title" id="cbt-thanks-title" ref={title} tabIndex={-1}>
        {t('cbt.thanks.title')}
      </h1>
      <p className="thanks__text">{t('cbt.thanks.text')}</p>
      {notReceived > 0 && (
        <p className="notice notice--warning" data-testid="cbt-not-received" data-count={notReceived} role="alert">
          {t('cbt.thanks.notReceived', { count: notReceived })}
        </p>
      )}
      {submitted && (
        <>
          <div className="receipt">
            <p className="receipt__label">{t('cbt.thanks.receipt')}</p>
            <p className="receipt__code mono" data-testid="cbt-receipt">
              {submitted.receipt}
            </p>
            <p className="receipt__hint">{t('cbt.thanks.receiptHint')}</p>
          </div>
          <FactList
            layout="inline"
            facts={[
              { key: 'name', label: t('agreement.candidate'), value: state.agreement.candidateName },
              { key: 'no', label: t('agreement.participantNo'), value: <span className="mono">{state.agreement.participantNo}</span> },
              { key: 'at', label: t('cbt.thanks.submittedAt'), value: f.dateTime(submitted.at) },
              { key: 'how', label: t('cbt.thanks.how'), value: <span data-testid="cbt-submit-reason" data-reason={submitted.reason}>{t(SUBMIT_REASON_LABEL[submitted.reason])}</span> },
            ]}
          />
        </>
      )}
      <p className="thanks__next">{t('cbt.thanks.next')}</p>
      <FeedbackEntry />
    </section>
  );
}
