import { describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import { ERROR_CODES } from '../../electron/shared/errors';
import { ROLES } from '../../electron/shared/roles';
import { ITEM_KINDS, TUK_TYPES } from '../../electron/shared/types';
import { CLIENT_ERROR_CODES } from '../../renderer/src/api/client-errors';
import { compareLanguages, flatten, userFacingLiterals } from '../support/i18n-checks';
import { baseKey } from '../support/i18n-keys';
import { sourceFiles } from '../support/source-files';

describe('translations', () => {
  it('have the same keys and placeholders in Indonesian and English', () => {
    expect(compareLanguages(id, en, ['id', 'en'])).toEqual([]);
  });

  it('cover every error code, role, TUK type and instrument kind the UI may show', () => {
    const keys = flatten(id);
    // A message with a count is keyed by its plural forms (`errors.X_other`), which i18next reads for `errors.X`.
    const messages = new Set([...keys.keys()].map(baseKey));
    for (const code of [...ERROR_CODES, ...CLIENT_ERROR_CODES]) expect(messages.has(`errors.${code}`), code).toBe(true);
    for (const role of ROLES) expect(keys.has(`roles.${role}`), role).toBe(true);
    for (const type of TUK_TYPES) expect(keys.has(`tukTypes.${type}`), type).toBe(true);
    for (const kind of [...ITEM_KINDS, 'observation']) expect(keys.has(`itemKinds.${kind}`), kind).toBe(true);
  });

  it('name the proctor with one word per language: proktor, proctor', () => {
    // "Pengawasan" (supervision, the activity) is a different word; "pengawas" named the same role as "proktor".
    expect([...flatten(id).entries()].filter(([, text]) => /\bpengawas\b/i.test(text)).map(([key]) => key)).toEqual([]);
    expect([...flatten(en).entries()].filter(([, text]) => /\b(invigilator|supervisor)s?\b/i.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('give English examples in English: no Indonesian sample address', () => {
    expect([...flatten(en).entries()].filter(([, text]) => /\bcontoh\b|\.co\.id\b/i.test(text)).map(([key]) => key)).toEqual([]);
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

  it('pair an English _one form with the Indonesian _other, which is all i18next reads for id', () => {
    const a = { x: { n_other: '{{count}} jawaban', m_other: '{{count}} soal' } };
    const b = { x: { n_one: '{{count}} answer', n_other: '{{count}} answers', m_one: 'one {{what}}', m_other: '{{count}} questions', k_one: 'k' } };
    expect(compareLanguages(a, b, ['id', 'en'])).toEqual([
      'x.k_one: missing in id',
      'x.k_one: no x.k_other in en',
      'x.m_one: placeholders {what} in en but {count} in id',
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
    <p>{t('app.name')} · 42 {"dunia"} <b title={\`Judul \${n}\`}>·</b></p>
  </div>
);`,
    };
    expect(userFacingLiterals(file)).toEqual([
      'renderer/src/x.tsx:3 text "Selamat datang"',
      'renderer/src/x.tsx:4 placeholder="Nama pengguna"',
      'renderer/src/x.tsx:4 aria-label="Kata sandi"',
      'renderer/src/x.tsx:6 literal {"dunia"}',
      'renderer/src/x.tsx:6 title="Judul "',
    ]);
  });
});
