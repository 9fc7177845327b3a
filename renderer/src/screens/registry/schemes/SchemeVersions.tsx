import { useTranslation } from 'react-i18next';
import type { SchemeDetail } from '../../../../../electron/shared/registry';
import { StatusBadge } from '../../../components/StatusBadge';

/** Every version of this scheme's number, newest first; the one on screen is marked, the others are links. */
export function SchemeVersions({ scheme }: { scheme: SchemeDetail }) {
  const { t } = useTranslation();
  const versions = [...scheme.versions].sort((a, b) => b.version - a.version);
  const newest = versions[0]?.version;
  return (
    <ul className="registry-versions" data-testid="scheme-versions">
      {versions.map((v) => (
        <li key={v.id} data-testid="scheme-version-row">
          {v.id === scheme.id ? (
            <strong aria-current="page">
              {t('common.version', { version: v.version })} ({t('registryScreens.schemes.thisVersion')})
            </strong>
          ) : (
            <a href={`#/schemes/${encodeURIComponent(v.id)}`}>{t('common.version', { version: v.version })}</a>
          )}{' '}
          {v.version === newest && <StatusBadge tone="info">{t('registryScreens.schemes.latest')}</StatusBadge>}{' '}
          {!v.active && <StatusBadge tone="neutral">{t('registryScreens.status.inactive')}</StatusBadge>}
        </li>
      ))}
    </ul>
  );
}
