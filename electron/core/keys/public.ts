import type { Db } from '../db/open';
import { installationPublicKeys, type PublicKeys } from './installation';

/**
 * This installation's public keys and fingerprint, meant to be read out and handed over (`ruang-uji
 * keys show`): public by design, so no one needs to sign in, and nothing private is reachable here.
 */
export function publicKeysOfInstallation(core: { db: Db }): PublicKeys {
  return installationPublicKeys(core.db);
}
