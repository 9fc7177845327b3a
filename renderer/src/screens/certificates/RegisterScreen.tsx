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
import { SURVEILLANCE_FILTER_LABEL } from './labels';
import { SURVEILLANCE_FILTERS, type SurveillanceFilter } from '../../../../electron/shared/surveillance';

/** A whole number of days from the filter box, or nothing (all certificates) for an empty or unusable entry. */
function days(text: string): number | undefined {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 3650 ? n : undefined;
}

/** The register's filters, in the address (`#/certificates?search=…&scheme=SKM-JWP&expiring=90`): a reload or Back from a certificate keeps them. */
const FILTERS = { search: textFilter, scheme: textFilter, expiring: textFilter, lapsed: flagFilter, surveillance: textFilter, correctedToBk: flagFilter };

/** The address's `surveillance=due|decision`, or nothing (every certificate) for anything else. */
const surveillanceOf = (text: string): SurveillanceFilter | undefined => SURVEILLANCE_FILTERS.find((s) => s === text);

/**
 * The certificate register: search by name, NIK or number, a scheme filter and the expiring list
 * (surveillance and re-certification due), page by page; the whole register as .xlsx.
 */
export function RegisterScreen() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ search, scheme: schemeCode, expiring, lapsed, surveillance, correctedToBk }, set] = useRouteFilters(FILTERS);
  const query = useDebounced({ search: search.trim(), schemeCode: schemeCode.trim(), expiringWithinDays: days(expiring), lapsed, surveillance: surveillanceOf(surveillance), correctedToBk });
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) =>
    client.call('certificates/list', { search: q.search || undefined, schemeCode: q.schemeCode || undefined, expiringWithinDays: q.expiringWithinDays, lapsed: q.lapsed || undefined, surveillance: q.surveillance, correctedToBk: q.correctedToBk || undefined, cursor }), pages);
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
          {/* Holders due for surveillance by the LSP's period, or last found not competent (the LSP home's tasks open these). */}
          <SurveillanceSelect value={surveillanceOf(surveillance) ?? ''} onChange={(value) => set({ surveillance: value })} />
          {/* Still in force while a correcting pleno decided the holder BK: to revoke (the LSP home's task opens this). */}
          <label className="registry-choice">
            <input type="checkbox" data-testid="filter-corrected-bk" checked={correctedToBk} onChange={(event) => set({ correctedToBk: event.target.checked })} />{' '}
            {t('certificateScreens.register.correctedToBkOnly')}
          </label>
        </ListSearch>
        {list.rows.length > 0 && <RegisterTable rows={list.rows} />}
        <ListFooter
          list={list}
          filtered={query.search !== '' || query.schemeCode !== '' || query.expiringWithinDays !== undefined || query.lapsed || query.surveillance !== undefined || query.correctedToBk}
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

function SurveillanceSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{t('certificateScreens.register.surveillance')}</label>
      <select id={id} className="field__input" data-testid="filter-surveillance" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('certificateScreens.register.surveillanceAll')}</option>
        {SURVEILLANCE_FILTERS.map((s) => (
          <option key={s} value={s}>{t(SURVEILLANCE_FILTER_LABEL[s])}</option>
        ))}
      </select>
    </div>
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
