import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../../../electron/shared/types';
import { useRun } from '../../api/use-run';
import { uploadFile } from '../../api/files';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FileField } from '../../components/FileField';
import { useClient } from '../../session/SessionProvider';
import { ImportPreviewView } from './ImportPreviewView';
import { useToken } from '../../session/use-token';

/** Where the success notice leads: the TUK's sessions of today, or the LSP's review of the session's results. */
type Props = { kind: 'session' | 'results'; testId: string; onApplied?: () => void; next?: 'today' | 'results' };

/**
 * Import in two steps: the file is uploaded, decrypted and verified, and its preview shown; only then,
 * after the person compared the fingerprint (when the signer is new), is it applied in one transaction.
 */
export function ImportPanel({ kind, testId, onApplied, next }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  // The session the applied bundle was for: the notice leads on to it (today's sessions, or its results).
  const [appliedSession, setAppliedSession] = useState<string | null>(null);
  const { busy, error, run } = useRun();

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    void run(async () => {
      setResult(null);
      const uploadId = await uploadFile(file, token);
      setPreview(await client.call('bundles/preview', { uploadId, expectKind: kind, passphrase: passphrase || undefined }));
      setConfirmed(false);
    });
  };

  const apply = () =>
    preview &&
    void run(async () => {
      const needsConfirm = preview.signer.status === 'new';
      // Applied or refused, the preview is over (a refused bundle leaves no decrypted files on the
      // server): a retry starts again from the file.
      try {
        setResult(await client.call('bundles/apply', { importId: preview.importId, confirmSigner: needsConfirm ? preview.signer.fingerprint : undefined }));
        setAppliedSession(preview.session?.id ?? null);
      } finally {
        setPreview(null);
      }
      onApplied?.();
    });

  const discard = () =>
    preview &&
    void run(async () => {
      await client.call('bundles/discard', { importId: preview.importId });
      setPreview(null);
    });

  const mayApply = preview && !preview.alreadyImported && preview.signer.status !== 'rekeyed' && (preview.signer.status !== 'new' || confirmed);
  return (
    <div className="bundle-import" data-testid={testId}>
      {!preview && (
        <form className="bundle-form" onSubmit={check} noValidate>
          <FileField label={t('bundles.import.file')} accept=".uji" file={file} onFile={setFile} testId={`${testId}-file`} />
          {/* Results are only ever encrypted to keys (a passphrase is refused at export): no field to wonder about. */}
          {kind === 'session' && (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-pass`}>{t('bundles.import.passphrase')}</label>
              <input id={`${id}-pass`} className="field__input mono" type="password" autoComplete="off" value={passphrase} data-testid={`${testId}-passphrase`} onChange={(e) => setPassphrase(e.target.value)} aria-describedby={`${id}-pass-hint`} />
              <p className="field__hint" id={`${id}-pass-hint`}>{t('bundles.import.passphraseHint')}</p>
            </div>
          )}
          <button type="submit" className="button button--primary" disabled={!file || busy} data-testid={`${testId}-check`}>
            {busy ? t('bundles.import.checking') : t('bundles.import.check')}
          </button>
        </form>
      )}
      {preview && (
        <>
          <ImportPreviewView preview={preview} />
          {preview.signer.status === 'new' && !preview.alreadyImported && (
            <label className="checkbox">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid={`${testId}-confirm-signer`} />{' '}
              {t('bundles.import.confirmSigner', { fingerprint: preview.signer.fingerprint })}
            </label>
          )}
          <div className="unlock__actions">
            {!preview.alreadyImported && (
              <button type="button" className="button button--primary" disabled={!mayApply || busy} onClick={apply} data-testid={`${testId}-apply`}>
                {busy ? t('bundles.import.applying') : t('bundles.import.apply')}
              </button>
            )}
            {/* Beside a bundle that cancels a session a bare "Batal" read as cancelling the session: it names the import. */}
            <button type="button" className="button button--secondary" disabled={busy} onClick={discard} data-testid={`${testId}-discard`}>
              {preview.alreadyImported ? t('bundles.import.close') : t('bundles.import.discard')}
            </button>
          </div>
        </>
      )}
      {result && (
        <p className="notice notice--success" role="status" data-testid={`${testId}-done`}>
          {result.alreadyImported ? t('bundles.preview.alreadyImported') : t('bundles.import.applied', { conflicts: result.conflictCount })}{' '}
          {next === 'today' && (
            <a href="#/" data-testid={`${testId}-next`}>
              {t('bundles.import.openToday')}
            </a>
          )}
          {next === 'results' && appliedSession && (
            <a href={`#/results/${encodeURIComponent(appliedSession)}`} data-testid={`${testId}-next`}>
              {t('bundles.import.openResults')}
            </a>
          )}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
