import { describe, expect, it } from 'vitest';
import { decodePathPart } from '../../electron/server/url-path';
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
});
