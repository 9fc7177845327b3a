import crypto from 'node:crypto';
import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type ParsedArgsOf } from '../../shared/contract';
import { AppError, errorReply, type Reply } from '../../shared/errors';
import { resolveSession, whySignedOut } from '../auth/sessions';
import type { CallContext, CallOrigin, CoreContext, Handlers } from './context';
import { illFormedTextAt } from './well-formed-text';

/** What a caller whose password must change may still do. */
const WHILE_PASSWORD_MUST_CHANGE: ReadonlySet<string> = new Set(['auth/changePassword', 'auth/signOut', 'auth/whoami'] satisfies MethodName[]);

/**
 * `origin`: where the call was made. Only the room server passes 'lan', for a request that did not come from
 * this computer by a loopback name; the window, the command line and the tests are here.
 */
export type Dispatch = (method: string, args: unknown, token: string | null, origin?: CallOrigin) => Promise<Reply<unknown>>;

export type DispatchLog = (entry: { ref: string; method: string; error: unknown }) => void;

const defaultLog: DispatchLog = ({ ref, method, error }) => console.error(`[ruang-uji] ${ref} ${method}`, error);

/**
 * The single entry point for every transport (Electron IPC, HTTP): finds the method, authorizes the
 * caller from its token, validates the argument object, runs the handler, and turns every failure into
 * a `{ code, messageKey, params }` error. Authorization comes before validation so that a caller
 * without the right role learns nothing about a method's arguments.
 */
export function createDispatcher(core: CoreContext, handlers: Handlers, log: DispatchLog = defaultLog): Dispatch {
  async function run<M extends MethodName>(method: M, rawArgs: unknown, token: string | null, origin: CallOrigin): Promise<unknown> {
    const spec = contract[method];
    // A call is activity: it slides a staff sign-in's expiry on (auth/sessions.ts).
    const session = resolveSession(core.db, core.clock, token, { slides: true });
    const principal = session?.principal ?? null;
    if (!('public' in spec.access)) {
      if (!principal) throw new AppError(whySignedOut(core.db, core.clock, token));
      if (!spec.access.roles.includes(principal.role)) {
        // The refusal says who may, from the same roles it was refused by.
        throw new AppError('FORBIDDEN', { role: principal.role, method }, undefined, [{ code: 'ROLE_ALLOWED', params: { allowed: spec.access.roles.join(',') } }]);
      }
      if (session?.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(method)) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    const parsed = spec.args.safeParse(rawArgs ?? {});
    if (!parsed.success) throw new AppError('BAD_ARGS', { method, details: describeIssues(parsed.error) });
    // Every string of every method: an acknowledged answer must read back exactly as it was sent.
    const illFormed = illFormedTextAt(parsed.data);
    if (illFormed !== null) throw new AppError('INVALID_TEXT', { method, field: illFormed });
    const call: CallContext = { core, principal, token, examSessionId: session?.examSessionId ?? null, origin };
    const handler: Handlers[M] = handlers[method];
    // TypeScript cannot correlate contract[M]'s schema output with ParsedArgsOf<M>; the parse above guarantees it.
    return handler(parsed.data as ParsedArgsOf<M>, call);
  }

  return async (method, args, token, origin = 'here') => {
    try {
      if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', { method: method.slice(0, 80) });
      return { ok: true, result: await run(method, args, token, origin) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      const ref = crypto.randomBytes(4).toString('hex');
      log({ ref, method, error });
      return errorReply('INTERNAL', { ref });
    } finally {
      // Whatever the call audited (a refused one too: a wrong password is audited) is signed before it is answered.
      core.anchor.sign('commit');
    }
  };
}

/** Field paths and zod's issue codes, e.g. "username (too_small), extra (unrecognized_keys)". */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'} (${i.code})`)
    .join(', ');
}
