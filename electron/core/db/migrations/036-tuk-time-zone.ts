import { machineTukZone } from '../../../shared/time-zones';
import type { Migration } from './types';

/**
 * A TUK keeps its time zone (WIB, WITA, WIT): the forms and screens state the instants of its exams on its
 * clock, labelled, not on the clock of whichever computer shows them (shared/time-zones.ts). TUKs already
 * here take this computer's zone at the migration when its clock shows one of the three, else WIB: the LSP
 * office's TUKs are mostly its own city's, and a station's one TUK is the one it stands in; the registry
 * corrects the others. Null stays possible: a TUK a session bundle from an app before this brings to a
 * station that has none of it (its zone unknown, so its times show on that computer's clock, as before).
 */
export const tukTimeZone: Migration = {
  version: 36,
  name: 'a TUK keeps its time zone (WIB, WITA, WIT)',
  up(db) {
    db.exec("ALTER TABLE tuk ADD COLUMN time_zone TEXT CHECK (time_zone IN ('WIB', 'WITA', 'WIT'))");
    db.prepare('UPDATE tuk SET time_zone = ?').run(machineTukZone() ?? 'WIB');
  },
};
