import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/hash-route';

type Props = { route: string; label: string; testId: string };

/**
 * A button that opens the certificate print at its own address (`route`: `certificates/<id>/print`,
 * `pleno/<id>/certificates`), so a reload reopens it and Back returns to the page it was opened from.
 */
export function CertificatePrintButton({ route, label, testId }: Props) {
  const { t } = useTranslation();
  return (
    <div className="import-actions">
      <button type="button" className="button button--secondary button--small" data-testid={testId} onClick={() => navigate(route)}>
        {label}
      </button>
      <span className="muted small">{t('certificateScreens.print.hint')}</span>
    </div>
  );
}
