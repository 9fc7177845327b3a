import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../../electron/shared/pleno';
import { PrintShell } from '../../print/PrintShell';
import { PlenoMinutesPrint } from './PlenoMinutesPrint';
import { SkPrint } from './SkPrint';

/** Print buttons for the pleno's minutes (berita acara rapat pleno) and its SK; the form takes the whole screen. */
export function PlenoPrintLinks({ detail }: { detail: PlenoDetail }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<'pleno-minutes' | 'pleno-sk' | null>(null);
  if (form)
    return createPortal(
      <main className="print-overlay">
        <PrintShell form={form} pdfName={`${form}-${detail.skNumber ?? detail.heldOn}`} onClose={() => setForm(null)} backLabel={t('forms.back.pleno')}>
          {form === 'pleno-minutes' ? <PlenoMinutesPrint detail={detail} /> : <SkPrint detail={detail} />}
        </PrintShell>
      </main>,
      document.body,
    );
  return (
    <div className="toolbar" data-testid="pleno-print-links">
      <button type="button" className="button button--secondary button--small" data-testid="pleno-print-minutes" onClick={() => setForm('pleno-minutes')}>
        {t('plenoScreens.pleno.print.minutes')}
      </button>
      <button type="button" className="button button--secondary button--small" data-testid="pleno-print-sk" onClick={() => setForm('pleno-sk')}>
        {t('plenoScreens.pleno.print.sk')}
      </button>
    </div>
  );
}
