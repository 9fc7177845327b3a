import type { Core } from '../../../electron/core';
import type { Clock } from '../../../electron/core/clock';
import { tempCore } from '../../support/core';

/**
 * 09:00 on 20 Nov 2026 at a TUK in WIB, the demo's ("today" never depends on the day the suite runs): an instant,
 * as the core compares a session's start and end on its TUK's clock with it, whatever zone this computer is in.
 */
export const NOW = new Date('2026-11-20T09:00:00+07:00');
export const fixedClock: Clock = { now: () => NOW };

export const certificateCore = (dataDir?: string): Promise<Core> => tempCore({ clock: fixedClock, ...(dataDir ? { dataDir } : {}) });

export type CertRow = { number: string; registration_number: string; counter_scope: string; counter_value: number; candidate_id: string };

export const certificateRows = (core: Core | { db: Core['db'] }): CertRow[] =>
  core.db.prepare('SELECT number, registration_number, counter_scope, counter_value, candidate_id FROM certificate ORDER BY counter_scope, counter_value').all() as CertRow[];
