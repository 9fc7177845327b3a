import type { ErrorCode } from '../../../../electron/shared/errors';
import type { UiError } from '../../api/client-errors';

const CLOSING: readonly string[] = ['TIME_UP', 'ATTEMPT_SUBMITTED', 'SESSION_ENDED'] satisfies ErrorCode[];

/** The core will take nothing more from this attempt: reload its state, which shows the thank-you screen. */
export function isClosingError(error: UiError): boolean {
  return CLOSING.includes(error.code);
}
