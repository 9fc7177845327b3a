import { localDate, localTimeParts, utcOffset } from '../clock';

const PREFIX = 'ruang-uji-backup-';
const SUFFIX = '.sqlite';

/**
 * `ruang-uji-backup-20261121T090000123+0700.sqlite`: the moment as this computer's clock showed it (the
 * time zone the core's local dates use), since the proctor picking a backup to restore reads it as the
 * time of day at the venue, where a UTC stamp was 7 to 9 hours off. Down to the millisecond, so two
 * backups never share a name; the offset keeps it one moment wherever the clock is later set, and
 * names in one zone sort as their moments do.
 */
export function backupName(now: Date): string {
  const { hours, minutes, seconds, ms } = localTimeParts(now);
  const time = `${hours}${minutes}${seconds}${ms}`;
  return `${PREFIX}${localDate(now).replace(/-/g, '')}T${time}${utcOffset(now, '')}${SUFFIX}`;
}

export const isBackupName = (name: string): boolean => name.startsWith(PREFIX) && name.endsWith(SUFFIX);

// The stamp of a name: the local time with its offset, or UTC ('Z') as older versions wrote it.
const STAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})(Z|([+-])(\d{2})(\d{2}))$/;

/** The moment a backup's name records, or null for a name of another shape. */
function momentOf(name: string): number | null {
  const m = STAMP.exec(name.slice(PREFIX.length, -SUFFIX.length));
  if (!m) return null;
  const [year, month, day, hours, minutes, seconds, ms] = m.slice(1, 8).map(Number);
  const offset = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  return Date.UTC(year, month - 1, day, hours, minutes, seconds, ms) - offset * 60_000;
}

/**
 * Newest first by the moment in the name, not by the text: a folder may hold UTC names of an older version
 * beside local ones, or names from both sides of a change of zone, and pruning keeps whatever sorts first.
 * Names of another shape go last, by name.
 */
export function newestFirst(a: string, b: string): number {
  const [x, y] = [momentOf(a), momentOf(b)];
  if (x !== null && y !== null && x !== y) return y - x;
  if (x === null && y !== null) return 1;
  if (x !== null && y === null) return -1;
  return a < b ? 1 : a > b ? -1 : 0;
}
