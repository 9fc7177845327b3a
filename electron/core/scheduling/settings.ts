import type { Principal } from '../../shared/roles';
import { SCHEDULING_SETTINGS_DEFAULT, type SchedulingSettings } from '../../shared/scheduling';
import { appendAudit } from '../audit/log';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/queries/settings';

type Flag = Exclude<keyof SchedulingSettings, 'maxCandidatesPerAssessorPerDay'>;

/** Each rule under its own key in `setting`, so a rule added later starts at its default. */
const key = (name: keyof SchedulingSettings) => `scheduling.${name}`;

function flag(db: Db, name: Flag): boolean {
  const text = getSetting(db, key(name));
  return text === '1' ? true : text === '0' ? false : SCHEDULING_SETTINGS_DEFAULT[name];
}

function limit(db: Db): number {
  const value = Number(getSetting(db, key('maxCandidatesPerAssessorPerDay')));
  return Number.isInteger(value) && value > 0 ? value : SCHEDULING_SETTINGS_DEFAULT.maxCandidatesPerAssessorPerDay;
}

/** The LSP's scheduling rules; a rule never set has its default (SCHEDULING_SETTINGS_DEFAULT). */
export function schedulingSettings(db: Db): SchedulingSettings {
  return {
    maxCandidatesPerAssessorPerDay: limit(db),
    assessorOverlap: flag(db, 'assessorOverlap'),
    assessorCredentials: flag(db, 'assessorCredentials'),
    assessorScheme: flag(db, 'assessorScheme'),
    loanLetter: flag(db, 'loanLetter'),
    tukVerification: flag(db, 'tukVerification'),
    tukCapacity: flag(db, 'tukCapacity'),
    candidateOverlap: flag(db, 'candidateOverlap'),
    candidateSameScheme: flag(db, 'candidateSameScheme'),
    aplGate: flag(db, 'aplGate'),
  };
}

export function setSchedulingSettings(db: Db, principal: Principal, next: SchedulingSettings, now: Date): SchedulingSettings {
  const before = schedulingSettings(db);
  for (const [name, value] of Object.entries(next)) setSetting(db, `scheduling.${name}`, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  const after = schedulingSettings(db);
  if (JSON.stringify(before) !== JSON.stringify(after)) appendAudit(db, principal, { action: 'scheduling.settings', entity: 'setting', details: { before, after } }, now);
  return after;
}
