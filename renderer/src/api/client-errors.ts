import { isApiError, type ApiError, type ErrorParams } from '../../../electron/shared/errors';

/**
 * Failures that happen before the core ever answers. They never cross the contract, so they stay out of
 * the shared ERROR_CODES; they still have the ApiError shape so one component translates both kinds.
 */
export const CLIENT_ERROR_CODES = ['NETWORK', 'BAD_RESPONSE'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type ClientError = {
  code: ClientErrorCode;
  messageKey: `errors.${ClientErrorCode}`;
  params: ErrorParams;
};

/** Anything the UI may have to show for a failed call. */
export type UiError = ApiError | ClientError;

export function clientError(code: ClientErrorCode): ClientError {
  return { code, messageKey: `errors.${code}`, params: {} };
}

export function isUiError(value: unknown): value is UiError {
  if (isApiError(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (!('code' in value) || !('messageKey' in value)) return false;
  return CLIENT_ERROR_CODES.some((code) => code === value.code && value.messageKey === `errors.${code}`);
}

/** Thrown by the typed client so `await call(...)` reads like ordinary code; the reply's error rides along. */
export class CallError extends Error {
  readonly error: UiError;

  constructor(error: UiError) {
    super(error.code);
    this.name = 'CallError';
    this.error = error;
  }
}

/** Turns whatever a rejected promise carried into something the UI can translate. */
export function toUiError(err: unknown): UiError {
  if (err instanceof CallError) return err.error;
  if (isUiError(err)) return err;
  return clientError('BAD_RESPONSE');
}

/**
 * The core no longer accepts this sign-in: ended (UNAUTHENTICATED), ran out (SESSION_EXPIRED), moved to
 * another PC by a reset login, or ended by an admin disabling the account or resetting its password.
 */
export function isSignedOut(code: UiError['code']): boolean {
  return code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED' || code === 'LOGIN_MOVED' || code === 'SIGNED_OUT_DISABLED' || code === 'SIGNED_OUT_PASSWORD_RESET';
}
