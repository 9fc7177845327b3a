import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core, RateLimiter } from '../core';
import { contract, isMethodName } from '../shared/contract';
import { AppError, type ApiError, type ErrorCode, type Reply } from '../shared/errors';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The public methods' bodies (a name and a password, a token, set-up's few fields) are far below this.
 * Anyone on the LAN may call them, and a megabyte of JSON with tens of thousands of keys held the event
 * loop ~100 ms to parse and validate before it was refused: four such loops from a stranger's laptop took
 * a candidate's answer save from 13 ms to half a second.
 */
export const PUBLIC_BODY_BYTES = 16 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNKNOWN_METHOD: 404,
  BAD_ARGS: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  // A sign-in ended by the proctor's login reset: unauthenticated, with the reason said.
  LOGIN_MOVED: 401,
  SIGNED_OUT_DISABLED: 401,
  SIGNED_OUT_PASSWORD_RESET: 401,
  SESSION_EXPIRED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  SETUP_LOCAL_ONLY: 403,
  SETUP_DONE: 409,
  RECORD_CHANGED: 409,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
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

/** Buffer's own decoding would turn bad bytes into U+FFFD silently: stored, acknowledged, and not what was sent. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new AppError('PAYLOAD_TOO_LARGE', { limit });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) throw new AppError('PAYLOAD_TOO_LARGE', { limit });
    chunks.push(buf);
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw new AppError('INVALID_TEXT', { field: '(body)' });
  }
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', { details: 'json' });
  }
}

/**
 * How much of the body to read, or null to read none: for an unknown method, or a signed-in method called
 * without a sign-in, the core refuses without looking at the arguments (the dispatcher authorizes before
 * it validates), so nobody without a sign-in has the server parse more than PUBLIC_BODY_BYTES. The sign-in
 * is looked up only for a body that could be larger, so a lab PC's small saves pay nothing for this.
 */
function bodyLimit(core: Core, method: string, req: IncomingMessage): number | null {
  if (!isMethodName(method)) return null;
  if ('public' in contract[method].access) return PUBLIC_BODY_BYTES;
  const declared = req.headers['content-length'] === undefined ? Infinity : Number(req.headers['content-length']);
  if (declared <= PUBLIC_BODY_BYTES) return MAX_BODY_BYTES;
  return core.principalFor(bearerToken(req)) ? MAX_BODY_BYTES : null;
}

/** Methods that try someone's password: the candidate's acknowledgement of FR.AK.02 is one too. */
const SIGN_IN_METHODS = new Set(['auth/signIn', 'auth/candidateSignIn', 'auth/aplSignIn', 'assessment/candidateAcknowledge']);

/** A gate the room server puts in front of the core, e.g. the per-address sign-in limit. */
export type CallGate = (method: string, req: IncomingMessage) => AppError | null;

/** POST /api/<area>/<verb>: the JSON body is the argument object; the reply is the contract's envelope. */
export async function handleMethodCall(
  core: Core,
  method: string,
  req: IncomingMessage,
  res: ServerResponse,
  gate: CallGate = () => null,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, new AppError('BAD_REQUEST', { details: 'method must be POST' }).toApiError());
    return;
  }
  let args: unknown;
  try {
    const refused = gate(method, req);
    if (refused) throw refused;
    // Requiring JSON also rules out cross-site form posts, which cannot set this content type.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new AppError('BAD_REQUEST', { details: 'content-type' });
    const limit = bodyLimit(core, method, req);
    if (limit === null) req.resume();
    else args = await readJson(req, limit);
  } catch (err) {
    if (err instanceof AppError) {
      sendError(res, err.toApiError());
      req.resume();
      return;
    }
    throw err;
  }
  // A wrong password from another computer counts towards the LAN's lock, not this computer's (auth/sign-in.ts).
  const reply = await core.dispatch(method, args, bearerToken(req), isLocalRequest(req) ? 'here' : 'lan');
  sendJson(res, statusFor(reply), reply);
}

/**
 * Sign-ins per remote address. Loopback is exempt unless asked: every local caller shares that one
 * address (the station's own window, the CLI, the benchmarks), so limiting it protects nothing.
 */
export function signInGate(limiter: RateLimiter, options: { includeLoopback: boolean }): CallGate {
  return (method, req) => {
    if (!SIGN_IN_METHODS.has(method)) return null;
    const address = req.socket.remoteAddress ?? 'unknown';
    if (!options.includeLoopback && isLocalRequest(req)) return null;
    const wait = limiter.hit(address, Date.now());
    return wait > 0 ? new AppError('RATE_LIMITED', { count: wait }) : null;
  };
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * A request from this computer, sent to it by a loopback name. The address alone is not enough: a page
 * from elsewhere on the LAN, opened in a browser on this computer, can have its own name resolve to
 * 127.0.0.1 (DNS rebinding) and then call the room server from loopback as a page of its own origin,
 * which would give it set-up on a fresh installation and sign-in tries without the address limit. Its
 * requests still carry its own name in Host. No Host at all is an HTTP/1.0 tool here, never a browser.
 */
export function isLocalRequest(req: IncomingMessage): boolean {
  if (!isLoopback(req.socket.remoteAddress ?? '')) return false;
  const host = req.headers.host;
  if (host === undefined) return true;
  // "[::1]:4321", "127.0.0.1:4321", "localhost": the name without its port.
  const name = (host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '')).toLowerCase();
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Set-up creates the first admin, so it is offered only to this computer: a room server opened on the
 * LAN before anyone set the installation up must not let a lab PC claim it. The core refuses set-up
 * once an account exists; this refuses it from any other address, or name (isLocalRequest), before that.
 */
export const setupGate: CallGate = (method, req) => (method.startsWith('setup/') && !isLocalRequest(req) ? new AppError('SETUP_LOCAL_ONLY') : null);

export function bothGates(first: CallGate, second: CallGate): CallGate {
  return (method, req) => first(method, req) ?? second(method, req);
}
