import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TukStationInfo } from '../../../electron/shared/accounts';
import type { Principal, Role } from '../../../electron/shared/roles';
import { ROLE_LABEL } from '../i18n/domain-labels';
import { useClient, useSession } from './SessionProvider';

/**
 * Whether this admin runs a TUK station rather than the LSP's office. The role is `lsp_admin` on both
 * kinds of installation, but only the office's admins belong to an LSP: a TUK station is set up without
 * one, and its accounts keep no LSP when the first session bundle brings the LSP's records.
 */
export function isTukStationAdmin(principal: Principal): boolean {
  return principal.role === 'lsp_admin' && principal.lspId === null;
}

/** The signed-in person is a TUK station's admin (false before sign-in). */
export function useOnTukStation(): boolean {
  const { state } = useSession();
  return state.status === 'signedIn' && isTukStationAdmin(state.principal);
}

/**
 * A role's name as this installation says it: on a TUK station the admin role is the TUK's admin, where
 * "Admin LSP" would present the station as the LSP.
 */
export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation();
  const tukStation = useOnTukStation();
  return (role) => (tukStation && role === 'lsp_admin' ? t('roles.tukAdmin') : t(ROLE_LABEL[role]));
}

/**
 * The TUK a station's admin screens name: the one its first session bundle tied it to, and until then the
 * name it was set up with. Null on the LSP's office, until read, and if it cannot be.
 */
export function useStationTuk(): { name: string; bound: boolean } | null {
  const client = useClient();
  const tukStation = useOnTukStation();
  const [station, setStation] = useState<TukStationInfo | null>(null);
  useEffect(() => {
    if (!tukStation) return;
    let live = true;
    client.call('tukStation/info', {}).then(
      (info) => live && setStation(info),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [client, tukStation]);
  if (!tukStation || !station) return null;
  return station.servesTuk ? { name: station.servesTuk, bound: true } : { name: station.name, bound: false };
}

/**
 * The context line of a screen the LSP office's admin and a TUK station's admin share (staff accounts, the
 * station's home): the LSP's on the office, the station with its TUK name on a station, where the LSP's
 * line presented the station as the LSP. Until the name is read, and if it cannot be, the station without its name.
 */
export function useAdminEyebrow(): string {
  const { t } = useTranslation();
  const tukStation = useOnTukStation();
  const tuk = useStationTuk();
  if (!tukStation) return t('lsp.eyebrow');
  return tuk ? t('tukStation.eyebrowNamed', { name: tuk.name }) : t('tukStation.eyebrow');
}
