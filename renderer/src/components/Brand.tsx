import { useTranslation } from 'react-i18next';

/** App mark and name; the mark is drawn inline so nothing is fetched and the CSP stays strict. */
export function Brand({ showTagline = false }: { showTagline?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="30" height="30" rx="7" fill="currentColor" opacity="0.16" />
        <rect x="7" y="8" width="18" height="3" rx="1.5" fill="currentColor" />
        <rect x="7" y="14.5" width="12" height="3" rx="1.5" fill="currentColor" />
        <path d="M7 23.5l3 3 6-6.5" fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        {showTagline && <span className="brand__tagline">{t('app.tagline')}</span>}
      </span>
    </div>
  );
}
