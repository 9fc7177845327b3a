import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../../electron/shared/scheduling';
import { fetchAttachment } from '../../../api/files';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useToken } from '../../../session/use-token';

type Scan = NonNullable<Evidence['attachment']>;

/**
 * An evidence scan, downloaded under its own name: a PDF cannot be shown in the page, and the file route
 * needs the bearer token, so the bytes are fetched and handed to the browser as a download.
 */
export function ScanDownload({ scan, n }: { scan: Scan; n: number }) {
  const { t } = useTranslation();
  const token = useToken();
  const { busy, error, run } = useRun();
  const download = () =>
    void run(async () => {
      const url = URL.createObjectURL(await fetchAttachment(scan.sha256, token));
      const a = document.createElement('a');
      a.href = url;
      a.download = scan.name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  return (
    <>
      <button type="button" className="button button--secondary button--small" data-testid="evidence-file-download" disabled={busy} onClick={download}>
        {t('schedulingScreens.evidence.downloadOf', { n, name: scan.name })}
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}
