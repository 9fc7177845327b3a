import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenoDetail } from '../../../../../electron/shared/pleno';
import { useFormat } from '../../../i18n/use-format';
import { LspLines, RunningFrame } from '../../print/FormFrame';
import { ROLE_LABEL } from '../labels';

/** The LSP's name, licence and address over the form's title, as its letterhead. */
export function PlenoPrintHeader({ detail, title }: { detail: PlenoDetail; title: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <header className="print-form__title">
      <LspLines name={detail.lsp.name} licenceNo={detail.lsp.licenceNo} />
      {detail.lsp.address && <p className="small">{detail.lsp.address}</p>}
      <h1>{title.toUpperCase()}</h1>
      <p data-testid="print-sk-number">
        {detail.skNumber && detail.skDate ? t('plenoScreens.print.sk', { number: detail.skNumber, date: f.longDate(detail.skDate) }) : t('plenoScreens.print.skNone')}
      </p>
      {/* A correction names the SK it corrects and why; a corrected pleno's paper says it no longer stands, and by which SK. */}
      {detail.correctsSk && (
        <p data-testid="print-corrects">
          {t('plenoScreens.print.corrects', { number: detail.correctsSk.number, date: f.longDate(detail.correctsSk.date) })}
          {detail.correctionReason && <> {t('plenoScreens.print.correctsReason', { reason: detail.correctionReason })}</>}
        </p>
      )}
      {detail.supersededBySk && (
        <p className="print-statement" data-testid="print-superseded">
          {t('plenoScreens.print.superseded', { number: detail.supersededBySk.number, date: f.longDate(detail.supersededBySk.date) })}
        </p>
      )}
    </header>
  );
}

/** Atop every sheet: the document's title and the pleno it is from, by its SK number, or by its day where no SK is numbered yet. */
export function PlenoRunningFrame({ detail, title, children }: { detail: PlenoDetail; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  const record = detail.skNumber ? t('forms.running.sk', { number: detail.skNumber }) : t('forms.running.pleno', { date: f.longDate(detail.heldOn) });
  return (
    <RunningFrame code={null} title={title} record={record}>
      {children}
    </RunningFrame>
  );
}

/**
 * Who signs: an electronic mark only for who actually signed (the chair, once the pleno is signed with
 * their password), a line to sign by hand for everyone else.
 */
export function PlenoSignatures({ detail, chairOnly = false }: { detail: PlenoDetail; chairOnly?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const members = chairOnly ? detail.members.filter((m) => m.role === 'chair') : detail.members;
  return (
    <table className="print-table print-signatures" data-testid="print-signatures">
      <thead>
        <tr>
          <th>{t('plenoScreens.print.name')}</th>
          <th>{t('plenoScreens.print.role')}</th>
          <th>{t('plenoScreens.print.signature')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => {
          const signedByChair = m.role === 'chair' && detail.status === 'signed' && detail.signedAt !== null;
          return (
            <tr key={m.position}>
              <td>{m.name}</td>
              <td>{chairOnly ? t('plenoScreens.print.skSigner') : t(ROLE_LABEL[m.role])}</td>
              <td>
                {signedByChair && detail.signedAt ? (
                  <span className="print-signed" data-testid="signature-chair" data-how="signed">
                    {t('plenoScreens.print.signedMark', { at: f.dateTime(detail.signedAt) })}
                  </span>
                ) : (
                  <span className="print-signature-line" data-testid={`signature-${m.role}`} data-how="wet" aria-label={t('plenoScreens.print.notSigned')} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
