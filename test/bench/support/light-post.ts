// A lab PC's call to the room server over node:http with a kept-alive socket, for the load generators
// that time hundreds of PCs from one thread: fetch (undici) spends several times the CPU a call, and on
// this 2-core machine the generator's own CPU is taken from the server it measures (a real PC's browser
// runs on its own machine).
import http from 'node:http';

type Reply<T> = { ok: boolean; result?: T; error?: { code: string } };

const shared = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** A lab PC's own kept-alive connections, as its browser holds them, not shared with the other PCs. */
export const pcAgent = () => new http.Agent({ keepAlive: true, maxSockets: 6 });

/**
 * `o.agent`: the PC's own connections (pcAgent), else one pool shared by all callers; `o.seen.reusedSocket`
 * says afterwards whether the call went on a kept-alive socket or had to open a new one.
 */
export function lightPost<T>(url: string, method: string, args: unknown, token?: string, o: { agent?: http.Agent; seen?: { reusedSocket?: boolean } } = {}): Promise<Reply<T>> {
  const agent = o.agent ?? shared;
  const body = JSON.stringify(args);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}api/${method}`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        if (o.seen) o.seen.reusedSocket = req.reusedSocket;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply<T>);
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
