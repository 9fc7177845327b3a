// The arriving candidates of a sign-in storm, sent from a worker thread of the bench (sign-in-storm.ts):
// 400 fetches created at once hold their event loop for a few hundred ms, and the seated PCs' saves,
// timed on the bench's main thread, must not be measured late because of it (in a real room every
// PC is its own machine). Plain JavaScript so it needs no loader. Times are wall-clock ms
// (performance.timeOrigin + now), comparable across threads.
import { parentPort, workerData } from 'node:worker_threads';

const { url, token, candidates } = workerData;
const wall = () => performance.timeOrigin + performance.now();

const start = wall();
const results = await Promise.all(
  candidates.map(async (c, i) => {
    let code = null;
    try {
      const res = await fetch(`${url}api/auth/candidateSignIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...c, token, deviceId: `bench-storm-pc-${i}` }),
      });
      const reply = await res.json();
      if (!reply.ok) code = reply.error?.code ?? 'UNKNOWN';
    } catch {
      code = 'NETWORK';
    }
    return { ms: wall() - start, code };
  }),
);
parentPort.postMessage({ start, end: wall(), results });
