import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../api/use-load';
import { hasStoredLanguage } from './languages';

/**
 * The language chosen at set-up, until someone at this computer picks one. Asked on every load of the
 * app, signed in or not: a reload of a signed-in page never passes the sign-in screen, and would
 * otherwise fall back to Indonesian on an English installation. Not stored, so a later choice of the
 * installation's still reaches computers that never chose.
 */
export function useInstallationLanguage(): void {
  const { i18n } = useTranslation();
  const info = useLoad('app/info', {});
  const installationLanguage = info.state.status === 'ready' ? info.state.data.language : null;
  useEffect(() => {
    if (installationLanguage && !hasStoredLanguage() && i18n.language !== installationLanguage) void i18n.changeLanguage(installationLanguage);
  }, [installationLanguage, i18n]);
}
