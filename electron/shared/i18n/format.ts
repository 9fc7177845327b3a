import type { Language } from './index';
import { TUK_ZONE_IANA, type TukZone } from '../time-zones';

/** Indonesian dates read "Senin, 3 Maret 2026"; English uses day-month-year too, as British English does. */
export const INTL_LOCALES = { id: 'id-ID', en: 'en-GB' } as const satisfies Record<Language, string>;

/**
 * `YYYY-MM-DD` is a calendar day at the venue; parsing it as UTC could show the previous day. Its midnight on
 * this PC's clock face (the proctor's console reads a session's planned start from it too).
 */
export function parseLocalDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

const DATE_STYLES = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  /** A date as a certificate states it ("2 Maret 2026"): in full, without the weekday. */
  written: { day: 'numeric', month: 'long', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatDate(isoDate: string, language: Language, style: keyof typeof DATE_STYLES = 'medium'): string {
  const date = parseLocalDate(isoDate);
  if (!date) return isoDate;
  return new Intl.DateTimeFormat(INTL_LOCALES[language], DATE_STYLES[style]).format(date);
}

/**
 * The calendar day of an instant (an ISO timestamp) where it happened: on the TUK's clock when its zone is
 * given, else where this PC is. Cutting the UTC text at 'T' would print yesterday for everything signed between
 * 00:00 and 07:00 WIB (09:00 WIT).
 */
export function formatDayOf(iso: string, language: Language, zone: TukZone | null = null): string {
  return formatInstant(iso, language, zone, 'day');
}

/** `HH:MM` as the locale writes it (Indonesian uses a dot: 08.00). */
export function formatTime(time: string, language: Language): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return time;
  const date = new Date(2000, 0, 1, Number(match[1]), Number(match[2]));
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    date,
  );
}

/** An instant (ISO timestamp) with its time, e.g. "21 Nov 2026 09.42 WITA": as formatInstant. */
export function formatDateTime(iso: string, language: Language, zone: TukZone | null = null): string {
  return formatInstant(iso, language, zone, 'dateTime');
}

/** The time of day of an instant, e.g. "09.42 WITA": as formatInstant. */
export function formatTimeOfDay(iso: string, language: Language, zone: TukZone | null = null): string {
  return formatInstant(iso, language, zone, 'time');
}

const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const satisfies Intl.DateTimeFormatOptions;
const INSTANT_STYLES = {
  dateTime: { ...DATE_STYLES.medium, ...TIME },
  time: TIME,
  day: DATE_STYLES.medium,
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * The one way an instant is written. With the TUK's zone (an instant of its exam: started, submitted, signed),
 * on that TUK's clock and, with a time, the zone named: a Makassar TUK's 08.05 is "08.05 WITA" on an office PC
 * in Jakarta too, beside the plan's 08.00 (which is the TUK's clock). Without one (the TUK an old bundle brought,
 * or an instant of the office's own), on this PC's clock, unnamed, as it always was.
 */
export function formatInstant(iso: string, language: Language, zone: TukZone | null, style: keyof typeof INSTANT_STYLES): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(INTL_LOCALES[language], { ...INSTANT_STYLES[style], ...(zone ? { timeZone: TUK_ZONE_IANA[zone] } : {}) }).format(date);
  return zone && style !== 'day' ? `${text} ${zone}` : text;
}
