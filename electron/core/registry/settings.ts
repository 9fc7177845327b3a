import type { Principal } from '../../shared/roles';
import { REGISTRY_SETTINGS_DEFAULT, type RegistrySettings } from '../../shared/registry';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/queries/settings';

const KEYS = { expirySoonDays: 'registry.expirySoonDays', mandiriVerificationMonths: 'registry.mandiriVerificationMonths' } as const;

function read(db: Db, key: string, fallback: number): number {
  const value = Number(getSetting(db, key));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The LSP's registry settings; a setting never stored has its default. */
export function registrySettings(db: Db): RegistrySettings {
  return {
    expirySoonDays: read(db, KEYS.expirySoonDays, REGISTRY_SETTINGS_DEFAULT.expirySoonDays),
    mandiriVerificationMonths: read(db, KEYS.mandiriVerificationMonths, REGISTRY_SETTINGS_DEFAULT.mandiriVerificationMonths),
  };
}

export function setRegistrySettings(db: Db, principal: Principal, next: RegistrySettings, now: Date): RegistrySettings {
  const before = registrySettings(db);
  setSetting(db, KEYS.expirySoonDays, String(next.expirySoonDays));
  setSetting(db, KEYS.mandiriVerificationMonths, String(next.mandiriVerificationMonths));
  appendAudit(db, principal, { action: 'registry.settings', entity: 'setting', details: { before, after: next } }, now);
  return registrySettings(db);
}
