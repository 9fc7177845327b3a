import { describe, expect, it } from 'vitest';
import { errorText } from '../../electron/shared/i18n/error-text';
import { isRecordKind } from '../../electron/shared/record-kind-labels';
import { sourceFiles } from '../support/source-files';

describe('NOT_FOUND names the record it did not find in words', () => {
  it('in both languages, where it printed the code ("Data tidak ditemukan (session).")', () => {
    const error = { code: 'NOT_FOUND', messageKey: 'errors.NOT_FOUND', params: { what: 'session' } } as const;
    expect(errorText(error, 'id')).toBe('Data tidak ditemukan (jadwal).');
    expect(errorText(error, 'en')).toBe('Not found (session).');
    expect(errorText({ ...error, params: { what: 'pleno' } }, 'en')).toBe('Not found (plenary meeting).');
  });

  it('has words for every kind the core names', () => {
    const named = new Set<string>();
    for (const file of sourceFiles('electron/core')) {
      for (const m of file.text.matchAll(/'NOT_FOUND', \{ what: '([a-z_]+)'/g)) named.add(m[1]);
      // The scheduling rules name theirs through byId(rows, ids, 'kind').
      for (const m of file.text.matchAll(/byId\([^)]*, '([a-z_]+)'\)/g)) named.add(m[1]);
    }
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((what) => !isRecordKind(what))).toEqual([]);
  });
});
