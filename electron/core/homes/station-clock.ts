import { machineAheadOf, type TukZone } from '../../shared/time-zones';
import type { ProctorToday, SessionSummary } from '../../shared/types';
import { TUK_SETTING } from '../bundles/import';
import type { Db } from '../db/open';
import { examDayElsewhere } from '../db/queries/key-corrections';
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

/**
 * The same check at an LSP office that holds an exam day itself: it has no TUK of its own, but a session it runs
 * (today's, not cancelled nor closed, whose session bundle it did not send to a TUK station nor whose whole results
 * it took back from one) opens and is stamped on this computer's clock face, which must show that session's TUK's
 * zone. One entry per TUK, naming it and its sessions; a TUK without a zone (an old bundle's) is judged by none.
 */
export function officeClocksOff(
  db: Db,
  sessions: readonly { session: SessionSummary; run: { endedAt: string | null } | null }[],
  now: Date,
): ProctorToday['tukClocksOff'] {
  const byTuk = new Map<string, ProctorToday['tukClocksOff'][number]>();
  for (const { session, run } of sessions) {
    if (!session.tukZone || session.cancellation || run?.endedAt || examDayElsewhere(db, session.id)) continue;
    const aheadMinutes = machineAheadOf(session.tukZone, now);
    if (aheadMinutes === 0) continue;
    const key = `${session.tukName}\u0000${session.tukZone}`;
    const entry = byTuk.get(key);
    if (entry) entry.sessionCodes.push(session.code);
    else byTuk.set(key, { tukName: session.tukName, tukZone: session.tukZone, aheadMinutes, sessionCodes: [session.code] });
  }
  return [...byTuk.values()];
}
