import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { CertificatePages } from './CertificatePrint';
import { PrintShell } from './PrintShell';

export type CertificatePrintTarget = { certificateId: string } | { plenoId: string };

type Props = { target: CertificatePrintTarget; onClose: () => void; backLabel: string };

/**
 * The certificates on A4 portrait, each a front and a back page: one certificate, or every one of a pleno.
 * The core refuses a revoked certificate, one a correcting pleno decided BK, or one an appeal holds, and leaves a
 * pleno's such ones out; the view names those, on the screen only.
 */
export function CertificatePrintView({ target, onClose, backLabel }: Props) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('certificates/print', target);
  const name = 'plenoId' in target ? `sertifikat-pleno-${target.plenoId}` : `sertifikat-${target.certificateId}`;
  return (
    <PrintShell form="certificate" pdfName={name} onClose={onClose} backLabel={backLabel} bilingual>
      <LoadView state={state} onRetry={reload}>
        {(print) => (
          <>
            {print.revoked.length > 0 && (
              <p className="print-screen-note" data-testid="print-certificates-revoked">
                {t('certificateScreens.print.leftOut', { count: print.revoked.length, list: print.revoked.map((r) => `${r.number} (${r.holderName})`).join(', ') })}
              </p>
            )}
            {print.notCompetent.length > 0 && (
              <p className="print-screen-note" data-testid="print-certificates-not-competent">
                {t('certificateScreens.print.leftOutNotCompetent', {
                  count: print.notCompetent.length,
                  list: print.notCompetent.map((r) => `${r.number} (${r.holderName}, SK ${r.skNumber ?? '–'})`).join(', '),
                })}
              </p>
            )}
            {print.heldByAppeal.length > 0 && (
              <p className="print-screen-note" data-testid="print-certificates-held-by-appeal">
                {t('certificateScreens.print.leftOutHeldByAppeal', {
                  count: print.heldByAppeal.length,
                  list: print.heldByAppeal.map((r) => `${r.number} (${r.holderName})`).join(', '),
                })}
              </p>
            )}
            {print.certificates.length === 0 ? (
              <p className="print-screen-note" data-testid="print-certificates-none">
                {t('certificateScreens.print.none')}
              </p>
            ) : (
              <div className="print-bundle" data-testid="print-bundle">
                {print.certificates.map((c) => (
                  <CertificatePages key={c.id} lsp={print.lsp} signatory={print.signatory} certificate={c} />
                ))}
              </div>
            )}
          </>
        )}
      </LoadView>
    </PrintShell>
  );
}
