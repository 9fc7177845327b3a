import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyCorrection, KeyCorrectionView } from '../../../../../electron/shared/key-corrections';
import { useRun } from '../../../api/use-run';
import { ConsoleDialog } from '../../../components/ConsoleDialog';
import { useClient } from '../../../session/SessionProvider';
import { useCorrectionWords } from './KeyCorrectionLine';

type Props = { sessionId: string; correction: KeyCorrection; onSaved: (view: KeyCorrectionView) => void; onCancel: () => void };

/**
 * Withdrawing a correction made by mistake: says which one and what follows (the key reads as before it, for every
 * candidate), asks the reason, and the confirm button is the act. The core checks the rest (signed, where, who).
 */
export function WithdrawKeyCorrectionDialog({ sessionId, correction, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const words = useCorrectionWords();
  const { busy, error, run } = useRun();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const submit = () =>
    void run(async () =>
      onSaved(
        await client.call('assessment/withdrawKeyCorrection', {
          sessionId,
          itemId: correction.itemId,
          action: correction.action,
          option: correction.acceptedOption,
          reason: reason.trim(),
        }),
      ),
    );
  return (
    <ConsoleDialog
      title={t('keyCorrection.withdrawTitle', { question: correction.ref })}
      confirmLabel={t('keyCorrection.withdrawConfirm')}
      tone="danger"
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
      testId="key-withdrawal-dialog"
    >
      <p>{t('keyCorrection.withdrawWhat', { correction: words(correction) })}</p>
      <p className="muted">{t('keyCorrection.withdrawEffect')}</p>
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('keyCorrection.withdrawReason')}
        </label>
        <textarea id={reasonId} className="field__input" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} data-testid="key-withdrawal-reason" />
      </div>
    </ConsoleDialog>
  );
}
