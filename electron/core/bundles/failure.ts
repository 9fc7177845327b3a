import { AppError, BUNDLE_FAILURES } from '../../shared/errors';

export { BUNDLE_FAILURES };
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
