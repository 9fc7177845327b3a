import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../electron/shared/pleno';
import { useRun } from '../../api/use-run';
import { useClient } from '../../session/SessionProvider';
import { ConsoleDialog } from '../../components/ConsoleDialog';

type Props = { plenoId: string; onCorrected: (draft: PlenoDetail) => void; onCancel: () => void };

/** A signed pleno is never changed: a correction, with its reason, opens a new draft that replaces it once signed. */
export function CorrectDialog({ plenoId, onCorrected, onCancel }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const submit = () => void run(async () => onCorrected(await client.call('pleno/correct', { plenoId, reason: reason.trim() })));
  return (
    <ConsoleDialog title={t('plenoScreens.pleno.correct.title')} confirmLabel={t('plenoScreens.pleno.correct.confirm')} busy={busy} error={error} onSubmit={submit} onCancel={onCancel} testId="correct-dialog">
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('plenoScreens.pleno.correct.reason')}
        </label>
        <textarea id={reasonId} className="field__input" rows={3} data-testid="correct-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
    </ConsoleDialog>
  );
}
