import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateDetail } from '../../../../../electron/shared/registry';
import { attachmentDataUrl, uploadFile } from '../../../api/files';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useClient } from '../../../session/SessionProvider';
import { useToken } from '../../../session/use-token';

type Shown = { sha256: string; src: string | null };

/**
 * The candidate's photo: shown from /files/attachments/<sha256>, chosen as a file (uploaded, then
 * candidates/setPhoto checks it is a PNG or JPEG of at most 2 MB), replaced or removed. The core's
 * refusal is shown as it says it.
 */
export function CandidatePhoto({ candidate, onChanged }: { candidate: CandidateDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const inputId = useId();
  const { busy, error, run } = useRun();
  const [shown, setShown] = useState<Shown | null>(null);
  const sha256 = candidate.photoSha256;

  useEffect(() => {
    if (!sha256) return;
    let live = true;
    attachmentDataUrl(sha256, token).then(
      (src) => live && setShown({ sha256, src }),
      () => live && setShown({ sha256, src: null }),
    );
    return () => {
      live = false;
    };
  }, [sha256, token]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      try {
        const uploadId = await uploadFile(file, token);
        await client.call('candidates/setPhoto', { candidateId: candidate.id, uploadId });
        onChanged();
      } finally {
        // The same file may be chosen again after a refusal.
        input.value = '';
      }
    });
  };

  const remove = () =>
    void run(async () => {
      await client.call('candidates/setPhoto', { candidateId: candidate.id, uploadId: null });
      onChanged();
    });

  const current = sha256 && shown?.sha256 === sha256 ? shown : null;
  return (
    <div className="candidate-photo" data-testid="candidate-photo">
      <div className="candidate-photo__frame">
        {!sha256 && <p className="candidate-photo__none">{t('registryScreens.candidates.photo.none')}</p>}
        {current?.src && <img src={current.src} alt={t('registryScreens.candidates.photo.alt', { name: candidate.name })} data-testid="candidate-photo-image" />}
        {current && current.src === null && <p className="candidate-photo__none">{t('registryScreens.candidates.photo.notShown')}</p>}
      </div>
      <div className="candidate-photo__actions">
        <label htmlFor={inputId} className="button button--secondary button--small">
          {busy ? t('registryScreens.candidates.photo.working') : sha256 ? t('registryScreens.candidates.photo.replace') : t('registryScreens.candidates.photo.choose')}
        </label>
        <input id={inputId} type="file" accept="image/png,image/jpeg" className="visually-hidden" data-testid="candidate-photo-file" disabled={busy} onChange={choose} />
        {sha256 && (
          <button type="button" className="button button--secondary button--small" data-testid="candidate-photo-remove" disabled={busy} onClick={remove}>
            {t('registryScreens.candidates.photo.remove')}
          </button>
        )}
        <p className="registry-facts">{t('registryScreens.candidates.photo.hint')}</p>
        {/* Beside the photo, under the button just used: below the photo's frame it fell under the fold at 1366×768. */}
        {error && <ErrorMessage error={error} />}
      </div>
    </div>
  );
}
