import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AplDetail, Evidence } from '../../../../../electron/shared/scheduling';
import { uploadFile } from '../../../api/files';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useClient } from '../../../session/SessionProvider';
import { useToken } from '../../../session/use-token';
import { formRound } from './apl-route';
import { ScanDownload } from './ScanDownload';

type Props = { detail: AplDetail; evidence: Evidence; n: number; onChanged: () => void };

/** An evidence row's scan or photo (PNG, JPEG or PDF, checked by its bytes in the core): choose, replace, remove. */
export function EvidenceFile({ detail, evidence, n, onChanged }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const inputId = useId();
  const { busy, error, run } = useRun();
  const key = { candidateId: detail.candidate.id, schemeId: detail.scheme.id, ...formRound(detail), evidenceId: evidence.id };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      try {
        const uploadId = await uploadFile(file, token);
        await client.call('apl/setEvidenceFile', { ...key, uploadId });
        onChanged();
      } finally {
        input.value = '';
      }
    });
  };
  const remove = () =>
    void run(async () => {
      await client.call('apl/setEvidenceFile', { ...key, uploadId: null });
      onChanged();
    });

  return (
    <div className="evidence-file" data-testid="evidence-file">
      {evidence.attachment && <ScanDownload scan={evidence.attachment} n={n} />}{' '}
      <label htmlFor={inputId} className="button button--secondary button--small">
        {busy ? t('registryScreens.candidates.photo.working') : evidence.attachment ? t('schedulingScreens.evidence.replaceOf', { n }) : t('schedulingScreens.evidence.chooseOf', { n })}
      </label>
      <input id={inputId} type="file" accept="image/png,image/jpeg,application/pdf" className="visually-hidden" data-testid="evidence-file-input" disabled={busy} onChange={choose} />
      {evidence.attachment && (
        <button type="button" className="button button--secondary button--small" data-testid="evidence-file-remove" disabled={busy} onClick={remove}>
          {t('schedulingScreens.evidence.removeFileOf', { n })}
        </button>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
