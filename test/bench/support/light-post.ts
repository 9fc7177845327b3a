// A lab PC's call to the room server over node:http with a kept-alive socket, for the load generators
// that time hundreds of PCs from one thread: fetch (undici) spends several times the CPU a call, and on
// this 2-core machine the generator's own CPU is taken from the server it measures (a real PC's browser
// runs on its own machine).
import http from 'node:http';

type Reply<T> = { ok: boolean; result?: T; error?: { code: string } };

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export function lightPost<T>(url: string, method: string, args: unknown, token?: string): Promise<Reply<T>> {
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
