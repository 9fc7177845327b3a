import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../../electron/shared/types';
import { toUiError, type UiError } from '../../api/client-errors';
import { downloadExport } from '../../api/files';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FactList } from '../../components/FactList';
import { useFormat } from '../../i18n/use-format';
import { useToken } from '../../session/use-token';
import { ConflictText } from '../scheduling/sessions/ConflictNote';

/** Where the file is, what to read out (the fingerprint) and what to hand over separately (the passphrase). */
export function ExportResultView({ result, fingerprintHint }: { result: ExportResult; fingerprintHint?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const token = useToken();
  const [error, setError] = useState<UiError | null>(null);
  return (
    <>
      <div className="notice notice--success bundle-result" role="status" data-testid="export-result">
        <p className="notice__text">{t(result.verified === 'full' ? 'bundles.export.doneFull' : 'bundles.export.doneBytes')}</p>
        <FactList
          facts={[
            { key: 'file', label: t('bundles.export.file'), value: <span className="mono" data-testid="export-file">{result.filePath}</span> },
            { key: 'size', label: t('bundles.export.size'), value: t('bundles.export.megabytes', { mb: f.number(Math.round((result.bytes / 1048576) * 100) / 100) }) },
            { key: 'fp', label: t('bundles.export.fingerprint'), value: <span className="mono">{result.fingerprint}</span> },
            ...(result.generatedPassphrase
              ? [{ key: 'pass', label: t('bundles.export.passphrase'), value: <strong className="mono" data-testid="export-passphrase">{result.generatedPassphrase}</strong> }]
              : []),
          ]}
        />
        {fingerprintHint && <p className="small" data-testid="export-fingerprint-hint">{fingerprintHint}</p>}
        {result.generatedPassphrase && <p className="small">{t('bundles.export.passphraseHint')}</p>}
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="export-download"
          onClick={() => void downloadExport(result.fileName, token).catch((err: unknown) => setError(toUiError(err)))}
        >
          {t('bundles.export.download')}
        </button>
        {error && <ErrorMessage error={error} />}
      </div>
      {/* Written anyway, but the TUK cannot run the day until these are settled (no password: nobody signs in). */}
      {result.pendingConflicts && result.pendingConflicts.length > 0 && (
        <div className="notice notice--warning bundle-result" data-testid="export-pending">
          <p className="notice__text">{t('bundles.export.pendingHead', { count: result.pendingConflicts.length })}</p>
          <ul className="conflicts">
            {result.pendingConflicts.map((c, i) => (
              <li key={`${c.code}-${i}`} className="conflict conflict--pending" data-code={c.code}>
                <ConflictText conflict={c} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
