import type { ErrorCode } from '../../../../electron/shared/errors';
import type { UiError } from '../../api/client-errors';

/** ANSWER_HELD_WHILE_ONLINE: a late save refused once time ran out (core/cbt/attempt.ts): the test is over. */
const CLOSING: readonly string[] = ['TIME_UP', 'ATTEMPT_SUBMITTED', 'SESSION_ENDED', 'ANSWER_HELD_WHILE_ONLINE'] satisfies ErrorCode[];

/** The core will take nothing more from this attempt: reload its state, which shows the thank-you screen. */
export function isClosingError(error: UiError): boolean {
  return CLOSING.includes(error.code);
}
