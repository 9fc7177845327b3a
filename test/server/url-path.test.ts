import { describe, expect, it } from 'vitest';
import { decodePathPart, requestPath } from '../../electron/server/url-path';
import { AppError } from '../../electron/shared/errors';

describe('decodePathPart', () => {
  it('decodes good escapes and turns a bad one into BAD_REQUEST instead of a URIError', () => {
    expect(decodePathPart('ujian%20hari%20ini.uji')).toBe('ujian hari ini.uji');
    for (const bad of ['%ZZ.uji', '%', '%C3', '%ED%A0%80']) {
      let thrown: unknown = null;
      try {
        decodePathPart(bad);
      } catch (err) {
        thrown = err;
      }
      expect(thrown, bad).toBeInstanceOf(AppError);
      expect((thrown as AppError).toApiError()).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.BAD_REQUEST', params: { details: 'path' } });
    }
  });

  it('reads the path of a request target, and null for a target that is no URL', () => {
    expect(requestPath('/files/exports/a.uji?x=1')).toBe('/files/exports/a.uji');
    expect(requestPath(undefined)).toBe('/');
    expect(requestPath('http://localhost:4321/api/health')).toBe('/api/health');
    for (const bad of ['//[', 'http://[::1', 'http://a:99999/']) expect(requestPath(bad), bad).toBeNull();
  });
});
