import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../../electron/shared/types';
import { toUiError, type UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { randomUuid } from '../../session/random-uuid';
import { useClient } from '../../session/SessionProvider';
import { ExportResultView } from './ExportResultView';
import { ProgressBar } from './ProgressBar';

type Props = {
  /** Starts the export under the given operation id (so progress and cancel can refer to it). */
  start: (operationId: string) => Promise<ExportResult>;
  disabled: boolean;
  label: ReactNode;
  testId: string;
  /** What the receiver does with this computer's fingerprint, said beside it (a session bundle's TUK compares it). */
  fingerprintHint?: string;
};

/** One export: the button, then a progress bar with cancel, then where the file is and what to hand over. */
export function ExportRunner({ start, disabled, label, testId, fingerprintHint }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const [operationId, setOperationId] = useState<string | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  const go = async () => {
    const op = randomUuid();
    setOperationId(op);
    setResult(null);
    setError(null);
    try {
      setResult(await start(op));
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setOperationId(null);
    }
  };

  return (
    <div className="bundle-export" data-testid={testId}>
      <button type="button" className="button button--primary" disabled={disabled || operationId !== null} onClick={() => void go()} data-testid={`${testId}-start`}>
        {label}
      </button>
      {operationId && (
        <>
          <ProgressBar operationId={operationId} />
          <button type="button" className="button button--secondary button--small" onClick={() => void client.call('bundles/cancel', { operationId })}>
            {t('common.cancel')}
          </button>
        </>
      )}
      {result && <ExportResultView result={result} fingerprintHint={fingerprintHint} />}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
