// Loaded into the room server's process by the room benches (NODE_OPTIONS=--import this file, with
// RU_BENCH_TRACE=<file>): writes one JSON line per event, with wall-clock times in ms, so that slow
// acknowledgements seen by the load generator can be set against what the server was doing then.
//   commit: a group-commit batch (size, ms, time signing the audit head, WAL bytes, checkpointed or not)
//   checkpoint: an idle-time WAL checkpoint step (ms; frames in the WAL, and how many are in the database now)
//   gc: a garbage collection pause (kind, ms)
//   req: a cbt/save request as the server saw it (from reading it to the end of the reply)
//   fsync: a synchronous fsync from JavaScript on the event loop (the audit head file, say), not SQLite's
//   sec: once a second, event-loop delay (max, p99), CPU ms used in that second, RSS, heap, WAL bytes
// Plain JavaScript so it needs no loader: it only subscribes to diagnostics channels by name.
import diagnostics from 'node:diagnostics_channel';
import fs from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver, performance } from 'node:perf_hooks';

const out = process.env.RU_BENCH_TRACE;
if (out) {
  const lines = [];
  const wall = (t) => performance.timeOrigin + t;
  const push = (o) => lines.push(JSON.stringify(o));
  let dbFile = null;
  let dbMtime = 0;
  const size = (file) => {
    try {
      return fs.statSync(file).size;
    } catch {
      return 0;
    }
  };

  diagnostics.subscribe('ruang-uji:group-commit', (m) => {
    dbFile = m.file;
    // In WAL mode only a checkpoint writes the database file itself: a new mtime means this commit ran one.
    let mtime = 0;
    try {
      mtime = fs.statSync(dbFile).mtimeMs;
    } catch {
      // gone: the run is ending
    }
    const checkpointed = dbMtime !== 0 && mtime !== dbMtime;
    dbMtime = mtime;
    push({ t: 'commit', at: m.at, size: m.size, ms: m.ms, signMs: m.signMs, wal: size(`${dbFile}-wal`), checkpointed });
  });
  diagnostics.subscribe('ruang-uji:checkpoint', (m) => {
    if (dbFile) {
      try {
        dbMtime = fs.statSync(dbFile).mtimeMs;
      } catch {
        // gone
      }
    }
    push({ t: 'checkpoint', ...m });
  });

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) push({ t: 'gc', at: wall(e.startTime), ms: e.duration, kind: e.detail?.kind ?? e.kind });
  }).observe({ entryTypes: ['gc'] });

  const started = new WeakMap();
  diagnostics.subscribe('http.server.request.start', ({ request }) => {
    if (request.url === '/api/cbt/save') started.set(request, performance.now());
  });
  diagnostics.subscribe('http.server.response.finish', ({ request }) => {
    const t = started.get(request);
    if (t !== undefined) push({ t: 'req', at: wall(t), ms: performance.now() - t });
  });

  const fsyncSync = fs.fsyncSync;
  fs.fsyncSync = (fd) => {
    const t = performance.now();
    try {
      return fsyncSync(fd);
    } finally {
      push({ t: 'fsync', at: wall(t), ms: performance.now() - t });
    }
  };

  let cpu = process.cpuUsage();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const timer = setInterval(() => {
    const mem = process.memoryUsage();
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    push({
      t: 'sec',
      at: Date.now(),
      loopMax: loop.max / 1e6,
      loopP99: loop.percentile(99) / 1e6,
      cpuMs: (used.user + used.system) / 1000,
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      wal: dbFile ? size(`${dbFile}-wal`) : 0,
    });
    loop.reset();
    if (lines.length) fs.appendFileSync(out, lines.splice(0).join('\n') + '\n');
  }, 1000);
  timer.unref();
}
