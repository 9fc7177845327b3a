import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { flagFilter, textFilter, useRouteFilters, useRoutePages } from '../../navigation/use-route-filters';
import { useClient } from '../../session/SessionProvider';
import { ListFooter } from '../registry/ListFooter';
import { ListSearch } from '../registry/ListSearch';
import { useDebounced, usePagedList } from '../registry/use-paged-list';
import { CertificatesPage } from './CertificatesPage';
import { RegisterDownload } from './RegisterDownload';
import { RegisterTable } from './RegisterTable';
import { SchemeFilter } from './SchemeFilter';

/** A whole number of days from the filter box, or nothing (all certificates) for an empty or unusable entry. */
function days(text: string): number | undefined {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 3650 ? n : undefined;
}

/** The register's filters, in the address (`#/certificates?search=…&scheme=SKM-JWP&expiring=90`): a reload or Back from a certificate keeps them. */
const FILTERS = { search: textFilter, scheme: textFilter, expiring: textFilter, lapsed: flagFilter };

/**
 * The certificate register: search by name, NIK or number, a scheme filter and the expiring list
 * (surveillance and re-certification due), page by page; the whole register as .xlsx.
 */
export function RegisterScreen() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ search, scheme: schemeCode, expiring, lapsed }, set] = useRouteFilters(FILTERS);
  const query = useDebounced({ search: search.trim(), schemeCode: schemeCode.trim(), expiringWithinDays: days(expiring), lapsed });
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) =>
    client.call('certificates/list', { search: q.search || undefined, schemeCode: q.schemeCode || undefined, expiringWithinDays: q.expiringWithinDays, lapsed: q.lapsed || undefined, cursor }), pages);
  return (
    <CertificatesPage
      kind="register"
      testId="certificates-screen"
      title={t('certificateScreens.register.title')}
      actions={<RegisterDownload />}
    >
      <Section title={t('certificateScreens.register.title')}>
        <ListSearch value={search} onChange={(text) => set({ search: text })} hint={t('certificateScreens.register.searchHint')}>
          <SchemeFilter value={schemeCode} onChange={(code) => set({ scheme: code })} />
          <DaysFilter
            label={t('certificateScreens.register.expiring')}
            hint={t('certificateScreens.register.expiringHint')}
            testId="filter-expiring"
            value={expiring}
            onChange={(text) => set({ expiring: text })}
          />
          {/* Holders whose certification lapsed (not revoked): those to invite to re-certify, or to report. */}
          <label className="registry-choice">
            <input type="checkbox" data-testid="filter-lapsed" checked={lapsed} onChange={(event) => set({ lapsed: event.target.checked })} /> {t('certificateScreens.register.lapsedOnly')}
          </label>
        </ListSearch>
        {list.rows.length > 0 && <RegisterTable rows={list.rows} />}
        <ListFooter
          list={list}
          filtered={query.search !== '' || query.schemeCode !== '' || query.expiringWithinDays !== undefined || query.lapsed}
          empty={
            <>
              {t('certificateScreens.register.empty')}{' '}
              <a href="#/pleno" data-testid="register-empty-pleno">
                {t('certificateScreens.register.emptyLink')}
              </a>
            </>
          }
        />
      </Section>
    </CertificatesPage>
  );
}

type DaysProps = { label: string; hint: string; testId: string; value: string; onChange: (value: string) => void };

function DaysFilter({ label, hint, testId, value, onChange }: DaysProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      <input
        id={id}
        className="field__input"
        data-testid={testId}
        type="number"
        min={0}
        inputMode="numeric"
        aria-describedby={`${id}-hint`}
        value={value}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="field__hint" id={`${id}-hint`}>{hint}</p>
    </div>
  );
}
