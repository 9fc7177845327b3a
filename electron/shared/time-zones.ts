/**
 * Indonesia's three time zones. A TUK keeps the one its wall clocks show: a session's date and start time are
 * that clock's, and so must be every instant recorded at its exam (started, submitted, signed) when a form or
 * a screen states it, whatever zone the computer showing it is set to (an LSP office in Jakarta printing a
 * Makassar TUK's forms printed 07.00 beside a plan of 08.00).
 */
export const TUK_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TukZone = (typeof TUK_ZONES)[number];

/** The IANA zone each is, for Intl's timeZone. */
export const TUK_ZONE_IANA = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const satisfies Record<TukZone, string>;

/** Minutes ahead of UTC; none of the three keeps summer time. */
const OFFSET_MINUTES = { WIB: 7 * 60, WITA: 8 * 60, WIT: 9 * 60 } as const satisfies Record<TukZone, number>;

/** How many minutes the zone's wall clock is ahead of UTC: a TUK's wall-clock time less this is the instant (UTC). */
export function zoneOffsetMinutes(zone: TukZone): number {
  return OFFSET_MINUTES[zone];
}

const BY_NAME: Readonly<Record<string, TukZone>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function isTukZone(value: unknown): value is TukZone {
  return typeof value === 'string' && (TUK_ZONES as readonly string[]).includes(value);
}

/**
 * Which of the three a computer's clock is set to: by its zone's name when that is Indonesian, else by the
 * hours it is ahead of UTC, since Windows offers Indonesia's zones only as its neighbours' ("SE Asia Standard
 * Time", which Intl names Asia/Bangkok, is WIB's clock). Null when the clock shows none of the three.
 */
export function tukZoneOf(ianaName: string | undefined, offsetMinutes: number): TukZone | null {
  const named = ianaName ? BY_NAME[ianaName] : undefined;
  if (named) return named;
  return TUK_ZONES.find((z) => OFFSET_MINUTES[z] === offsetMinutes) ?? null;
}

/** This computer's zone as one of the three (tukZoneOf), at `now`. */
export function machineTukZone(now: Date = new Date()): TukZone | null {
  return tukZoneOf(Intl.DateTimeFormat().resolvedOptions().timeZone, -now.getTimezoneOffset());
}

/**
 * How far this computer's clock face is ahead of the zone's at `now`, in minutes (negative: behind); 0 when it
 * shows the zone's hours. A station off by it reads its sessions' dates and start times off by as much.
 */
export function machineAheadOf(zone: TukZone, now: Date = new Date()): number {
  return -now.getTimezoneOffset() - OFFSET_MINUTES[zone];
}
