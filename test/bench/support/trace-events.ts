import fs from 'node:fs';

/** The lines server-trace.mjs writes (wall-clock `at` in ms); see there for what each one is. */
export type TraceEvent =
  | { t: 'commit'; at: number; size: number; ms: number; signMs: number; wal: number; checkpointed: boolean }
  | { t: 'checkpoint'; at: number; ms: number; pages: number; walPages: number; done: boolean }
  | { t: 'gc'; at: number; ms: number; kind: number }
  | { t: 'req'; at: number; ms: number }
  | { t: 'fsync'; at: number; ms: number }
  | { t: 'sec'; at: number; loopMax: number; loopP99: number; cpuMs: number; rss: number; heapUsed: number; wal: number };

export type Of<K extends TraceEvent['t']> = Extract<TraceEvent, { t: K }>;

export function readTrace(file: string): TraceEvent[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TraceEvent);
}

export function eventsOf<K extends TraceEvent['t']>(trace: readonly TraceEvent[], t: K): Of<K>[] {
  return trace.filter((e): e is Of<K> => e.t === t);
}
