import http from 'node:http';

export type StreamEvent = { event: string; data: unknown };

/** A GET /api/events reader: `ready` once connected, `next()` for the next push, `ended` when the server closes it. */
export function openStream(port: number, token: string) {
  const events: StreamEvent[] = [];
  const waiters: ((e: StreamEvent) => void)[] = [];
  let buffer = '';
  let request!: http.ClientRequest;
  let markEnded!: () => void;
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  const ready = new Promise<void>((resolve, reject) => {
    request = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { authorization: `Bearer ${token}` } }, (res) => {
      if (res.headers['content-type'] !== 'text/event-stream; charset=utf-8') reject(new Error(`not a stream: ${res.statusCode}`));
      res.setEncoding('utf8');
      res.on('end', markEnded);
      res.on('close', markEnded);
      res.on('data', (chunk: string) => {
        buffer += chunk;
        if (buffer.includes(': connected')) resolve();
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (event && data) {
            const e = { event, data: JSON.parse(data) };
            const waiter = waiters.shift();
            if (waiter) waiter(e);
            else events.push(e);
          }
        }
      });
    });
    request.on('error', reject);
  });
  return {
    ready,
    ended,
    next: () => new Promise<StreamEvent>((resolve) => (events.length ? resolve(events.shift()!) : waiters.push(resolve))),
    received: () => events,
    close: () => request.destroy(),
  };
}
