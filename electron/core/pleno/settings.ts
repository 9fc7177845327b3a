import { PLENO_SETTINGS_DEFAULT, type PlenoSettings } from '../../shared/pleno';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/queries/settings';

/** Each rule under its own key in `setting`, so a rule added later starts at its default. */
const key = (name: keyof PlenoSettings) => `pleno.${name}`;

/** The LSP's pleno rules; a rule never set has its default (PLENO_SETTINGS_DEFAULT). */
export function plenoSettings(db: Db): PlenoSettings {
  const min = Number(getSetting(db, key('minMembers')));
  const exclude = getSetting(db, key('excludeSessionAssessors'));
  return {
    minMembers: Number.isInteger(min) && min > 0 ? min : PLENO_SETTINGS_DEFAULT.minMembers,
    excludeSessionAssessors: exclude === '1' ? true : exclude === '0' ? false : PLENO_SETTINGS_DEFAULT.excludeSessionAssessors,
  };
}

export function setPlenoSettings(db: Db, principal: Principal, next: PlenoSettings, now: Date): PlenoSettings {
  const before = plenoSettings(db);
  setSetting(db, key('minMembers'), String(next.minMembers));
  setSetting(db, key('excludeSessionAssessors'), next.excludeSessionAssessors ? '1' : '0');
  const after = plenoSettings(db);
  if (JSON.stringify(before) !== JSON.stringify(after)) appendAudit(db, principal, { action: 'pleno.settings', entity: 'setting', details: { before, after } }, now);
  return after;
}
