import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core';
import { AppError, type ApiError, type ErrorCode, type Reply } from '../shared/errors';

export const MAX_BODY_BYTES = 1024 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNKNOWN_METHOD: 404,
  BAD_ARGS: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
  DB_TOO_NEW: 500,
};

export function statusFor(reply: Reply<unknown>): number {
  return reply.ok ? 200 : (STATUS[reply.error.code] ?? 400);
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header ? /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header) : null;
  return match ? match[1] : null;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  const reply: Reply<never> = { ok: false, error };
  sendJson(res, statusFor(reply), reply);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  // Requiring JSON also rules out cross-site form posts, which cannot set this content type.
  if (!/^application\/json\b/i.test(type)) throw new AppError('BAD_REQUEST', { details: 'content-type' });
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: MAX_BODY_BYTES });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { limit: MAX_BODY_BYTES });
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', { details: 'json' });
  }
}

/** POST /api/<area>/<verb>: the JSON body is the argument object; the reply is the contract's envelope. */
export async function handleMethodCall(core: Core, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, new AppError('BAD_REQUEST', { details: 'method must be POST' }).toApiError());
    return;
  }
  let args: unknown;
  try {
    args = await readJson(req);
  } catch (err) {
    if (err instanceof AppError) {
      sendError(res, err.toApiError());
      req.resume();
      return;
    }
    throw err;
  }
  const reply = await core.dispatch(method, args, bearerToken(req));
  sendJson(res, statusFor(reply), reply);
}
