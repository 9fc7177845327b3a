import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateDetail } from '../../../../electron/shared/certificates';
import { useRun } from '../../api/use-run';
import { ConsoleDialog } from '../../components/ConsoleDialog';
import { useClient } from '../../session/SessionProvider';

/**
 * Revoking a certificate that is in force, with its reason (the core refuses an empty one and a second
 * revocation, in words). A revoked certificate's page shows when and why among its facts instead.
 */
export function RevokePanel({ certificate: c, onRevoked }: { certificate: CertificateDetail; onRevoked: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <p className="field__hint">{t('certificateScreens.detail.revokeHint')}</p>
      <button type="button" className="button button--danger" data-testid="certificate-revoke" onClick={() => setOpen(true)}>
        {t('certificateScreens.detail.revokeOpen')}
      </button>
      {open && (
        <RevokeDialog
          certificate={c}
          onCancel={() => setOpen(false)}
          onRevoked={() => {
            setOpen(false);
            onRevoked();
          }}
        />
      )}
    </>
  );
}

function RevokeDialog({ certificate: c, onCancel, onRevoked }: { certificate: CertificateDetail; onCancel: () => void; onRevoked: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const submit = () =>
    void run(async () => {
      await client.call('certificates/revoke', { certificateId: c.id, reason: reason.trim() });
      onRevoked();
    });
  return (
    <ConsoleDialog
      title={t('certificateScreens.detail.revokeTitle', { number: c.number, name: c.candidateName })}
      confirmLabel={t('certificateScreens.detail.revokeConfirm')}
      tone="danger"
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onCancel}
      testId="certificate-revoke-dialog"
    >
      <p>{t('certificateScreens.detail.revokeWarning')}</p>
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('certificateScreens.detail.revokeReason')}
        </label>
        <textarea id={reasonId} className="field__input" rows={3} data-testid="certificate-revoke-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
    </ConsoleDialog>
  );
}
