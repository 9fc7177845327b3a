import { AppError, type ErrorCode } from '../../shared/errors';

export const BUNDLE_FAILURES = [
  'BUNDLE_NOT_A_BUNDLE',
  'BUNDLE_WRONG_KEY',
  'BUNDLE_TRUNCATED',
  'BUNDLE_TAMPERED',
  'BUNDLE_BAD_SIGNATURE',
  'BUNDLE_SIGNER_UNKNOWN',
  'BUNDLE_SIGNER_REKEYED',
  'BUNDLE_WRONG_KIND',
  'BUNDLE_FORMAT_TOO_NEW',
  'BUNDLE_WRONG_TARGET',
  'BUNDLE_REPLAYED',
  'BUNDLE_CONFLICTS',
] as const satisfies readonly ErrorCode[];
export type BundleFailureCode = (typeof BUNDLE_FAILURES)[number];

/**
 * A refused bundle. `detail` is for logs and the CLI's --json output (which check failed), never shown
 * as the user-facing message: that comes from the code's translation.
 */
export class BundleFailure extends AppError {
  constructor(
    code: BundleFailureCode,
    readonly detail: string,
    params: Record<string, string | number> = {},
  ) {
    super(code, params);
  }
}

export function isBundleFailure(err: unknown): err is BundleFailure {
  return err instanceof BundleFailure;
}
