import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Principal } from '../../../electron/shared/roles';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { ROLE_LABEL } from '../i18n/domain-labels';
import { leaveIfAllowed } from '../navigation/leave-guard';
import { isTukStationAdmin } from '../session/tuk-station';

type Props = { principal: Principal; onSignOut: () => Promise<void> };

export function AppHeader({ principal, onSignOut }: Props) {
  const { t } = useTranslation();
  const [signingOut, setSigningOut] = useState(false);
  // Signing out drops every screen, and with them any unsaved edits: asked first, as a route change is.
  const signOut = () =>
    leaveIfAllowed(() => {
      setSigningOut(true);
      void onSignOut().finally(() => setSigningOut(false));
    });
  return (
    <header className="app-header" data-testid="app-header">
      <div className="app-header__inner">
        <Brand />
        <div className="app-header__end">
          <p className="app-header__user">
            <span className="visually-hidden">{t('header.signedInAs')} </span>
            <span className="app-header__name" data-testid="signed-in-name">
              {principal.displayName}
            </span>
            <span className="app-header__role" data-testid="signed-in-role">
              {isTukStationAdmin(principal) ? t('roles.tukAdmin') : t(ROLE_LABEL[principal.role])}
            </span>
          </p>
          <LanguageSwitch tone="dark" />
          <button
            type="button"
            className="button button--on-dark button--small"
            data-testid="signout"
            onClick={signOut}
            disabled={signingOut}
          >
            {signingOut ? t('header.signingOut') : t('header.signOut')}
          </button>
        </div>
      </div>
    </header>
  );
}
