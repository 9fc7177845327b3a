import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../../electron/shared/pleno';
import { navigate } from '../../../navigation/hash-route';
import { plenoRoute } from './pleno-prints';

/** Print buttons for the pleno's minutes (berita acara rapat pleno) and its SK; each opens at its own address (pleno-prints.ts). */
export function PlenoPrintLinks({ detail }: { detail: PlenoDetail }) {
  const { t } = useTranslation();
  return (
    <div className="toolbar" data-testid="pleno-print-links">
      <button type="button" className="button button--secondary button--small" data-testid="pleno-print-minutes" onClick={() => navigate(plenoRoute(detail.plenoId, 'minutes'))}>
        {t('plenoScreens.pleno.print.minutes')}
      </button>
      <button type="button" className="button button--secondary button--small" data-testid="pleno-print-sk" onClick={() => navigate(plenoRoute(detail.plenoId, 'sk'))}>
        {t('plenoScreens.pleno.print.sk')}
      </button>
    </div>
  );
}
