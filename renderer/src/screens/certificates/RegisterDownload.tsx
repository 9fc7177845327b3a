import { useTranslation } from 'react-i18next';
import { downloadExport } from '../../api/files';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/use-language';
import { useClient } from '../../session/SessionProvider';
import { useToken } from '../../session/use-token';

/** The whole certificate register as .xlsx (the blanko import reads it back once filled in), with its failure beside it. */
export function RegisterDownload({ small = false }: { small?: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const { language } = useLanguage();
  const { busy, error, run } = useRun();
  const download = () => void run(async () => downloadExport((await client.call('certificates/registerSheet', { language })).fileName, token));
  return (
    <>
      <button type="button" className={`button button--secondary${small ? ' button--small' : ''}`} data-testid="register-download" disabled={busy} onClick={download}>
        {t('certificateScreens.register.download')}
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}
