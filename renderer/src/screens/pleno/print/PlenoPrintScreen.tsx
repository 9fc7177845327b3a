import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../api/use-load';
import { LoadView } from '../../../components/LoadView';
import { navigate } from '../../../navigation/hash-route';
import { CertificatePrintView } from '../../print/CertificatePrintView';
import { PrintShell } from '../../print/PrintShell';
import { PlenoMinutesPrint } from './PlenoMinutesPrint';
import { plenoRoute, type PlenoPrint } from './pleno-prints';
import { SkPrint } from './SkPrint';

/** `#/pleno/<id>/<print>`: the pleno's minutes, its SK or its certificates on A4; closing it returns to the pleno. */
export function PlenoPrintScreen({ plenoId, print }: { plenoId: string; print: PlenoPrint }) {
  const { t } = useTranslation();
  const close = () => navigate(plenoRoute(plenoId));
  const backLabel = t('forms.back.pleno');
  if (print === 'certificates') return <CertificatePrintView target={{ plenoId }} onClose={close} backLabel={backLabel} />;
  return <PlenoFormPrint plenoId={plenoId} print={print} onClose={close} backLabel={backLabel} />;
}

function PlenoFormPrint({ plenoId, print, onClose, backLabel }: { plenoId: string; print: 'minutes' | 'sk'; onClose: () => void; backLabel: string }) {
  const { state, reload } = useLoad('pleno/get', { plenoId });
  const form = print === 'minutes' ? 'pleno-minutes' : 'pleno-sk';
  const name = state.status === 'ready' ? (state.data.skNumber ?? state.data.heldOn) : plenoId;
  // The toolbar stands while the pleno loads (or fails to): the way back is there from the first moment.
  return (
    <PrintShell form={form} pdfName={`${form}-${name}`} onClose={onClose} backLabel={backLabel}>
      <LoadView state={state} onRetry={reload}>
        {(detail) => (print === 'minutes' ? <PlenoMinutesPrint detail={detail} /> : <SkPrint detail={detail} />)}
      </LoadView>
    </PrintShell>
  );
}
