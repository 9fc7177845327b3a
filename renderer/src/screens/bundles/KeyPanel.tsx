import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyBackup, KeyStatus } from '../../../../electron/shared/types';
import { toUiError, type UiError } from '../../api/client-errors';
import { downloadExport, uploadFile } from '../../api/files';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FileField } from '../../components/FileField';
import { FactList } from '../../components/FactList';
import { StatusBadge } from '../../components/StatusBadge';
import { useLanguage } from '../../i18n/use-language';
import { useClient } from '../../session/SessionProvider';
import { useToken } from '../../session/use-token';
import { KEY_PROTECTION_LABEL } from './labels';

/** This installation's fingerprint, its key backup and the test that the backup really restores. */
export function KeyPanel({ status, onChanged }: { status: KeyStatus; onChanged: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const id = useId();
  const { language } = useLanguage();
  const [backup, setBackup] = useState<KeyBackup | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [restored, setRestored] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UiError | null>(null);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
      onChanged();
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(false);
    }
  };

  const testRestore = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    // A new test's answer only: an earlier success left beside a failed one said both at once.
    setRestored(null);
    void run(async () => {
      const uploadId = await uploadFile(file, token);
      setRestored((await client.call('keys/testRestore', { uploadId, passphrase })).fingerprint);
    });
  };

  const unlock = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await client.call('keys/unlock', { password });
      setPassword('');
    });
  };

  return (
    <div className="key-panel" data-testid="key-panel">
      {!status.unlocked && (
        <form className="notice notice--warning bundle-form" onSubmit={unlock} noValidate data-testid="keys-locked">
          <h3 className="subheading">{t('keys.lockedTitle')}</h3>
          <p className="notice__text">{t('keys.lockedText')}</p>
          {status.canUnlock ? (
            <>
              <div className="field">
                <label className="field__label" htmlFor={`${id}-unlock`}>{t('keys.yourPassword')}</label>
                <input id={`${id}-unlock`} className="field__input" type="password" autoComplete="current-password" value={password} data-testid="unlock-password" onChange={(e) => setPassword(e.target.value)} />
              </div>
              <button type="submit" className="button button--primary" disabled={!password || busy} data-testid="unlock-keys">
                {t('keys.unlock')}
              </button>
            </>
          ) : (
            <p className="notice__text" data-testid="keys-not-held">{t('keys.notHeld')}</p>
          )}
        </form>
      )}
      <FactList
        facts={[
          { key: 'fp', label: t('keys.fingerprint'), value: <span className="mono" data-testid="own-fingerprint">{status.fingerprint}</span> },
          { key: 'age', label: t('keys.publicKey'), value: <span className="mono small" data-testid="own-recipient">{status.ageRecipient}</span> },
          { key: 'protection', label: t('keys.protection'), value: <span data-testid="key-protection">{t(KEY_PROTECTION_LABEL[status.protection])}</span> },
          {
            key: 'backup',
            label: t('keys.backupState'),
            value: status.backupTestedAt ? (
              <StatusBadge tone="success">{t('keys.backupTested')}</StatusBadge>
            ) : status.backupMadeAt ? (
              <StatusBadge tone="warning">{t('keys.backupUntested')}</StatusBadge>
            ) : (
              <StatusBadge tone="danger">{t('keys.noBackup')}</StatusBadge>
            ),
          },
        ]}
      />
      <button type="button" className="button button--secondary" disabled={busy} data-testid="key-backup" onClick={() => void run(async () => setBackup(await client.call('keys/backup', { language })))}>
        {t('keys.makeBackup')}
      </button>
      {backup && (
        <div className="notice notice--success bundle-result" data-testid="key-backup-result">
          <p className="notice__text">{t('keys.backupMade', { file: backup.fileName })}</p>
          {/* A label and its value, as the panel's other facts are written (no colon of its own). */}
          <FactList layout="inline" facts={[{ key: 'passphrase', label: t('keys.backupPassphrase'), value: <strong className="mono" data-testid="key-backup-passphrase">{backup.passphrase}</strong> }]} />
          <pre className="recovery-sheet small">{backup.recoverySheet}</pre>
          <div className="unlock__actions">
            <button type="button" className="button button--secondary button--small" onClick={() => void downloadExport(backup.fileName, token).catch((err: unknown) => setError(toUiError(err)))}>
              {t('keys.downloadBackup')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
              {t('keys.printSheet')}
            </button>
          </div>
        </div>
      )}
      <form className="bundle-form" onSubmit={testRestore} noValidate>
        <h3 className="subheading">{t('keys.testRestoreTitle')}</h3>
        <FileField label={t('keys.backupFile')} file={file} onFile={setFile} testId="restore-file" />
        <div className="field">
          <label className="field__label" htmlFor={`${id}-pass`}>{t('keys.backupPassphrase')}</label>
          <input id={`${id}-pass`} className="field__input mono" type="password" autoComplete="off" value={passphrase} data-testid="restore-passphrase" onChange={(e) => setPassphrase(e.target.value)} />
        </div>
        <button type="submit" className="button button--primary" disabled={!file || !passphrase || busy} data-testid="restore-check">
          {t('keys.testRestore')}
        </button>
      </form>
      {restored && (
        <p className="notice notice--success" role="status" data-testid="restore-ok">
          {t('keys.restoreOk', { fingerprint: restored })}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
