import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CertificatePrintView, type CertificatePrintTarget } from '../print/CertificatePrintView';

type Props = { target: CertificatePrintTarget; label: string; backLabel: string; testId: string };

/** A button that opens the certificate print over the whole screen, as the pleno's prints open. */
export function CertificatePrintButton({ target, label, backLabel, testId }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (open)
    return createPortal(
      <main className="print-overlay">
        <CertificatePrintView target={target} onClose={() => setOpen(false)} backLabel={backLabel} />
      </main>,
      document.body,
    );
  return (
    <div className="import-actions">
      <button type="button" className="button button--secondary button--small" data-testid={testId} onClick={() => setOpen(true)}>
        {label}
      </button>
      <span className="muted small">{t('certificateScreens.print.hint')}</span>
    </div>
  );
}
