import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { Apl01Print, Apl02Print } from './AplForms';
import { PrintShell } from './PrintShell';

type Props = { candidateId: string; schemeId: string; round?: number; form: 'apl01' | 'apl02'; onClose: () => void };

/** FR.APL.01 or FR.APL.02 of one candidate for one scheme version, on the A4 page. */
export function AplPrintView({ candidateId, schemeId, round, form, onClose }: Props) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('apl/print', round === undefined ? { candidateId, schemeId } : { candidateId, schemeId, round });
  return (
    <PrintShell form={form} pdfName={`${form}-${candidateId}`} onClose={onClose} backLabel={t('forms.back.apl')}>
      <LoadView state={state} onRetry={reload}>
        {(sheet) => (form === 'apl01' ? <Apl01Print sheet={sheet} /> : <Apl02Print sheet={sheet} />)}
      </LoadView>
    </PrintShell>
  );
}
