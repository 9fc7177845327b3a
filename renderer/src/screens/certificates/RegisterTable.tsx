import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../../electron/shared/certificates';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';

/**
 * The register's rows. The name is the link to the certificate; the NIK sits under the name, the scheme's title
 * and the registration number under their codes, so the table fits 1366 px without a sideways scroll with the
 * next surveillance's column beside the validity.
 */
export function RegisterTable({ rows }: { rows: CertificateSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table registry-table" data-testid="certificates-table">
        <thead>
          <tr>
            <th scope="col">
              {t('certificateScreens.register.name')}
              <span className="cell-sub">{t('certificateScreens.register.nik')}</span>
            </th>
            <th scope="col">{t('certificateScreens.register.number')}</th>
            <th scope="col">{t('certificateScreens.register.schemeColumn')}</th>
            <th scope="col">{t('certificateScreens.register.validUntil')}</th>
            <th scope="col">{t('certificateScreens.register.nextSurveillance')}</th>
            <th scope="col">{t('certificateScreens.register.blanko')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="certificate-row">
              <th scope="row">
                <a href={`#/certificates/${encodeURIComponent(row.id)}`}>{row.candidateName}</a>
                {row.revoked && <> <StatusBadge tone="danger">{t('certificateScreens.register.revoked')}</StatusBadge></>}
                {/* Past its last day it is no longer in force: the date alone read as if it were. */}
                {row.expired && !row.revoked && <> <StatusBadge tone="warning">{t('certificateScreens.register.expired')}</StatusBadge></>}
                {/* The pleno in force decided the holder BK: in force until revoked, it is the office's to act on (as the sheet's Status says). */}
                {row.correctedToBk && !row.revoked && (
                  <>
                    {' '}
                    <span data-testid="certificate-row-corrected-bk">
                      <StatusBadge tone="danger">{t('certificateScreens.register.correctedToBk', { sk: row.correctedToBk.skNumber ?? '–' })}</StatusBadge>
                    </span>
                  </>
                )}
                <span className="cell-sub mono" data-testid="certificate-row-nik">
                  {row.nik}
                </span>
                {/* Which replaced which (a certificate revoked by mistake and its replacement). */}
                {row.replaces && (
                  <span className="cell-sub" data-testid="certificate-row-replaces">
                    {t('certificateScreens.register.replacesShort', { number: row.replaces.number })}
                  </span>
                )}
                {row.replacedBy && (
                  <span className="cell-sub" data-testid="certificate-row-replaced-by">
                    {t('certificateScreens.register.replacedByShort', { number: row.replacedBy.number })}
                  </span>
                )}
              </th>
              <td className="mono">
                {row.number}
                <span className="cell-sub">{row.registrationNumber}</span>
              </td>
              <td>
                <span className="mono">{row.schemeCode}</span>
                <span className="cell-sub">{row.schemeTitle}</span>
              </td>
              <td>
                {/* A revoked certificate is valid no longer: its last day would read as if it were. */}
                {row.revokedAt ? (
                  <span data-testid="certificate-revoked-on">{t('certificateScreens.register.revokedOn', { date: f.dayOf(row.revokedAt), reason: row.revokeReason ?? '' })}</span>
                ) : (
                  f.date(row.validUntil)
                )}
                <span className="cell-sub">{t('certificateScreens.register.issuedOn')}: {f.date(row.issuedOn)}</span>
              </td>
              {/* None once revoked or expired: nothing is due of a certificate no longer in force. */}
              <td data-testid="certificate-row-surveillance">{row.surveillanceDueOn ? f.date(row.surveillanceDueOn) : <span className="muted">—</span>}</td>
              <td>{row.blankoNumber ? <span className="mono">{row.blankoNumber}</span> : <span className="muted">{t('certificateScreens.register.noBlanko')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
