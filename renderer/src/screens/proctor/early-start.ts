import { parseLocalDate } from '../../../../electron/shared/i18n/format';

/**
 * How long before the planned start the proctor may release the token without being asked: candidates
 * are checked in and seated in the half hour before an exam, and a proctor may start then so the first
 * ones can sign in. Earlier than that is most likely the wrong session or a wrong clock, so the console
 * asks first (the core allows it on purpose: a venue may move an exam forward by agreement).
 */
export const START_WITHOUT_ASKING_MS = 30 * 60_000;

/** The planned start of a session on this PC's clock face: the session's date and time are the venue's local time. */
export function plannedStart(date: string, startTime: string): Date | null {
  const day = parseLocalDate(date);
  const time = /^(\d{2}):(\d{2})$/.exec(startTime);
  if (!day || !time) return null;
  day.setHours(Number(time[1]), Number(time[2]));
  return day;
}

/** True when starting now (the server's time) is earlier than the window before the planned start. */
export function startsEarly(date: string, startTime: string, nowMs: number): boolean {
  const planned = plannedStart(date, startTime);
  return planned !== null && planned.getTime() - nowMs > START_WITHOUT_ASKING_MS;
}
