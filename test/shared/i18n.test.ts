import { describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { ERROR_CODES } from '../../electron/shared/errors';
import { compareLanguages, flatten, userFacingLiterals } from '../support/i18n-checks';
import { sourceFiles } from '../support/source-files';

describe('translations', () => {
  it('have the same keys and placeholders in Indonesian and English', () => {
    expect(compareLanguages(id, en, ['id', 'en'])).toEqual([]);
  });

  it('have a message for every error code', () => {
    const keys = flatten(id);
    for (const code of ERROR_CODES) expect(keys.has(`errors.${code}`), code).toBe(true);
  });

  it('detect a missing key, an extra key and a placeholder mismatch', () => {
    const a = { x: { one: 'Halo {{name}}', two: 'Dua' } };
    const b = { x: { one: 'Hello {{nama}}', three: 'Three' } };
    expect(compareLanguages(a, b, ['id', 'en'])).toEqual([
      'x.two: missing in en',
      'x.three: missing in id',
      'x.one: placeholders {name} in id but {nama} in en',
    ]);
  });
});

describe('components', () => {
  it('contain no user-facing literal text', () => {
    const files = sourceFiles('renderer', ['.tsx']);
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(userFacingLiterals)).toEqual([]);
  });

  it('are checked for JSX text and text attributes, not for code', () => {
    const file = {
      path: 'renderer/src/x.tsx',
      text: `export const X = () => (
  <div className="card" data-testid="x">
    <h1>Selamat datang</h1>
    <input placeholder="Nama pengguna" aria-label={'Kata sandi'} />
    <img alt="" src="a.png" />
    <p>{t('app.name')} · 42</p>
  </div>
);`,
    };
    expect(userFacingLiterals(file)).toEqual([
      'renderer/src/x.tsx:3 text "Selamat datang"',
      'renderer/src/x.tsx:4 placeholder="Nama pengguna"',
      'renderer/src/x.tsx:4 aria-label="Kata sandi"',
    ]);
  });
});
