import { machineAheadOf, type TukZone } from '../../shared/time-zones';
import type { ProctorToday } from '../../shared/types';
import { TUK_SETTING } from '../bundles/import';
import type { Db } from '../db/open';
import { tukZoneOf } from '../db/queries/registry-tuks';
import { getSetting } from '../db/queries/settings';
import { tukStation } from '../setup/installation';

/**
 * Whether this computer's clock shows its TUK's zone. A station reads a session's date and start time on its own
 * clock face, so one set to WIB in a WITA TUK opens the day's sessions an hour late and states their times an hour
 * off: the proctor's home says so. Its TUK's zone is that of the TUK record its first session bundle brought, else
 * the zone it was set up with; an LSP office (no TUK) is told nothing.
 */
export function stationClockOff(db: Db, now: Date): ProctorToday['clockOff'] {
  const tukId = getSetting(db, TUK_SETTING);
  const zone: TukZone | null = (tukId ? tukZoneOf(db, tukId) : null) ?? tukStation(db)?.timeZone ?? null;
  if (!zone) return null;
  const aheadMinutes = machineAheadOf(zone, now);
  return aheadMinutes === 0 ? null : { tukZone: zone, aheadMinutes };
}
