import { AppError } from '../shared/errors';

/**
 * decodeURIComponent throws URIError on a bad escape such as `%ZZ` or half a UTF-8 sequence; that is
 * the caller's mistake, so it becomes a 400 here instead of escaping as a 500.
 */
export function decodePathPart(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new AppError('BAD_REQUEST', { details: 'path' });
  }
}

/**
 * The path of a request target, or null when it is no URL at all (`//[`, `http://a:99999/`). Parsed
 * outside any try, `new URL` threw out of the request handler and took the whole room server down.
 */
export function requestPath(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}
