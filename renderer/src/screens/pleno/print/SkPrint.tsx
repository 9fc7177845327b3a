import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../../electron/shared/pleno';
import { BilingualText } from '../../../components/BilingualText';
import { useFormat } from '../../../i18n/use-format';
import { PlenoPrintHeader, PlenoRunningFrame, PlenoSignatures } from './PlenoPrintHeader';

/** The decision letter (SK): its number and date, and the candidates decided competent with NIK and scheme. */
export function SkPrint({ detail }: { detail: PlenoDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const competent = detail.decisions.filter((d) => d.decision === 'K');
  return (
    <article className="print-form" data-testid="print-pleno-sk">
      <PlenoRunningFrame detail={detail} title={t('plenoScreens.print.skTitle')}>
        <PlenoPrintHeader detail={detail} title={t('plenoScreens.print.skTitle')} />
        <p>{t('plenoScreens.print.skIntro', { date: f.longDate(detail.heldOn), lsp: detail.lsp.name })}</p>
        {competent.length === 0 ? (
          <p>{t('plenoScreens.print.skNoneCompetent')}</p>
        ) : (
          <table className="print-table" data-testid="print-sk-list">
            <thead>
              <tr>
                <th>{t('plenoScreens.print.no')}</th>
                <th className="print-sk__name">{t('plenoScreens.print.name')}</th>
                <th>{t('plenoScreens.print.nik')}</th>
                <th>{t('plenoScreens.print.scheme')}</th>
              </tr>
            </thead>
            <tbody>
              {competent.map((d, i) => (
                <tr key={`${d.sessionId}:${d.candidateId}`}>
                  <td>{i + 1}</td>
                  <td>{d.name}</td>
                  <td className="print-mono print-nowrap">{d.nik}</td>
                  <td>
                    {d.scheme.code} — <BilingualText value={d.scheme.title} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <PlenoSignatures detail={detail} chairOnly />
      </PlenoRunningFrame>
    </article>
  );
}
