import { describe, expect, it } from 'vitest';
import { cleanText, parseCell } from '../../../electron/core/spreadsheets/values';
import type { ColumnSpec } from '../../../electron/core/spreadsheets/spec';

const SEX: ColumnSpec = { key: 'sex', kind: 'enum', headers: ['L/P'], choices: { L: ['L', 'Laki-laki', 'M'], P: ['P', 'Perempuan', 'F', 'M'] } };

describe('cell values', () => {
  it('cleans text the same way whether or not it is plain ASCII already', () => {
    expect(cleanText('Siti Rahma')).toBe('Siti Rahma');
    expect(cleanText('siti@contoh.co.id')).toBe('siti@contoh.co.id');
    expect(cleanText('Siti  Rahma')).toBe('Siti Rahma');
    expect(cleanText(' Siti Rahma ')).toBe('Siti Rahma');
    expect(cleanText('Siti\tRahma\n')).toBe('Siti Rahma');
    expect(cleanText('\u00a0Kota\u200b\nBandung\t ')).toBe('Kota Bandung');
    // Decomposed é (e + U+0301) is stored composed.
    expect(cleanText('Jose\u0301')).toBe('Jos\u00e9');
    expect(cleanText('')).toBe('');
  });

  it('bounds text by characters, not UTF-16 units: three emoji fit a column of three', () => {
    const column: ColumnSpec = { key: 'code', kind: 'text', headers: ['Kode'], maxLength: 3 };
    expect(parseCell({ t: 'text', text: '\u{1F600}\u{1F600}\u{1F600}' }, column, false)).toEqual({ value: '\u{1F600}\u{1F600}\u{1F600}' });
    expect(parseCell({ t: 'text', text: 'abc' }, column, false)).toEqual({ value: 'abc' });
    expect(parseCell({ t: 'text', text: 'abcd' }, column, false)).toEqual({ value: null, code: 'SHEET_TOO_LONG', params: { max: 3 } });
  });

  it('reads a choice by any of its spellings, whatever the case and punctuation; the first value to claim a spelling keeps it', () => {
    const read = (text: string) => parseCell({ t: 'text', text }, SEX, false);
    expect(read('laki laki')).toEqual({ value: 'L' });
    expect(read('PEREMPUAN')).toEqual({ value: 'P' });
    expect(read('f')).toEqual({ value: 'P' });
    expect(read('M')).toEqual({ value: 'L' });
    expect(read('X')).toEqual({ value: null, code: 'SHEET_BAD_CHOICE', params: { choices: 'L, P' } });
    expect(read('-')).toEqual({ value: null, code: 'SHEET_BAD_CHOICE', params: { choices: 'L, P' } });
  });
});
