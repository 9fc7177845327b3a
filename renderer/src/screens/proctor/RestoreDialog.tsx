import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../electron/shared/backup';
import { useRun } from '../../api/use-run';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { ConsoleDialog } from '../../components/ConsoleDialog';
import { ReasonField, reasonOk } from './ReasonField';

type Props = { file: BackupStatus['files'][number]; onRestored: (status: BackupStatus) => void; onCancel: () => void };

/**
 * Restoring replaces every answer given since the backup, so it takes more than a click: the proctor
 * types the file's name and gives a reason for the audit log.
 */
export function RestoreDialog({ file, onRestored, onCancel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useRun();
  const nameOk = typed.trim() === file.name;

  const submit = () => {
    setChecked(true);
    if (!nameOk || !reasonOk(reason)) return;
    void run(async () => onRestored(await client.call('backups/restore', { name: file.name, reason: reason.trim() })));
  };

  return (
    <ConsoleDialog
      title={t('examDay.backups.restoreTitle')}
      confirmLabel={t('examDay.backups.restoreConfirm')}
      tone="danger"
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
      testId="restore-dialog"
    >
      <p className="notice notice--warn">{t('examDay.backups.restoreWarning', { name: file.name, time: f.dateTime(file.at) })}</p>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('examDay.backups.restoreType')}
        </label>
        <p className="mono console-dialog__who">{file.name}</p>
        <input
          id={id}
          className="field__input mono"
          data-testid="restore-name"
          value={typed}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={checked && !nameOk}
          onChange={(e) => setTyped(e.target.value)}
        />
        {checked && !nameOk && (
          <p className="field__problem" role="alert">
            {t('examDay.backups.restoreMismatch')}
          </p>
        )}
      </div>
      <ReasonField value={reason} onChange={setReason} showProblem={checked} />
    </ConsoleDialog>
  );
}
