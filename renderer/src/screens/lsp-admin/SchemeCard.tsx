import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, type SchemeSummary } from '../../../../electron/shared/types';
import { BilingualText } from '../../components/BilingualText';
import { FactList } from '../../components/FactList';
import { useFormat } from '../../i18n/use-format';
import { INSTRUMENT_KIND_LABEL, SCHEME_KIND_LABEL } from '../../i18n/domain-labels';

const INSTRUMENT_ROWS = [...ITEM_KINDS, 'observation'] as const;

export function SchemeCard({ scheme }: { scheme: SchemeSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const titleId = useId();
  return (
    <article className="scheme" aria-labelledby={titleId} data-testid="scheme-card">
      <header className="scheme__head">
        {/* The card is the scheme's latest version: its number says which one the facts below are of. */}
        <p className="scheme__code">
          <span className="mono">{scheme.code}</span> · <span data-testid="scheme-card-version">{t('common.version', { version: scheme.version })}</span>
        </p>
        <h3 className="scheme__title" id={titleId}>
          <BilingualText value={scheme.title} />
        </h3>
      </header>
      <div className="scheme__body">
        <FactList
          facts={[
            { key: 'kind', label: t('lsp.schemeKind'), value: t(SCHEME_KIND_LABEL[scheme.kind]) },
            { key: 'skkni', label: t('lsp.skkni'), value: scheme.skkni },
            { key: 'units', label: t('lsp.units'), value: f.number(scheme.unitCount) },
            { key: 'elements', label: t('lsp.elements'), value: f.number(scheme.elementCount) },
            { key: 'kuk', label: t('lsp.kuk'), value: f.number(scheme.kukCount) },
          ]}
        />
        <table className="table table--compact scheme__instruments">
          <caption className="table__caption">{t('lsp.instruments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columns.kind')}</th>
              <th scope="col" className="num">
                {t('columns.items')}
              </th>
            </tr>
          </thead>
          <tbody>
            {INSTRUMENT_ROWS.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(INSTRUMENT_KIND_LABEL[kind])}</th>
                <td className="num">{f.number(scheme.items[kind])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
