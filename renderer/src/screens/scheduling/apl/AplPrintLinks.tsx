import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '../../../components/return-focus';
import { AplPrintView } from '../../print/AplPrintView';

/**
 * Print buttons for a candidate's FR.APL.01 and FR.APL.02, filled as far as they are (a blank one is the
 * paper form the candidate fills in); the form takes the whole screen, as the session's prints do. `round`: an
 * earlier round, printed as its session used it.
 */
export function AplPrintLinks({ candidateId, schemeId, round }: { candidateId: string; schemeId: string; round?: number }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<'apl01' | 'apl02' | null>(null);
  const returnTo = useReturnFocus(form);
  if (form)
    return createPortal(
      <main className="print-overlay">
        <AplPrintView candidateId={candidateId} schemeId={schemeId} round={round} form={form} onClose={() => setForm(null)} />
      </main>,
      document.body,
    );
  return (
    <div className="toolbar" data-testid="apl-print-links">
      <button ref={returnTo('apl01')} type="button" className="button button--secondary button--small" data-testid="print-apl01-open" onClick={() => setForm('apl01')}>
        {t('aplPrint.printApl01')}
      </button>
      <button ref={returnTo('apl02')} type="button" className="button button--secondary button--small" data-testid="print-apl02-open" onClick={() => setForm('apl02')}>
        {t('aplPrint.printApl02')}
      </button>
    </div>
  );
}
