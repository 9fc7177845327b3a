import { useTranslation } from 'react-i18next';
import type { CertificateDetail } from '../../../../electron/shared/certificates';
import { useRun } from '../../api/use-run';
import { useFormat } from '../../i18n/use-format';
import { navigate } from '../../navigation/hash-route';
import { useClient } from '../../session/SessionProvider';
import { IssueDateForm } from './IssueDateForm';

const TEST_IDS = {
  date: 'certificate-replace-date',
  problem: 'certificate-replace-date-problem',
  confirm: 'certificate-replace-confirm',
  yes: 'certificate-replace-yes',
  no: 'certificate-replace-no',
  open: 'certificate-replace-open',
};

/**
 * A certificate revoked by mistake, or issued under a wrong date, gets its replacement here: a new number for the
 * same decision, on the date given, naming this one, which stays revoked. Asked once more before the number is
 * taken, as issuing asks; the core refuses where it makes no sense (BK, an appeal, already replaced), in words.
 */
export function ReplacePanel({ certificate: c }: { certificate: CertificateDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const { busy, error, run, clearError } = useRun();
  const replace = (issuedOn: string) =>
    void run(async () => {
      const replacement = await client.call('certificates/replace', { certificateId: c.id, issuedOn });
      navigate(`certificates/${encodeURIComponent(replacement.id)}`);
    });
  return (
    <div data-testid="certificate-replace">
      <p className="field__hint">{t('certificateScreens.detail.replaceHint')}</p>
      {/* The wrong date, to be put right; or the same one, for a certificate revoked by mistake. */}
      <IssueDateForm
        initialDate={c.issuedOn}
        label={t('certificateScreens.detail.replaceIssuedOn')}
        confirmText={(issuedOn) => t('certificateScreens.detail.replaceConfirm', { number: c.number, name: c.candidateName, date: f.date(issuedOn) })}
        yesLabel={t('certificateScreens.detail.replaceYes')}
        openLabel={t('certificateScreens.detail.replaceOpen')}
        testIds={TEST_IDS}
        busy={busy}
        error={error}
        clearError={clearError}
        onConfirm={replace}
      />
    </div>
  );
}
