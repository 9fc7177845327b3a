import type { Core } from '../../../electron/core';
import type { Clock } from '../../../electron/core/clock';
import { tempCore } from '../../support/core';

/** 20 November 2026, 09:00 on the machine's own clock: "today" never depends on the day the suite runs. */
export const NOW = new Date(2026, 10, 20, 9, 0, 0);
export const fixedClock: Clock = { now: () => NOW };

export const certificateCore = (dataDir?: string): Promise<Core> => tempCore({ clock: fixedClock, ...(dataDir ? { dataDir } : {}) });

export type CertRow = { number: string; registration_number: string; counter_scope: string; counter_value: number; candidate_id: string };

export const certificateRows = (core: Core | { db: Core['db'] }): CertRow[] =>
  core.db.prepare('SELECT number, registration_number, counter_scope, counter_value, candidate_id FROM certificate ORDER BY counter_scope, counter_value').all() as CertRow[];
