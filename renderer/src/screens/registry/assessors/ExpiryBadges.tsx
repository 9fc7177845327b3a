import { useTranslation } from 'react-i18next';
import type { AssessorSummary } from '../../../../../electron/shared/registry';
import { StatusBadge } from '../../../components/StatusBadge';

/** Whether ExpiryBadges has anything to show. */
export const hasExpiryBadge = (a: Pick<AssessorSummary, 'metState' | 'techCertState'>): boolean =>
  a.metState === 'expired' || a.metState === 'soon' || a.techCertState === 'expired' || a.techCertState === 'soon';

/** MET and technical certificate: flagged when expired (red) or expiring within the "soon" setting (amber). */
export function ExpiryBadges({ assessor }: { assessor: Pick<AssessorSummary, 'metState' | 'techCertState'> }) {
  const { t } = useTranslation();
  return (
    <span className="registry-badges" data-testid="expiry-badges">
      {assessor.metState === 'expired' && <StatusBadge tone="danger">{t('registryScreens.assessors.metExpired')}</StatusBadge>}
      {assessor.metState === 'soon' && <StatusBadge tone="warning">{t('registryScreens.assessors.metSoon')}</StatusBadge>}
      {assessor.techCertState === 'expired' && <StatusBadge tone="danger">{t('registryScreens.assessors.techExpired')}</StatusBadge>}
      {assessor.techCertState === 'soon' && <StatusBadge tone="warning">{t('registryScreens.assessors.techSoon')}</StatusBadge>}
    </span>
  );
}
