import { describe, expect, it } from 'vitest';
import { pickBilingual } from '../../../renderer/src/i18n/format';

describe('scheme content on English screens where the LSP wrote only Indonesian', () => {
  it('marks words as Indonesian', () => {
    expect(pickBilingual({ id: 'Operasi menambah elemen ke stack disebut?', en: null }, 'en')).toEqual({ text: 'Operasi menambah elemen ke stack disebut?', lang: 'id', fallback: true });
  });

  it.each(['0', '-1', '2,5', '3.14', '10 %', '( )', '{ }'])("does not mark %j, which reads the same in either language (a multiple-choice option that is a number)", (text) => {
    expect(pickBilingual({ id: text, en: null }, 'en').fallback).toBe(false);
  });

  it('marks nothing on Indonesian screens, and takes the English text where there is one', () => {
    expect(pickBilingual({ id: 'Tumpukan', en: null }, 'id').fallback).toBe(false);
    expect(pickBilingual({ id: 'Tumpukan', en: 'Stack' }, 'en')).toEqual({ text: 'Stack', lang: 'en', fallback: false });
  });
});
