import { useTranslation } from 'react-i18next';
import type { TukSummary } from '../../../../electron/shared/types';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { TUK_TYPE_LABEL } from '../../i18n/domain-labels';

export function TuksTable({ tuks }: { tuks: TukSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="tuks-table">
        <thead>
          <tr>
            <th scope="col">{t('columns.code')}</th>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.type')}</th>
            <th scope="col">{t('columns.verifiedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {tuks.map((tuk) => (
            <tr key={tuk.id}>
              <th scope="row" className="mono nowrap">
                {tuk.code}
              </th>
              <td>{tuk.name}</td>
              <td>{t(TUK_TYPE_LABEL[tuk.type])}</td>
              <td className="nowrap">
                {tuk.verifiedOn ? f.date(tuk.verifiedOn) : <StatusBadge tone="warning">{t('lsp.notVerified')}</StatusBadge>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
