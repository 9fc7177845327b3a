import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../electron/core/clock';
import { call, signInAs, signInCandidate, tempCore } from '../support/core';
import { movableClock } from '../support/clock';
import { restoreZoneAfterEach } from '../support/time-zone';

// Indonesia's three zones. Between 00:00 and 07:00 WIB (09:00 WIT) the UTC date is still yesterday:
// "today's session" must be the venue's day then too.
const ZONES = [
  { zone: 'Asia/Jakarta', name: 'WIB', earlyMorning: '2027-12-31T18:30:00.000Z' },
  { zone: 'Asia/Makassar', name: 'WITA', earlyMorning: '2027-12-31T17:30:00.000Z' },
  { zone: 'Asia/Jayapura', name: 'WIT', earlyMorning: '2027-12-31T16:30:00.000Z' },
] as const;

restoreZoneAfterEach();

describe.each(ZONES)("the venue's day in $name ($zone)", ({ zone, earlyMorning }) => {
  it('is the local calendar day at 01:30 local time, when UTC still has the old year', () => {
    process.env.TZ = zone;
    expect(localDate(new Date(earlyMorning))).toBe('2028-01-01');
    expect(addDays('2028-01-01', -1)).toBe('2027-12-31');
  });

  it("puts the demo session on the venue's today, lists it for the proctor, and lets a candidate in", async () => {
    process.env.TZ = zone;
    const core = await tempCore({ clock: movableClock(new Date(earlyMorning)) });
    expect(core.db.prepare('SELECT date FROM session').pluck().get()).toBe('2028-01-01');
    const today = await call(core, 'proctor/today', {}, await signInAs(core, 'proctor'));
    expect(today.date).toBe('2028-01-01');
    expect(today.sessions).toHaveLength(1);
    const candidate = await signInCandidate(core, 0);
    const state = await call(core, 'cbt/state', {}, candidate);
    expect(state.agreement.date).toBe('2028-01-01');
  });
});
